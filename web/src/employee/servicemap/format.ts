// Small helpers of the service map pages: Finnish dates and the public pages' addresses.
import type { Lang } from '../../../../src/shared/i18n';

/** 'YYYY-MM-DD' → 'D.M.YYYY'. */
export const fmtDate = (d: string | null) =>
  d ? `${Number(d.slice(8, 10))}.${Number(d.slice(5, 7))}.${d.slice(0, 4)}` : '';

/** The public pages (server-rendered, no JavaScript needed). */
export const PUBLIC_PATHS = {
  service: (lang: Lang, id: string) =>
    `${lang === 'fi' ? '/palvelut' : lang === 'sv' ? '/sv/tjanster' : '/en/services'}/${id}`,
  print: { fi: '/palvelut/tuloste', sv: '/sv/tjanster/utskrift', en: '/en/services/print' },
  theme: { fi: '/palvelut/teema/', sv: '/sv/tjanster/tema/', en: '/en/services/theme/' },
  embed: { fi: '/palvelut/upotus/', sv: '/sv/tjanster/inbaddning/', en: '/en/services/embed/' },
} as const;
