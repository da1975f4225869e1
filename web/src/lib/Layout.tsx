// Page frame shared by the employee app and the client portal: skip link, header with product
// name, language switch and logout, navigation, main landmark, footer. The employee app's
// navigation is grouped by capability in a side column; on a phone it hides behind a menu button so
// the page's content starts on the first screen.
import { useEffect, useId, useRef, useState, type ReactNode, type RefObject } from 'react';
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

export interface LayoutNavGroup {
  key: string;
  label: string;
  items: LayoutNavItem[];
}

interface LayoutProps {
  productName: string;
  homeHref: string;
  /** A flat navigation bar (the client portal). */
  navItems: LayoutNavItem[];
  /** Navigation grouped by capability (the employee app). */
  navGroups?: LayoutNavGroup[];
  /** The user's own account page, linked from their name. */
  accountHref?: string;
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
          data-qa={`lang-${l}`}
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

function GroupedNav({
  groups,
  id,
  open,
  onChoose,
}: {
  groups: LayoutNavGroup[];
  id: string;
  open: boolean;
  onChoose: () => void;
}) {
  const t = useT(common);
  return (
    <nav id={id} className={`side-nav${open ? ' is-open' : ''}`} aria-label={t.mainNav} data-qa="main-nav">
      {groups.map((group) => (
        <section key={group.key} className="nav-group" data-qa={`nav-group-${group.key}`}>
          <h2 className="nav-group-title" id={`${id}-${group.key}`}>
            {group.label}
          </h2>
          <ul className="nav-group-list" aria-labelledby={`${id}-${group.key}`}>
            {group.items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} onClick={onChoose}>
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}

export function Layout({
  productName,
  homeHref,
  navItems,
  navGroups,
  accountHref,
  userName,
  onLogout,
  children,
  variant = 'employee',
}: LayoutProps) {
  const t = useT(common);
  const mainRef = useRef<HTMLElement>(null);
  useFocusMainOnNavigate(mainRef);
  const navId = useId();
  const [menuOpen, setMenuOpen] = useState(false);
  const { pathname } = useLocation();
  // A link chosen from the phone menu closes it.
  useEffect(() => setMenuOpen(false), [pathname]);
  const grouped = !!navGroups && navGroups.length > 0;
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
                {accountHref ? (
                  <NavLink className="user-name" to={accountHref} data-qa="account-link">
                    {t.loggedInAs(userName)}
                  </NavLink>
                ) : (
                  <span className="user-name">{t.loggedInAs(userName)}</span>
                )}
                {onLogout && (
                  <button type="button" className="link-button" onClick={onLogout} data-qa="logout">
                    {t.logout}
                  </button>
                )}
              </div>
            )}
          </div>
          {grouped && (
            <button
              type="button"
              className="menu-button"
              aria-expanded={menuOpen}
              aria-controls={navId}
              data-qa="menu-button"
              onClick={() => setMenuOpen((o) => !o)}
            >
              {menuOpen ? t.closeMenu : t.menu}
            </button>
          )}
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
      {grouped ? (
        <div className="container with-side-nav">
          <GroupedNav groups={navGroups} id={navId} open={menuOpen} onChoose={() => setMenuOpen(false)} />
          <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
            {children}
          </main>
        </div>
      ) : (
        <main id="main" ref={mainRef} tabIndex={-1} className="container site-main">
          {children}
        </main>
      )}
      <Footer />
    </div>
  );
}
