// Worker view of the service map: search in the services of the user's organisations with internal
// notes, a map beside the list, "show to client" mode (large text and the location) and choosing
// services for a printed handout. The handout is the public print page: service details only, never
// client data. The updater's links show by the actions the server lists for the user.
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import type { StaffService } from '../../../../../src/shared/contracts/servicemap/services';
import { can } from '../../../lib/auth';
import { CheckboxField, SelectField, TextField } from '../../../lib/forms';
import { useLang, useLocalize, useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading } from '../../../lib/states';
import { useCurrentUser } from '../../Shell';
import { fmtDate, PUBLIC_PATHS } from '../format';
import { manageMessages } from '../manageMessages';
import { smMessages } from '../messages';
import { ServiceMap } from '../ServiceMap';
import { ShowToClient } from '../services/ShowToClient';
import { searchServices, useMeta } from './api';

export default function ServicesPage() {
  const t = useT(smMessages);
  const { lang } = useLang();
  const localize = useLocalize();
  const [params, setParams] = useSearchParams();
  const [q, setQ] = useState(params.get('q') ?? '');
  const [theme, setTheme] = useState(params.get('theme') ?? '');
  const [municipality, setMunicipality] = useState(params.get('municipality') ?? '');
  const [open, setOpen] = useState(params.get('open') === '1');
  const [stale, setStale] = useState(params.get('stale') === '1');
  const [selected, setSelected] = useState<string[]>([]);
  const [showing, setShowing] = useState<StaffService | null>(null);
  const meta = useMeta();
  const search = Object.fromEntries(params.entries());
  const results = useQuery({
    queryKey: ['servicemap', 'search', search],
    queryFn: () => searchServices({ ...search, limit: 50 }),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (q.trim()) next.q = q.trim();
    if (theme) next.theme = theme;
    if (municipality) next.municipality = municipality;
    if (open) next.open = '1';
    if (stale) next.stale = '1';
    setParams(next);
  };
  const toggle = (id: string) => setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));

  if (showing)
    return <ShowToClient service={showing} tileUrl={meta.data?.tileUrl ?? ''} onClose={() => setShowing(null)} />;

  return (
    <>
      <h1>{t.title}</h1>
      <UpdaterLinks />
      <form onSubmit={submit} className="narrow" role="search" data-qa="service-search">
        <TextField id="sm-q" qa="search-q" label={t.search} value={q} onChange={setQ} />
        <SelectField
          id="sm-theme"
          qa="search-theme"
          label={t.theme}
          value={theme}
          onChange={setTheme}
          placeholder={t.all}
          options={(meta.data?.taxonomy ?? [])
            .filter((x) => x.kind === 'theme')
            .map((x) => ({ value: x.code, label: localize(x.label) }))}
        />
        <SelectField
          id="sm-municipality"
          qa="search-municipality"
          label={t.municipality}
          value={municipality}
          onChange={setMunicipality}
          placeholder={t.all}
          options={(meta.data?.municipalities ?? []).map((m) => ({ value: m, label: m }))}
        />
        <CheckboxField id="sm-open" qa="search-open" label={t.openNow} checked={open} onChange={setOpen} />
        <CheckboxField id="sm-stale" qa="search-stale" label={t.staleOnly} checked={stale} onChange={setStale} />
        <Button type="submit" data-qa="search-submit">
          {t.searchButton}
        </Button>
      </form>
      {selected.length > 0 && (
        <p className="mt-s">
          <a
            className="button"
            href={`${PUBLIC_PATHS.print[lang]}?${selected.map((id) => `id=${id}`).join('&')}`}
            data-qa="print-handout"
          >
            {t.printSelected(selected.length)}
          </a>
        </p>
      )}
      {results.isPending ? (
        <Loading />
      ) : results.error ? (
        <ErrorState error={results.error} onRetry={() => void results.refetch()} />
      ) : results.data.services.length === 0 ? (
        <Empty />
      ) : (
        <div
          className="sm-worker-layout"
          style={{ display: 'grid', gap: '1rem', gridTemplateColumns: 'repeat(auto-fit, minmax(20rem, 1fr))' }}
        >
          <section aria-labelledby="sm-results" data-qa="search-results">
            <h2 id="sm-results">{t.results(results.data.total)}</h2>
            <ul style={{ listStyle: 'none', padding: 0 }}>
              {results.data.services.map((s) => (
                <li key={s.id} className="card" style={{ marginBottom: '.75rem' }} data-qa="search-result">
                  <h3 style={{ margin: 0 }}>
                    <Link to={`/app/services/${s.id}`} data-qa="search-result-link">
                      {localize(s.name)}
                    </Link>
                  </h3>
                  <p>{localize(s.shortDescription)}</p>
                  {s.locations[0] && <p>{`${s.locations[0].streetAddress}, ${s.locations[0].municipality}`}</p>}
                  <p>
                    {s.openNow ? t.open : t.closed} ·{' '}
                    {s.stale ? <strong>{t.stale}</strong> : t.verified(fmtDate(s.lastVerifiedOn))}
                  </p>
                  {(s.internalNotes || s.professionalContact) && (
                    <details data-qa="internal-notes">
                      <summary>{t.internalNotes}</summary>
                      {s.internalNotes && <p>{s.internalNotes}</p>}
                      {s.professionalContact && <p>{s.professionalContact}</p>}
                    </details>
                  )}
                  <CheckboxField
                    id={`sel-${s.id}`}
                    qa="select-for-handout"
                    label={t.select(localize(s.name))}
                    checked={selected.includes(s.id)}
                    onChange={() => toggle(s.id)}
                  />
                  <Button variant="secondary" onClick={() => setShowing(s)} data-qa="show-to-client">
                    {t.showToClient}
                  </Button>
                </li>
              ))}
            </ul>
          </section>
          <ServiceMap services={results.data.services} tileUrl={meta.data?.tileUrl ?? ''} label={t.map} />
        </div>
      )}
    </>
  );
}

/** Links to the updater's pages, each shown when the server lists its action for the user. */
function UpdaterLinks() {
  const m = useT(manageMessages);
  const user = useCurrentUser();
  const links = [
    { to: '/app/services/new', label: m.newService, show: can(user, 'service.create'), qa: 'new-service' },
    { to: '/app/services/theme-maps', label: m.themeMaps, show: can(user, 'themeMap.create'), qa: 'theme-maps' },
    {
      to: '/app/services/import',
      label: m.importExport,
      show: can(user, 'servicemap.import.write'),
      qa: 'import-export',
    },
  ].filter((l) => l.show);
  if (!links.length) return null;
  return (
    <nav aria-label={m.manageLinks} className="sm-updater-links">
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', listStyle: 'none', padding: 0 }}>
        {links.map((l) => (
          <li key={l.to}>
            <Link to={l.to} data-qa={l.qa}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
