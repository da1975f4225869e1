// Signed-in frame of the client portal: plain-language layout; without a session the user is
// sent to the login page, which returns here.
import { createContext, Suspense, useContext, useEffect } from 'react';
import { Link, Outlet } from 'react-router';
import { isClientAccount, useLogout, useMe, type Me } from '../lib/auth';
import { useLocalize, useT } from '../lib/i18n';
import { Layout } from '../lib/Layout';
import { common } from '../lib/messages';
import { ErrorState, Loading } from '../lib/states';
import { usePageTitle } from '../lib/title';
import { navItems, type PortalRoute } from './routes';

const ClientContext = createContext<Me | null>(null);

export function useClient(): Me {
  const me = useContext(ClientContext);
  if (!me) throw new Error('useClient outside the portal shell');
  return me;
}

export function Shell() {
  const t = useT(common);
  const localize = useLocalize();
  const logout = useLogout();
  const { data: me, isPending, error, refetch } = useMe();

  // No session: log in and come back. Staff without a client account belong in the employee app.
  const staffOnly = !!me && !isClientAccount(me);
  useEffect(() => {
    if (!isPending && !error && !me) window.location.replace('/?next=/oma/');
    else if (staffOnly) window.location.replace('/app/');
  }, [me, isPending, error, staffOnly]);

  const nav = me ? navItems.map((item) => ({ to: item.path, label: localize(item.label), end: item.end })) : [];
  return (
    <ClientContext.Provider value={me ?? null}>
      <Layout
        variant="client"
        productName={t.portalName}
        homeHref="/oma/"
        navItems={nav}
        userName={me?.displayName}
        onLogout={me ? () => void logout('/') : undefined}
      >
        {isPending || staffOnly || (!me && !error) ? (
          <Loading />
        ) : error ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : (
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        )}
      </Layout>
    </ClientContext.Provider>
  );
}

export function PortalRouteFrame({ route }: { route: PortalRoute }) {
  const localize = useLocalize();
  const t = useT(common);
  usePageTitle(localize(route.title), t.portalName);
  const Page = route.Component;
  return <Page />;
}

export function PortalNotFound() {
  const t = useT(common);
  usePageTitle(t.notFoundTitle, t.portalName);
  return (
    <>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <Link to="/">{t.toFrontPage}</Link>
      </p>
    </>
  );
}
