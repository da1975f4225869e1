// Tabs of a page that has several views of one subject (the client page …). On a wide screen they
// are a row of tabs; on a phone they fold into one button that names the open tab and opens the
// list, so the tab's content starts on the first screen. One list of links serves both, so every
// tab is one link for assistive technology and for browser tests (data-qa hooks).
import { useEffect, useId, useRef, useState } from 'react';
import { NavLink, useLocation } from 'react-router';
import './TabNav.css';

export interface Tab {
  /** A stable key: the tab's link has `data-qa="tab-<key>"`. */
  key: string;
  /** Where the tab leads (an app path). */
  to: string;
  label: string;
}

export function TabNav({
  label,
  tabs,
  qa = 'tab-nav',
}: {
  /** The navigation's accessible name, e.g. "Client record". */
  label: string;
  tabs: Tab[];
  qa?: string;
}) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();
  const current = tabs.find((t) => t.to.replace(/\/$/, '') === pathname.replace(/\/$/, ''));
  // Choosing a tab (or going back) closes the list.
  useEffect(() => setOpen(false), [pathname]);
  return (
    <nav
      aria-label={label}
      className="tab-nav"
      data-qa={qa}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          setOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="tab-nav-toggle"
        aria-expanded={open}
        aria-controls={listId}
        data-qa="tab-nav-toggle"
        onClick={() => setOpen((o) => !o)}
      >
        <span className="tab-nav-label">{label}:</span> <span className="tab-nav-current">{current?.label}</span>
        <span className="tab-nav-chevron" aria-hidden="true" />
      </button>
      <ul id={listId} className={`tab-nav-list${open ? ' is-open' : ''}`}>
        {tabs.map((t) => (
          <li key={t.key}>
            <NavLink to={t.to} end data-qa={`tab-${t.key}`}>
              {t.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
