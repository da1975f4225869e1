// Shapes of the client plan API (src/modules/client-plan/schemas.ts).
export type GoalStatus = 'open' | 'in-progress' | 'reached' | 'dropped';
export type ClientMark = 'going-well' | 'some-progress' | 'not-yet' | 'needs-change';
export interface Views {
  client: string;
  professional: string;
}
export interface Goal {
  id: string;
  title: string;
  status: GoalStatus;
  clientView: string;
  clientMark: ClientMark | null;
  professionalView: string;
}
export interface EssentialService {
  id: string;
  service: string;
  startDate: string | null;
  duration: string;
}
export interface Partner {
  id: string;
  name: string;
  sector: string;
  responsibility: string;
  contact: string;
}
export interface Consent {
  id: string;
  partnerName: string;
  scope: string;
  givenOn: string;
  withdrawnOn: string | null;
}
export interface AgreedAction {
  id: string;
  action: string;
  owner: 'client' | 'worker' | 'partner' | 'together';
  ownerName: string;
  due: string | null;
}
export interface PlanContent {
  supportNeed: Views;
  servicesAndMeasures: Views;
  essentialServicesAssessment: string;
  essentialServices: EssentialService[];
  meetingFrequency: { intervalWeeks: number | null; description: string };
  strengths: Views;
  goals: Goal[];
  agreedActions: AgreedAction[];
  estimatedDuration: string;
  partners: Partner[];
  noPartners: boolean;
  followUp: { monitoring: string; goalEvaluation: string; reassessment: string };
  consents: Consent[];
}
export interface VersionSummary {
  id: string;
  number: number;
  status: 'draft' | 'accepted' | 'superseded';
  reviewDate: string;
  acceptedOn: string | null;
  createdAt: string;
}
export interface PlanVersion extends VersionSummary {
  planId: string;
  acceptedByName: string | null;
  content: PlanContent;
  clientPreparation: string | null;
  version: number;
  missing: { element: number; key: string; label: string }[];
}
export interface Plan {
  id: string;
  clientId: string;
  currentVersionId: string | null;
  currentReviewDate: string | null;
  reviewOverdue: boolean;
  versions: VersionSummary[];
}

export type MeetingKind = 'face-to-face' | 'phone' | 'video' | 'home-visit' | 'network-meeting';
export interface Meeting {
  id: string;
  date: string;
  time: string | null;
  kind: MeetingKind;
  status: 'planned' | 'held' | 'cancelled';
  participants: string[];
  location: string | null;
  note: string | null;
  workerName: string | null;
  version: number;
}
