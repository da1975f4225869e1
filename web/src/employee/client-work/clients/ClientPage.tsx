// The client page: a header with who the client is, and the tabs of the tab registry (the ones the
// server says the user may open for this client). On a phone the tabs fold into one menu button.
import { Suspense } from 'react';
import { useParams } from 'react-router';
import { useLang, useT } from '../../../lib/i18n';
import { ErrorState, Loading } from '../../../lib/states';
import { TabNav } from '../../../lib/TabNav';
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
  const client = useClient(clientId);
  const tabs = clientTabs.filter((tab) => client.data?.permittedActions?.includes(tab.action));
  const tab = tabs.find((x) => x.path === tabPath);
  // The tab, not the client's name: titles end up in browser history.
  usePageTitle(tab ? `${tab.label[lang]} – ${t.clients}` : undefined);

  if (client.isPending) return <Loading />;
  if (client.error) return <ErrorState error={client.error} onRetry={() => void client.refetch()} />;
  const c = client.data;
  const nw = c.namedWorker;
  return (
    <>
      <header className="client-header" data-qa="client-header">
        <h1 data-qa="client-name">
          {c.lastName}, {c.firstName}
        </h1>
        <p className="client-meta">
          <span>
            {t.birthDate}: {fmtDate(c.birthDate)}
          </span>
          <span>{c.unitName}</span>
          <span className="status-pill" data-qa="client-status">
            {c.status === 'active' ? t.active : t.ended}
          </span>
          {c.clientGroup === 'youth' && <span className="status-pill">{t.youth}</span>}
          <span data-qa="client-named-worker">
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
      <TabNav
        label={t.tabsLabel}
        qa="client-tabs"
        tabs={tabs.map((x) => ({
          key: x.path || 'basic',
          to: `/app/clients/${clientId}${x.path ? `/${x.path}` : ''}`,
          label: x.label[lang],
        }))}
      />
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
