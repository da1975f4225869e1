// The client page: a header with who the client is, and the tabs of the tab registry.
import { Suspense } from 'react';
import { NavLink, useParams } from 'react-router';
import { useMe } from '../../../lib/auth';
import { useLang, useT } from '../../../lib/i18n';
import { ErrorState, Loading } from '../../../lib/states';
import { usePageTitle } from '../../../lib/title';
import { NotFound } from '../../Shell';
import { cm } from './messages';
import { clientTabs } from './tabs';
import { fmtDate, useClient } from './ui';

export default function ClientPage() {
  const params = useParams();
  const clientId = params.clientId!;
  const tabPath = (params['*'] ?? '').replace(/\/$/, '');
  const t = useT(cm);
  const { lang } = useLang();
  const me = useMe();
  const client = useClient(clientId);
  const roles = (me.data?.roles ?? []).map((r) => r.role);
  const tabs = clientTabs.filter((tab) => !tab.roles || tab.roles.some((r) => roles.includes(r)));
  const tab = tabs.find((x) => x.path === tabPath);
  // The tab, not the client's name: titles end up in browser history.
  usePageTitle(tab ? `${tab.label[lang]} – ${t.clients}` : undefined);

  if (client.isPending) return <Loading />;
  if (client.error) return <ErrorState error={client.error} onRetry={() => void client.refetch()} />;
  const c = client.data;
  const nw = c.namedWorker;
  return (
    <>
      <header className="client-header">
        <h1>
          {c.lastName}, {c.firstName}
        </h1>
        <p className="client-meta">
          <span>
            {t.birthDate}: {fmtDate(c.birthDate)}
          </span>
          <span>{c.unitName}</span>
          <span className="status-pill">{c.status === 'active' ? t.active : t.ended}</span>
          {c.clientGroup === 'youth' && <span className="status-pill">{t.youth}</span>}
          <span>
            {t.namedWorker}:{' '}
            {nw?.status === 'assigned'
              ? nw.workerName
              : nw?.status === 'other-responsible'
                ? nw.otherResponsible
                : nw?.status === 'not-needed'
                  ? t.nwNotNeeded
                  : t.noNamedWorker}
          </span>
        </p>
      </header>
      <nav aria-label={t.tabsLabel}>
        <ul className="client-tabs">
          {tabs.map((x) => (
            <li key={x.path}>
              <NavLink to={`/app/clients/${clientId}${x.path ? `/${x.path}` : ''}`} end>
                {x.label[lang]}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      {tab ? (
        <Suspense fallback={<Loading />}>
          <tab.Component clientId={clientId} />
        </Suspense>
      ) : (
        <NotFound />
      )}
    </>
  );
}
