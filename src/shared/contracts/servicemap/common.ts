// Building blocks of the service map's contracts: texts in Finnish, Swedish and English (Finnish
// required where a text is), taxonomy codes, provider types and statuses.
import { z } from 'zod';
import { optionalText, text } from '../common.js';

/** A text in every language, all optional (absent languages are empty strings). */
export const localizedText = (max: number) =>
  z
    .object({
      fi: optionalText(max).default(''),
      sv: optionalText(max).default(''),
      en: optionalText(max).default(''),
    })
    .default({ fi: '', sv: '', en: '' });

/** A text in every language, Finnish required. */
export const localizedRequired = (max: number) =>
  z.object({ fi: text(max), sv: optionalText(max).default(''), en: optionalText(max).default('') });

/** A text in every language as the API answers it. */
export const localizedOut = z.object({ fi: z.string(), sv: z.string(), en: z.string() });

/** A category or theme code. */
export const code = z.string().regex(/^[a-z0-9-]{1,60}$/);
export const providerType = z.enum(['public', 'ngo', 'parish', 'company']);
export const serviceStatus = z.enum(['draft', 'published', 'retired']);

/** Life-situation categories and themes, for filters and forms. */
export const taxonomy = z.array(
  z.object({ kind: z.enum(['category', 'theme']), code: z.string(), label: localizedOut }),
);

export type ProviderType = z.infer<typeof providerType>;
export type ServiceStatus = z.infer<typeof serviceStatus>;
export type Taxonomy = z.infer<typeof taxonomy>;
