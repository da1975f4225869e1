// Client-work tables (part A): client record, contacts, assessment, named worker, network, SHL 41 §.
import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, DateString, Timestamp } from '../types.js';

type Json<T> = ColumnType<T, string | T, string | T>;

export interface ClientTable {
  id: Generated<string>;
  unit_id: string;
  created_at: CreatedAt;
  first_name: Generated<string>;
  last_name: Generated<string>;
  birth_date: DateString | null;
  /** Never in URLs, logs or error texts; API masks it unless revealed (audited). */
  henkilotunnus: string | null;
  phone: string | null;
  email: string | null;
  street_address: string | null;
  postal_code: string | null;
  city: string | null;
  preferred_language: Generated<'fi' | 'sv' | 'en' | 'other'>;
  other_language: string | null;
  interpreter_needed: Generated<boolean>;
  client_group: Generated<'adult' | 'youth'>;
  status: Generated<'active' | 'ended'>;
  ended_on: DateString | null;
  end_reason: string | null;
  created_by: string | null;
  version: Generated<number>;
  updated_at: Timestamp;
}

export type ContactChannel = 'phone' | 'visit' | 'letter' | 'e-service' | 'referral' | 'other';
export type ContactedBy = 'client' | 'close-person' | 'partner' | 'kela' | 'benefit-handler' | 'other';

export interface ContactTable {
  id: Generated<string>;
  client_id: string;
  unit_id: string;
  contact_date: DateString;
  channel: Generated<ContactChannel>;
  contacted_by: Generated<ContactedBy>;
  reason: string | null;
  assessment_required: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface LocalizedText {
  fi: string;
  sv: string;
  en: string;
}

export interface AssessmentSectionDefinitionTable {
  id: Generated<string>;
  organisation_id: string;
  key: string;
  title: Json<LocalizedText>;
  help: Json<LocalizedText> | null;
  position: Generated<number>;
  is_active: Generated<boolean>;
}

export type SupportDuration = 'temporary' | 'recurring' | 'long-term';
export type SpecialSupportReason = 'cognitive-or-mental' | 'substance-use' | 'multiple-needs' | 'other';

export interface AssessmentTable {
  id: Generated<string>;
  client_id: string;
  contact_id: string | null;
  status: Generated<'draft' | 'completed'>;
  started_on: DateString;
  completed_on: DateString | null;
  completed_by: string | null;
  situation_summary: string | null;
  professional_conclusion: string | null;
  client_view: string | null;
  client_view_unavailable_reason: string | null;
  named_worker_client_view: string | null;
  named_worker_professional_view: string | null;
  support_needed: boolean | null;
  support_duration: SupportDuration | null;
  special_support_needed: boolean | null;
  special_support_reasons: Json<SpecialSupportReason[]>;
  special_support_details: string | null;
  rights_information: string | null;
  participants: string | null;
  sections: Json<Record<string, string>>;
  created_by: string | null;
  updated_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type NamedWorkerStatus = 'assigned' | 'not-needed' | 'other-responsible';

export interface NamedWorkerAssignmentTable {
  id: Generated<string>;
  client_id: string;
  worker_id: string | null;
  status: NamedWorkerStatus;
  reason: string | null;
  other_responsible: string | null;
  assigned_on: DateString;
  client_informed_on: DateString | null;
  /** null = the current assignment */
  ended_on: DateString | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export type NetworkBasis = 'consent' | 'exception-unable-to-care' | 'exception-child-interest';

export interface NetworkConsentTable {
  id: Generated<string>;
  client_id: string;
  basis: NetworkBasis;
  scope: string | null;
  given_on: DateString;
  given_by: string | null;
  justification: string | null;
  withdrawn_at: DateString | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface NetworkPersonTable {
  id: Generated<string>;
  client_id: string;
  consent_id: string;
  name: string;
  relationship: string | null;
  contact_info: string | null;
  support_role: string | null;
  own_support_needs: string | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export type AuthorityKind = 'health' | 'employment' | 'kela' | 'housing' | 'education' | 'other';
export type AuthorityRequestStatus = 'sent' | 'answered' | 'contributed' | 'cancelled';

export interface AuthorityRequestTable {
  id: Generated<string>;
  client_id: string;
  unit_id: string;
  authority: string;
  authority_kind: Generated<AuthorityKind>;
  purpose: Generated<'assessment' | 'plan' | 'other'>;
  request_text: string | null;
  shared_information: string | null;
  sent_on: DateString;
  due_date: DateString;
  status: Generated<AuthorityRequestStatus>;
  answered_on: DateString | null;
  answer: string | null;
  contribution: string | null;
  created_by: string | null;
  version: Generated<number>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface ClientWorkATables {
  contact: ContactTable;
  assessment_section_definition: AssessmentSectionDefinitionTable;
  assessment: AssessmentTable;
  named_worker_assignment: NamedWorkerAssignmentTable;
  network_consent: NetworkConsentTable;
  network_person: NetworkPersonTable;
  authority_request: AuthorityRequestTable;
}
