// Translations are plain typed objects: Swedish and English must have exactly the Finnish keys,
// so a missing translation fails `npm run typecheck` (and therefore `npm test`).
export const LANGUAGES = ['fi', 'sv', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'fi';

/** A text in every supported language. */
export type Localized = Record<Lang, string>;

type Fn = (...args: never[]) => string;
/** Same keys as the Finnish messages; strings stay strings, functions keep their parameters. */
export type MessageShape<T> = {
  [K in keyof T]: T[K] extends string ? string : T[K] extends Fn ? T[K] : MessageShape<T[K]>;
};

export interface MessageSet<T> {
  fi: T;
  sv: MessageShape<T>;
  en: MessageShape<T>;
  /** Plain Finnish (selkosuomi) overrides for client-facing texts; falls back to `fi`. */
  selko?: Partial<MessageShape<T>>;
}

export function defineMessages<T extends object>(set: MessageSet<T>): MessageSet<T> {
  return set;
}

/** Messages for one language; `plain` picks selkosuomi overrides when the language is Finnish. */
export function messagesFor<T extends object>(set: MessageSet<T>, lang: Lang, plain = false): MessageShape<T> {
  const base = (set[lang] ?? set.fi) as MessageShape<T>;
  if (plain && lang === 'fi' && set.selko) return { ...base, ...set.selko };
  return base;
}

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Picks the best supported language from an Accept-Language header. */
export function langFromAcceptLanguage(header: string | undefined | null): Lang {
  if (!header) return DEFAULT_LANG;
  const wanted = header
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag: tag.toLowerCase().slice(0, 2), q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  for (const { tag } of wanted) if (isLang(tag)) return tag;
  return DEFAULT_LANG;
}

/** The text in `lang`, Finnish when it has no translation. */
export function localize(text: Localized, lang: Lang): string {
  return text[lang] ?? text.fi;
}
