// Calls of a client's service processes (/api/clients/:clientId/processes/…) and the templates
// (/api/process-templates), typed by the contracts.
import type { z } from 'zod';
import { api } from '../../../lib/api';
import type {
  ClientProcess,
  newProcessBody,
  processContactBody,
  ProcessesResponse,
} from '../../../../../src/shared/contracts/measures/client-processes';
import type { Template } from '../../../../../src/shared/contracts/measures/process-templates';

const base = (clientId: string) => `/api/clients/${clientId}/processes`;

export const processesKey = (clientId: string) => ['measures', 'processes', clientId] as const;
export const TEMPLATES_KEY = ['measures', 'templates'] as const;

export const fetchProcesses = (clientId: string) => api.get<ProcessesResponse>(base(clientId));

export const fetchTemplates = () =>
  api.get<{ templates: Template[] }>('/api/process-templates').then((r) => r.templates);

export const applyTemplate = (clientId: string, body: z.input<typeof newProcessBody>) =>
  api.post<{ process: ClientProcess }>(base(clientId), body);

type Result = Promise<{ process: ClientProcess }>;

export const addContact = (clientId: string, processId: string, body: z.input<typeof processContactBody>): Result =>
  api.post(`${base(clientId)}/${processId}/contacts`, body);

export const markStepDone = (clientId: string, processId: string, stepKey: string, date: string): Result =>
  api.post(`${base(clientId)}/${processId}/steps/${stepKey}/done`, { date });

export const endProcess = (clientId: string, processId: string, body: { endedOn: string; version: number }): Result =>
  api.post(`${base(clientId)}/${processId}/end`, body);

export const followUp = (clientId: string, processId: string, body: { date: string; version: number }): Result =>
  api.post(`${base(clientId)}/${processId}/follow-up`, body);
