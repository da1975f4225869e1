// Shapes of the measures API answers (see /api/docs).
export type Phase =
  'situation-assessment' | 'activation-plan' | 'agreement' | 'activity' | 'interim-evaluation' | 'end';
export type StepKind = 'situation-assessment' | 'activation-plan' | 'evaluation-visit' | 'interim-evaluation' | 'end';
export type AbsenceReason = 'sick' | 'own-matter' | 'unannounced' | 'other';

export interface Provider {
  id: string;
  name: string;
  address: string | null;
  tasksOffered: string | null;
  contactPerson: string | null;
  contactPhone: string | null;
  publicTransport: string | null;
  capacity: number | null;
  isActive: boolean;
  activeAgreements: number;
  version: number;
}
export interface EndReason {
  code: string;
  label: { fi: string; sv: string; en: string };
}
export interface Agreement {
  id: string;
  providerId: string;
  providerName: string;
  startDate: string;
  endDate: string;
  daysPerWeek: number;
  hoursPerDay: number;
  goals: string;
  tasks: string | null;
  interimEvaluationDate: string | null;
  status: 'active' | 'ended';
  attendedDays: number;
  attendedHours: number;
  absences: number;
  version: number;
}
export interface Step {
  id: string;
  kind: StepKind;
  date: string;
  participants: string | null;
  details: Record<string, unknown>;
}
export interface WorkPath {
  id: string;
  planId: string | null;
  counsellorName: string | null;
  status: 'open' | 'ended';
  phase: Phase | null;
  steps: Step[];
  agreements: Agreement[];
  version: number;
}
export interface AttendanceRow {
  id: string;
  day: string;
  attended: boolean;
  hours: number;
  absenceReason: AbsenceReason | null;
  absenceNote: string | null;
  teInformedAt: string | null;
  version: number;
}
export interface Application {
  id: string;
  clientId: string;
  kind: 'supplementary' | 'preventive';
  receivedDate: string;
  completeDate: string | null;
  urgent: boolean;
  decisionDate: string | null;
  decisionMakerName: string | null;
  professionalGroup: 'social-worker' | 'social-counsellor' | 'benefit-handler' | null;
  outcome: 'granted' | 'partly-granted' | 'rejected' | 'withdrawn' | null;
  dueDate: string | null;
  processingDays: number | null;
  limitDays: number;
  late: boolean;
  version: number;
  clientName?: string;
}
export interface GroupSummary {
  id: string;
  name: string;
  targetGroup: string;
  status: 'planning' | 'active' | 'closed';
  sessions: number;
  members: number;
  nextSession: string | null;
}
export interface GroupSession {
  id: string;
  no: number;
  date: string;
  startTime: string | null;
  durationMinutes: number;
  topic: string | null;
  isClosing: boolean;
  guests: string | null;
  notes?: string | null;
  held: boolean;
  version: number;
}
export interface GroupMember {
  id: string;
  name: string;
  clientId?: string;
  planId?: string | null;
  status: 'invited' | 'joined' | 'declined' | 'left';
  confidentialityAcceptedOn: string | null;
  notesConsent?: boolean;
  version?: number;
}
export interface GroupDetail {
  view: 'full' | 'leader';
  group: {
    id: string;
    name: string;
    targetGroup: string;
    description: string | null;
    status: 'planning' | 'active' | 'closed';
    version: number;
  };
  leaders: { id: string; name: string; kind: 'staff' | 'expert-by-experience' | 'partner' }[];
  sessions: GroupSession[];
  members: GroupMember[];
  attendance: { sessionId: string; memberId: string; present: boolean }[];
}
