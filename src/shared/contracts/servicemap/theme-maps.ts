// Theme maps: a saved selection of services with its own public page and an embed page.
import { z } from 'zod';
import { text, uuid, version } from '../common.js';
import { code, localizedOut, localizedRequired, localizedText } from './common.js';

export const themeMapSlug = z.string().regex(/^[a-z0-9-]{2,60}$/);

export const themeMapInput = z.object({
  slug: themeMapSlug,
  title: localizedRequired(200),
  description: localizedText(2000),
  themes: z.array(code).max(20).default([]),
  categories: z.array(code).max(20).default([]),
  municipalities: z.array(text(100)).max(20).default([]),
  serviceIds: z.array(z.uuid()).max(500).default([]),
  embedOrigins: z
    .array(z.url({ protocol: /^https?$/ }))
    .max(20)
    .default([]),
});
export type ThemeMapInput = z.infer<typeof themeMapInput>;
export type ThemeMapBody = z.input<typeof themeMapInput>;

export const themeMapUpdate = z.intersection(themeMapInput, z.object({ version }));
export const themeMapParams = z.object({ themeMapId: uuid });
/** The public pages name a theme map by its slug (an unknown or malformed one is a 404 page). */
export const themeMapPageParams = z.object({ slug: z.string() });

export const themeMapOut = z.object({
  id: z.string(),
  slug: z.string(),
  title: localizedOut,
  description: localizedOut,
  themes: z.array(z.string()),
  categories: z.array(z.string()),
  municipalities: z.array(z.string()),
  serviceIds: z.array(z.string()),
  embedOrigins: z.array(z.string()),
  version: z.number(),
});
export const themeMapList = z.object({ themeMaps: z.array(themeMapOut) });
export const themeMapResponse = z.object({ themeMap: themeMapOut });

export type ThemeMap = z.infer<typeof themeMapOut>;
export type ThemeMapList = z.infer<typeof themeMapList>;
