import type { ColumnType, Generated } from 'kysely';
import type { CreatedAt, DateString, Timestamp } from '../types.js';
import type { TemplateRules, TemplateStep } from '../../shared/contracts/measures/process-templates.js';
import type { ProcessContactKind } from '../../shared/measures/vocabulary.js';

type Json<T> = ColumnType<T, string, string>;

export type { TemplateRules, TemplateStep };

export interface ProcessTemplateTables {
  process_template: {
    id: Generated<string>;
    organisation_id: string;
    name: string;
    description: string | null;
    age_min: number | null;
    age_max: number | null;
    rules: Json<TemplateRules>;
    steps: Json<TemplateStep[]>;
    is_active: Generated<boolean>;
    version: Generated<number>;
    updated_at: Timestamp;
    created_at: CreatedAt;
  };
  client_process: {
    id: Generated<string>;
    client_id: string;
    unit_id: string;
    template_id: string;
    worker_id: string;
    assigned_by_team_on: DateString;
    requested_appointment_on: DateString | null;
    started_on: DateString;
    ended_on: DateString | null;
    follow_up_done_on: DateString | null;
    version: Generated<number>;
    updated_at: Timestamp;
    created_by: string | null;
    created_at: CreatedAt;
  };
  client_process_step: { process_id: string; step_key: string; due_date: DateString; done_on: DateString | null };
  client_process_contact: {
    id: Generated<string>;
    process_id: string;
    contact_date: DateString;
    kind: ProcessContactKind;
    created_by: string | null;
    created_at: CreatedAt;
  };
}
