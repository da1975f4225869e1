// Worker view of the service map: search with internal notes, a map beside the list, "show to
// client" mode (large text and the location) and choosing services for a printed handout. The
// handout is the public print page: it carries service details only, never client data.
import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { api, query } from '../../lib/api';
import { CheckboxField, SelectField, TextField } from '../../lib/forms';
import { useLang, useLocalize, useT } from '../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../lib/states';
import { useCurrentUser } from '../Shell';
import { can } from '../../lib/auth';
import { manageMessages } from './manageMessages';
import { smMessages } from './messages';
import { RetireButton } from './ManagePages';
import { ServiceMap } from './ServiceMap';
import { fmtDate, type Meta, type Service } from './types';

const PRINT_PATH = { fi: '/palvelut/tuloste', sv: '/sv/tjanster/utskrift', en: '/en/services/print' } as const;

export function useMeta() {
  return useQuery({ queryKey: ['servicemap', 'meta'], queryFn: () => api.get<Meta>('/api/services/meta') });
}

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
  const [showing, setShowing] = useState<Service | null>(null);
  const meta = useMeta();
  const search = Object.fromEntries(params.entries());
  const results = useQuery({
    queryKey: ['servicemap', 'search', search],
    queryFn: () => api.get<{ total: number; services: Service[] }>(`/api/services${query({ ...search, limit: 50 })}`),
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
      <form onSubmit={submit} className="narrow" role="search">
        <TextField id="sm-q" label={t.search} value={q} onChange={setQ} />
        <SelectField
          id="sm-theme"
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
          label={t.municipality}
          value={municipality}
          onChange={setMunicipality}
          placeholder={t.all}
          options={(meta.data?.municipalities ?? []).map((m) => ({ value: m, label: m }))}
        />
        <CheckboxField id="sm-open" label={t.openNow} checked={open} onChange={setOpen} />
        <CheckboxField id="sm-stale" label={t.staleOnly} checked={stale} onChange={setStale} />
        <Button type="submit">{t.searchButton}</Button>
      </form>
      {selected.length > 0 && (
        <p className="mt-s">
          <a
            className="button"
            href={`${PRINT_PATH[lang]}?${selected.map((id) => `id=${id}`).join('&')}`}
            data-testid="print-handout"
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
          <section aria-labelledby="sm-results">
            <h2 id="sm-results">{t.results(results.data.total)}</h2>
            <ul style={{ listStyle: 'none', padding: 0 }}>
              {results.data.services.map((s) => (
                <li key={s.id} className="card" style={{ marginBottom: '.75rem' }}>
                  <h3 style={{ margin: 0 }}>
                    <Link to={`/app/services/${s.id}`}>{localize(s.name)}</Link>
                  </h3>
                  <p>{localize(s.shortDescription)}</p>
                  {s.locations[0] && <p>{`${s.locations[0].streetAddress}, ${s.locations[0].municipality}`}</p>}
                  <p>
                    {s.openNow ? t.open : t.closed} ·{' '}
                    {s.stale ? <strong>{t.stale}</strong> : t.verified(fmtDate(s.lastVerifiedOn))}
                  </p>
                  {(s.internalNotes || s.professionalContact) && (
                    <details>
                      <summary>{t.internalNotes}</summary>
                      {s.internalNotes && <p>{s.internalNotes}</p>}
                      {s.professionalContact && <p>{s.professionalContact}</p>}
                    </details>
                  )}
                  <CheckboxField
                    id={`sel-${s.id}`}
                    label={t.select(localize(s.name))}
                    checked={selected.includes(s.id)}
                    onChange={() => toggle(s.id)}
                  />
                  <Button variant="secondary" onClick={() => setShowing(s)}>
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

/** Large text for showing a service to the client across the desk, with its location on a map. */
export function ShowToClient({
  service,
  tileUrl,
  onClose,
}: {
  service: Service;
  tileUrl: string;
  onClose: () => void;
}) {
  const t = useT(smMessages);
  const localize = useLocalize();
  const l = service.locations[0];
  return (
    <section className="sm-show" aria-labelledby="sm-show-title" style={{ fontSize: '1.5rem', lineHeight: 1.4 }}>
      <h1 id="sm-show-title" style={{ fontSize: '2.5rem' }}>
        {localize(service.name)}
      </h1>
      <p>{localize(service.shortDescription)}</p>
      {l && (
        <>
          <h2>{t.address}</h2>
          <p>{`${l.streetAddress}, ${l.postalCode} ${l.municipality}`}</p>
          <h2>{t.hours}</h2>
          <ul>
            {l.hours.map((h, i) => (
              <li key={i}>{`${t.days[h.weekday - 1]} ${h.opens}–${h.closes}`}</li>
            ))}
          </ul>
        </>
      )}
      {service.phone && <p>{service.phone}</p>}
      <ServiceMap services={[service]} tileUrl={tileUrl} label={t.map} large />
      <p className="mt-s">
        <Button onClick={onClose}>{t.closeShow}</Button>
      </p>
    </section>
  );
}

export function SuggestionsPage() {
  const t = useT(smMessages);
  const qc = useQueryClient();
  const list = useQuery({
    queryKey: ['servicemap', 'suggestions'],
    queryFn: () =>
      api.get<{
        suggestions: {
          id: string;
          kind: string;
          name: string;
          description: string;
          streetAddress: string;
          municipality: string;
          message: string;
          serviceName: string | null;
        }[];
      }>('/api/services/suggestions'),
  });
  const [tell, setTell] = useState<{ email: string } | null>(null);
  const act = useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'approve' | 'reject' }) =>
      api.post<{ tellSuggester: { email: string } | null }>(`/api/services/suggestions/${id}/${action}`, {}),
    onSuccess: async (r) => {
      setTell(r.tellSuggester);
      await qc.invalidateQueries({ queryKey: ['servicemap'] });
    },
  });
  return (
    <>
      <h1>{t.suggestions}</h1>
      <div role="status">
        {act.isSuccess && <p className="success-message">{t.handled}</p>}
        {tell && (
          <p>
            <a
              href={`mailto:${tell.email}?subject=${encodeURIComponent(t.tellSubject)}&body=${encodeURIComponent(t.tellBody)}`}
            >
              {t.tellSuggester}
            </a>
          </p>
        )}
      </div>
      <MutationError error={act.error} />
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} />
      ) : list.data.suggestions.length === 0 ? (
        <Empty>{t.noSuggestions}</Empty>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0 }}>
          {list.data.suggestions.map((g) => (
            <li key={g.id} className="card" style={{ marginBottom: '.75rem' }}>
              <h2 style={{ margin: 0 }}>{g.serviceName ? `${g.serviceName}: ${g.name}` : g.name}</h2>
              <p>{g.description}</p>
              <p>{[g.streetAddress, g.municipality].filter(Boolean).join(', ')}</p>
              {g.message && <p>{g.message}</p>}
              <Button onClick={() => act.mutate({ id: g.id, action: 'approve' })} disabled={act.isPending}>
                {t.approve}
              </Button>{' '}
              <Button
                variant="secondary"
                onClick={() => act.mutate({ id: g.id, action: 'reject' })}
                disabled={act.isPending}
              >
                {t.reject}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Links to the updater's pages; only esihenkilö and ylläpitäjä see them. */
function UpdaterLinks() {
  const m = useT(manageMessages);
  const user = useCurrentUser();
  if (!can(user, 'service.create')) return null;
  return (
    <nav aria-label={m.manageLinks} className="sm-updater-links">
      <ul style={{ display: 'flex', flexWrap: 'wrap', gap: '1rem', listStyle: 'none', padding: 0 }}>
        <li>
          <Link to="/app/services/new">{m.newService}</Link>
        </li>
        <li>
          <Link to="/app/services/theme-maps">{m.themeMaps}</Link>
        </li>
        <li>
          <Link to="/app/services/import">{m.importExport}</Link>
        </li>
      </ul>
    </nav>
  );
}

export function ServiceDetailPage() {
  return <ServiceDetail />;
}

function ServiceDetail() {
  const t = useT(smMessages);
  const m = useT(manageMessages);
  const localize = useLocalize();
  const { lang } = useLang();
  const user = useCurrentUser();
  const qc = useQueryClient();
  const id = useParams().id ?? '';
  const meta = useMeta();
  const s = useQuery({
    queryKey: ['servicemap', 'service', id],
    queryFn: () => api.get<{ service: Service }>(`/api/services/${id}`).then((r) => r.service),
  });
  const versions = useQuery({
    queryKey: ['servicemap', 'versions', id],
    queryFn: () =>
      api.get<{ versions: { version: number; change: string; changedByName: string | null; changedAt: string }[] }>(
        `/api/services/${id}/versions`,
      ),
  });
  const [show, setShow] = useState(false);
  const canManage = can(user, 'service.update');
  const verify = useMutation({
    mutationFn: () => api.post(`/api/services/${id}/verify`, { version: s.data!.version }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['servicemap'] }),
  });
  if (s.isPending) return <Loading />;
  if (s.error) return <ErrorState error={s.error} />;
  if (show) return <ShowToClient service={s.data} tileUrl={meta.data?.tileUrl ?? ''} onClose={() => setShow(false)} />;
  const svc = s.data;
  return (
    <>
      <p>
        <Link to="/app/services">{t.back}</Link>
      </p>
      <h1>{localize(svc.name)}</h1>
      {svc.status !== 'published' && (
        <p>
          <strong>{m.statuses[svc.status]}</strong>
        </p>
      )}
      <p>{localize(svc.shortDescription)}</p>
      <p>{svc.stale ? <strong>{t.stale}</strong> : t.verified(fmtDate(svc.lastVerifiedOn))}</p>
      {svc.internalNotes && (
        <section className="panel">
          <h2>{t.internalNotes}</h2>
          <p>{svc.internalNotes}</p>
          {svc.professionalContact && <p>{svc.professionalContact}</p>}
        </section>
      )}
      <p>
        <Button onClick={() => setShow(true)}>{t.showToClient}</Button>{' '}
        {canManage && (
          <>
            <Link className="button" to={`/app/services/${svc.id}/edit`}>
              {m.edit}
            </Link>{' '}
            <Button variant="secondary" onClick={() => verify.mutate()} disabled={verify.isPending}>
              {t.verify}
            </Button>{' '}
            <RetireButton service={svc} />
          </>
        )}{' '}
        <a href={`${lang === 'fi' ? '/palvelut' : lang === 'sv' ? '/sv/tjanster' : '/en/services'}/${svc.id}`}>
          {t.publicPage}
        </a>
      </p>
      <MutationError error={verify.error} onReload={() => void s.refetch()} reloadLabel={m.reload} />
      <h2>{t.versions}</h2>
      <ul>
        {(versions.data?.versions ?? []).map((v) => (
          <li
            key={v.version}
          >{`${v.version}: ${v.change} – ${v.changedByName ?? ''} ${new Date(v.changedAt).toLocaleString('fi-FI')}`}</li>
        ))}
      </ul>
    </>
  );
}
