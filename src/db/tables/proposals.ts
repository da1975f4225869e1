import type { Generated } from 'kysely';
import type { CreatedAt, DateString, Timestamp } from '../types.js';
import type { ProposalSource, ProposalStatus } from '../../shared/participation/proposals.js';

export type { ProposalSource, ProposalStatus };

export interface ProposalTable {
  id: Generated<string>;
  owner_unit_id: string;
  source: ProposalSource;
  source_type: string | null;
  source_id: string | null;
  theme: string;
  title: string;
  description: string;
  status: Generated<ProposalStatus>;
  rejection_reason: string | null;
  public_response: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  version: Generated<number>;
}

export interface ProposalStatusChangeTable {
  id: Generated<string>;
  proposal_id: string;
  from_status: ProposalStatus | null;
  to_status: ProposalStatus;
  changed_on: DateString;
  changed_at: CreatedAt;
  changed_by: string | null;
  note: string | null;
}
