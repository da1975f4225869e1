// Assessment form: the statutory parts (SHL 37 §) are fixed columns; the initial-assessment areas
// (alkukartoitus) are sections an organisation may configure. Without configuration these apply.
// Pure rules: what the form has by default, and what is missing before completion.
import type { LocalizedText } from '../../../db/tables/clients.js';
import { cw, type ClientWorkMessageKey } from '../clients/messages.js';
import type { FieldError } from '../../../server/errors.js';

export interface SectionDefinition {
  key: string;
  title: LocalizedText;
  help: LocalizedText | null;
}

export const DEFAULT_ASSESSMENT_SECTIONS: SectionDefinition[] = [
  {
    key: 'housing',
    title: { fi: 'Asuminen', sv: 'Boende', en: 'Housing' },
    help: {
      fi: 'Asumismuoto, asunnon pysyvyys, vuokrarästit.',
      sv: 'Boendeform, boendets varaktighet, hyresskulder.',
      en: 'Type of housing, how secure it is, rent arrears.',
    },
  },
  {
    key: 'relationship',
    title: { fi: 'Parisuhde ja perhe', sv: 'Parförhållande och familj', en: 'Relationship and family' },
    help: null,
  },
  {
    key: 'study-work',
    title: { fi: 'Opiskelu- ja työhistoria', sv: 'Studie- och arbetshistoria', en: 'Study and work history' },
    help: null,
  },
  {
    key: 'finances',
    title: { fi: 'Talous', sv: 'Ekonomi', en: 'Finances' },
    help: {
      fi: 'Tulot, menot, velat, ulosotto.',
      sv: 'Inkomster, utgifter, skulder, utmätning.',
      en: 'Income, expenses, debts, enforcement.',
    },
  },
  { key: 'health', title: { fi: 'Terveys', sv: 'Hälsa', en: 'Health' }, help: null },
  { key: 'substance-use', title: { fi: 'Päihteet', sv: 'Rusmedel', en: 'Substance use' }, help: null },
  {
    key: 'network',
    title: {
      fi: 'Verkosto (henkilökohtainen ja viranomaisverkosto)',
      sv: 'Nätverk (personligt och myndigheter)',
      en: 'Network (personal and official)',
    },
    help: null,
  },
];

export interface AssessmentContent {
  situation_summary: string | null;
  professional_conclusion: string | null;
  client_view: string | null;
  client_view_unavailable_reason: string | null;
  named_worker_client_view: string | null;
  named_worker_professional_view: string | null;
  support_needed: boolean | null;
  support_duration: string | null;
  special_support_needed: boolean | null;
  special_support_reasons: string[];
  rights_information: string | null;
}

const blank = (v: string | null | undefined) => !v || v.trim() === '';

/**
 * What is missing before the assessment can be completed: one field error per missing statutory
 * part (SHL 37 §) or conclusion. Empty = complete.
 */
export function missingForCompletion(a: AssessmentContent): FieldError[] {
  const missing: [string, ClientWorkMessageKey][] = [];
  if (blank(a.situation_summary)) missing.push(['situationSummary', 'missingSituation']);
  if (blank(a.professional_conclusion)) missing.push(['professionalConclusion', 'missingConclusion']);
  if (blank(a.client_view) && blank(a.client_view_unavailable_reason))
    missing.push(['clientView', 'missingClientView']);
  // When the client's view could not be obtained at all, the recorded reason covers this part too.
  if (blank(a.named_worker_client_view) && blank(a.client_view_unavailable_reason)) {
    missing.push(['namedWorkerClientView', 'missingNamedWorkerClientView']);
  }
  if (blank(a.named_worker_professional_view))
    missing.push(['namedWorkerProfessionalView', 'missingNamedWorkerProfessionalView']);
  if (a.support_needed === null) missing.push(['supportNeeded', 'missingSupportNeeded']);
  if (a.support_needed === true && !a.support_duration) missing.push(['supportDuration', 'missingSupportDuration']);
  if (a.special_support_needed === null) missing.push(['specialSupportNeeded', 'missingSpecialSupport']);
  if (a.special_support_needed === true && a.special_support_reasons.length === 0) {
    missing.push(['specialSupportReasons', 'missingSpecialSupportReasons']);
  }
  if (blank(a.rights_information)) missing.push(['rightsInformation', 'missingRights']);
  return missing.map(([path, key]) => ({ path, message: cw(key) }));
}
