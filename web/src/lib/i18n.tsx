// The UI language: a React context (Finnish by default), persisted in localStorage and in the
// `lang` cookie so server-rendered pages (accessibility statement, public forms) match.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  DEFAULT_LANG,
  isLang,
  messagesFor,
  type Lang,
  type Localized,
  type MessageSet,
  type MessageShape,
} from '../../../src/shared/i18n';
import { setApiLanguage } from './api';

const STORAGE_KEY = 'osallinen.lang';

interface I18nValue {
  lang: Lang;
  /** Plain Finnish (selkosuomi) texts are preferred when the language is Finnish (client portal). */
  plain: boolean;
  setLang: (lang: Lang) => void;
}

const I18nContext = createContext<I18nValue>({ lang: DEFAULT_LANG, plain: false, setLang: () => {} });

function readCookie(name: string): string | undefined {
  return document.cookie
    .split(';')
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${name}=`))
    ?.slice(name.length + 1);
}

export function initialLang(): Lang {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // storage may be blocked; the cookie still works
  }
  const cookie = readCookie('lang');
  return isLang(cookie) ? cookie : DEFAULT_LANG;
}

function persist(lang: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // ignore
  }
  document.cookie = `lang=${lang}; path=/; max-age=31536000; SameSite=Lax`;
}

export function I18nProvider({ children, plain = false }: { children: ReactNode; plain?: boolean }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  setApiLanguage(lang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    persist(next);
    setApiLanguage(next);
    setLangState(next);
  }, []);

  const value = useMemo(() => ({ lang, plain, setLang }), [lang, plain, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useLang(): I18nValue {
  return useContext(I18nContext);
}

/** The typed messages of one message set in the current language. */
export function useT<T extends object>(set: MessageSet<T>): MessageShape<T> {
  const { lang, plain } = useLang();
  return messagesFor(set, lang, plain);
}

/** A localized text (nav labels, route titles); `selko` is used in the portal when Finnish. */
export type LocalizedText = Localized & { selko?: string };

export function useLocalize(): (text: LocalizedText) => string {
  const { lang, plain } = useLang();
  return useCallback(
    (text: LocalizedText) => (plain && lang === 'fi' && text.selko ? text.selko : text[lang]),
    [lang, plain],
  );
}

/** Formats timestamps and dates the Finnish way in every UI language (d.m.yyyy). */
export function useFormat() {
  const { lang } = useLang();
  return useMemo(() => {
    const locale = lang === 'sv' ? 'sv-FI' : lang === 'en' ? 'en-FI' : 'fi-FI';
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
    const number = new Intl.NumberFormat(locale);
    return {
      dateTime: (iso: string) => {
        const d = new Date(iso);
        return Number.isNaN(d.getTime()) ? iso : dateTime.format(d);
      },
      number: (n: number | null | undefined) => (n === null || n === undefined ? '' : number.format(n)),
    };
  }, [lang]);
}
