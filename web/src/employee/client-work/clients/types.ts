import type { ActionName } from '../../../../../src/shared/access/actions';
// Shapes of the client-work API answers (src/modules/clients, assessment, network, authority-requests).
export interface NamedWorker {
  id: string;
  workerId: string | null;
  workerName: string | null;
  status: 'assigned' | 'not-needed' | 'other-responsible';
  reason: string | null;
  otherResponsible: string | null;
  assignedOn: string;
  clientInformedOn: string | null;
  endedOn: string | null;
}

export interface ClientBasic {
  id: string;
  unitId: string;
  unitName: string;
  firstName: string;
  lastName: string;
  birthDate: string | null;
  clientGroup: 'adult' | 'youth';
  status: 'active' | 'ended';
}

export interface Client extends ClientBasic {
  /** What the user may do with this client, as the server decided (GET /api/clients/:id). */
  permittedActions?: ActionName[];
  henkilotunnus: string | null;
  phone: string | null;
  email: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  preferredLanguage: 'fi' | 'sv' | 'en' | 'other';
  otherLanguage: string | null;
  interpreterNeeded: boolean;
  endedOn: string | null;
  endReason: string | null;
  version: number;
  namedWorker: NamedWorker | null;
}

export interface Contact {
  id: string;
  contactDate: string;
  channel: string;
  contactedBy: string;
  reason: string | null;
  assessmentRequired: boolean;
  assessmentStartDue: string | null;
  assessmentStarted: boolean;
  createdByName: string | null;
}

export interface Localized3 {
  fi: string;
  sv: string;
  en: string;
}

export interface Assessment {
  id: string;
  clientId: string;
  contactId: string | null;
  status: 'draft' | 'completed';
  startedOn: string;
  completedOn: string | null;
  completedByName: string | null;
  situationSummary: string | null;
  professionalConclusion: string | null;
  clientView: string | null;
  clientViewUnavailableReason: string | null;
  namedWorkerClientView: string | null;
  namedWorkerProfessionalView: string | null;
  supportNeeded: boolean | null;
  supportDuration: 'temporary' | 'recurring' | 'long-term' | null;
  specialSupportNeeded: boolean | null;
  specialSupportReasons: string[];
  specialSupportDetails: string | null;
  rightsInformation: string | null;
  participants: string | null;
  sections: Record<string, string>;
  version: number;
}

export interface SectionDefinition {
  key: string;
  title: Localized3;
  help: Localized3 | null;
}

export interface NetworkConsent {
  id: string;
  basis: 'consent' | 'exception-unable-to-care' | 'exception-child-interest';
  scope: string | null;
  givenOn: string;
  givenBy: string | null;
  justification: string | null;
  withdrawnAt: string | null;
  createdByName: string | null;
}

export interface NetworkPerson {
  id: string;
  consentId: string;
  name: string;
  relationship: string | null;
  contactInfo: string | null;
  supportRole: string | null;
  ownSupportNeeds: string | null;
  version: number;
}

export interface AuthorityRequest {
  id: string;
  authority: string;
  authorityKind: string;
  purpose: string;
  requestText: string | null;
  sharedInformation: string | null;
  sentOn: string;
  dueDate: string;
  status: 'sent' | 'answered' | 'contributed' | 'cancelled';
  answeredOn: string | null;
  answer: string | null;
  contribution: string | null;
  version: number;
  createdByName: string | null;
}
