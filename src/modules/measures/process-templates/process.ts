// Pure rules of a client process driven by a template: checklist due dates, the assessment rule
// (within a month, ≥ N contacts of which ≥ M face to face), the appointment deadline and follow-up.
import { addDays, deadline, dueDateRule } from '../../../domain/calendar/index.js';
import type { Localized } from '../../../shared/i18n.js';
import type { TemplateRules, TemplateStep } from '../../../shared/contracts/measures/process-templates.js';

/** Calendar months; the 31st of a shorter month becomes its last day. */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

export const YOUTH_TEMPLATE: {
  name: string;
  description: string;
  ageMin: number;
  ageMax: number;
  rules: TemplateRules;
  steps: TemplateStep[];
} = {
  name: 'Nuorten palveluprosessi 18–24',
  description:
    'Asiakkaaksi tulo → palvelutarpeen arviointi (4 tapaamista kuukauden aikana, vähintään 2 kasvokkain) → työskentely → päättyminen ja yhteydenotto kahden kuukauden kuluttua.',
  ageMin: 18,
  ageMax: 24,
  rules: {
    assessmentWithinMonths: 1,
    minContacts: 4,
    minFaceToFace: 2,
    appointmentWorkingDays: 7,
    followUpAfterMonths: 2,
  },
  steps: [
    {
      key: 'mapping',
      title: {
        fi: 'Tapaaminen 1: tilanteen kartoittaminen',
        sv: 'Möte 1: kartläggning av situationen',
        en: 'Meeting 1: mapping the situation',
      },
      dueDaysFromStart: 7,
    },
    {
      key: 'goals',
      title: { fi: 'Tapaaminen 2: tavoitteet', sv: 'Möte 2: mål', en: 'Meeting 2: goals' },
      dueDaysFromStart: 14,
    },
    {
      key: 'guidance',
      title: {
        fi: 'Tapaaminen 3: ohjaus ja tuki',
        sv: 'Möte 3: handledning och stöd',
        en: 'Meeting 3: guidance and support',
      },
      dueDaysFromStart: 21,
    },
    {
      key: 'plan',
      title: { fi: 'Tapaaminen 4: asiakassuunnitelma', sv: 'Möte 4: klientplan', en: 'Meeting 4: client plan' },
      dueDaysFromStart: 28,
    },
  ],
};

export function stepDueDates(startedOn: string, steps: TemplateStep[], rules: TemplateRules) {
  const assessmentDue = assessmentDueDate(startedOn, rules);
  return steps.map((s) => {
    const due = dueDateRule(addDays(startedOn, s.dueDaysFromStart));
    return { key: s.key, dueDate: due > assessmentDue ? assessmentDue : due };
  });
}

export function assessmentDueDate(startedOn: string, rules: TemplateRules): string {
  return dueDateRule(addMonths(startedOn, rules.assessmentWithinMonths));
}

export interface ProcessStatus {
  assessmentDue: string;
  contactsInWindow: number;
  faceToFaceInWindow: number;
  assessmentRuleMet: boolean;
  appointmentDue: string | null;
  appointmentMet: boolean | null;
  followUpDue: string | null;
}

export function processStatus(
  p: { startedOn: string; requestedAppointmentOn: string | null; endedOn: string | null },
  contacts: { date: string; kind: 'face-to-face' | 'phone' | 'network' }[],
  rules: TemplateRules,
): ProcessStatus {
  const assessmentDue = assessmentDueDate(p.startedOn, rules);
  const inWindow = contacts.filter((c) => c.date >= p.startedOn && c.date <= assessmentDue);
  const f2f = inWindow.filter((c) => c.kind === 'face-to-face').length;
  const appointmentDue = p.requestedAppointmentOn
    ? deadline(p.requestedAppointmentOn, rules.appointmentWorkingDays)
    : null;
  return {
    assessmentDue,
    contactsInWindow: inWindow.length,
    faceToFaceInWindow: f2f,
    assessmentRuleMet: inWindow.length >= rules.minContacts && f2f >= rules.minFaceToFace,
    appointmentDue,
    appointmentMet: appointmentDue
      ? contacts.some((c) => c.date >= p.requestedAppointmentOn! && c.date <= appointmentDue)
      : null,
    followUpDue: p.endedOn ? dueDateRule(addMonths(p.endedOn, rules.followUpAfterMonths)) : null,
  };
}

export type { Localized };
