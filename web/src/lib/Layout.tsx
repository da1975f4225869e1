// Page frame shared by the employee app and the client portal: skip link, header with product
// name, language switch and logout, role-based navigation, main landmark, footer.
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { NavLink, useLocation } from 'react-router';
import { LANGUAGES } from '../../../src/shared/i18n';
import { useLang, useT } from './i18n';
import { common, LANGUAGE_NAMES } from './messages';

export interface LayoutNavItem {
  to: string;
  label: string;
  /** Match only the exact path (the start page). */
  end?: boolean;
}

interface LayoutProps {
  productName: string;
  homeHref: string;
  navItems: LayoutNavItem[];
  userName?: string;
  onLogout?: () => void;
  children: ReactNode;
  variant?: 'employee' | 'client';
}

export function LanguageSwitch() {
  const { lang, setLang } = useLang();
  const t = useT(common);
  return (
    <div className="lang-switch" role="group" aria-label={t.languageLabel}>
      {LANGUAGES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          className="lang-button"
          aria-current={l === lang ? 'true' : undefined}
          onClick={() => setLang(l)}
        >
          {LANGUAGE_NAMES[l]}
        </button>
      ))}
    </div>
  );
}

export function SkipLink() {
  const t = useT(common);
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      {t.skipToMain}
    </a>
  );
}

export function Footer() {
  const t = useT(common);
  return (
    <footer className="site-footer">
      <div className="container footer-inner">
        <p>{t.footerText}</p>
        <p>
          <a href="/saavutettavuus">{t.accessibility}</a>
        </p>
      </div>
    </footer>
  );
}

// The path the user last saw. A full page load keeps the browser's own focus handling (so the
// skip link is the first Tab stop); a client-side navigation to another path moves focus.
let lastPathname = typeof window === 'undefined' ? '' : window.location.pathname;

/** Moves focus to <main> after client-side navigation so screen readers hear the new page. */
function useFocusMainOnNavigate(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  useEffect(() => {
    const current = window.location.pathname;
    if (current === lastPathname) return;
    lastPathname = current;
    main.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [pathname, main]);
}

export function Layout({
  productName,
  homeHref,
  navItems,
  userName,
  onLogout,
  children,
  variant = 'employee',
}: LayoutProps) {
  const t = useT(common);
  const mainRef = useRef<HTMLElement>(null);
  useFocusMainOnNavigate(mainRef);
  return (
    <div className={`page page-${variant}`}>
      <SkipLink />
      <header className="site-header">
        <div className="container header-inner">
          <a className="brand" href={homeHref}>
            <span className="brand-mark" aria-hidden="true" />
            {productName}
          </a>
          <div className="header-tools">
            <LanguageSwitch />
            {userName && (
              <div className="user-box">
                <span className="user-name">{t.loggedInAs(userName)}</span>
                {onLogout && (
                  <button type="button" className="link-button" onClick={onLogout}>
                    {t.logout}
                  </button>
                )}
              </div>
            )}
          </div>
        </div>
        {navItems.length > 0 && (
          <nav className="main-nav" aria-label={t.mainNav}>
            <ul className="container nav-list">
              {navItems.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="container site-main">
        {children}
      </main>
      <Footer />
    </div>
  );
}
