import type { Role } from '../../../../../src/shared/roles';

export type OrganisationKind = 'hyvinvointialue' | 'kunta';

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  population: number | null;
  version: number;
}

export interface Unit {
  id: string;
  organisationId: string;
  organisationName: string;
  name: string;
  version: number;
}

export interface AdminUser {
  id: string;
  username: string;
  displayName: string;
  isActive: boolean;
  roles: { unitId: string; unitName: string; role: Role }[];
  version: number;
}

export interface AuditRow {
  seq: number | string;
  at: string;
  actorUsername: string | null;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  clientId: string | null;
  purpose: string | null;
  outcome: string;
}
