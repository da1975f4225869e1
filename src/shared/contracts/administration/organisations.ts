// Organisations (wellbeing services counties and municipalities), as the administration pages see them.
import { z } from 'zod';
import { text, uuid, version } from '../common.js';

export const organisationKind = z.enum(['hyvinvointialue', 'kunta']);
const population = z.number().int().min(0).max(10_000_000);

export const organisation = z.object({
  id: uuid,
  name: z.string(),
  kind: organisationKind,
  population: z.number(),
  version: z.number(),
});

/** Population counts for cost sharing; unknown is 0 until someone enters it. */
export const organisationCreate = z.object({
  name: text(200),
  kind: organisationKind,
  population: population.optional(),
});
export const organisationUpdate = z.object({
  name: text(200).optional(),
  kind: organisationKind.optional(),
  population: population.optional(),
  version,
});

export type Organisation = z.infer<typeof organisation>;
export type OrganisationKind = z.infer<typeof organisationKind>;
export type OrganisationCreate = z.infer<typeof organisationCreate>;
export type OrganisationUpdate = z.infer<typeof organisationUpdate>;
