// Signed-in frame of the employee app: checks the session, redirects clients to the portal, shows
// the navigation the server's permitted actions allow, sets the page title and guards each route.
import { createContext, Suspense, useContext, useEffect, type ReactNode } from 'react';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { can, isClientAccount, useMe, useLogout, type Me } from '../lib/auth';
import { useLocalize, useT } from '../lib/i18n';
import { Layout } from '../lib/Layout';
import { common } from '../lib/messages';
import { ErrorState, Loading } from '../lib/states';
import { usePageTitle } from '../lib/title';
import { NAV_GROUPS, navigationFor } from './navigation';
import type { EmployeeRoute } from './routes';

const MeContext = createContext<Me | null>(null);
const RouteContext = createContext<{ title: string }>({ title: '' });

/** The signed-in staff user; only valid inside the shell. */
export function useCurrentUser(): Me {
  const me = useContext(MeContext);
  if (!me) throw new Error('useCurrentUser outside the employee shell');
  return me;
}

export function useCurrentRoute() {
  return useContext(RouteContext);
}

export function Shell() {
  const { data: me, isPending, error, refetch } = useMe();
  const location = useLocation();
  const logout = useLogout();
  const localize = useLocalize();
  const t = useT(common);
  const clientOnly = isClientAccount(me);

  useEffect(() => {
    if (clientOnly) window.location.replace('/oma/');
  }, [clientOnly]);

  if (isPending)
    return (
      <Bare>
        <Loading />
      </Bare>
    );
  if (error)
    return (
      <Bare>
        <ErrorState error={error} onRetry={() => void refetch()} />
      </Bare>
    );
  if (!me) return <Navigate to={`/?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (clientOnly)
    return (
      <Bare>
        <Loading />
      </Bare>
    );

  const navGroups = navigationFor(me).map((group) => ({
    key: group.key,
    label: localize(NAV_GROUPS[group.key]),
    items: group.items.map((item) => ({ to: item.path, label: localize(item.label), end: item.end })),
  }));
  return (
    <MeContext.Provider value={me}>
      <Layout
        productName={t.productName}
        homeHref="/app/"
        navItems={[]}
        navGroups={navGroups}
        accountHref={can(me, 'account.update') ? '/app/account' : undefined}
        userName={me.displayName}
        onLogout={() => void logout('/')}
      >
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </Layout>
    </MeContext.Provider>
  );
}

function Bare({ children }: { children: ReactNode }) {
  const t = useT(common);
  return (
    <Layout productName={t.productName} homeHref="/" navItems={[]}>
      {children}
    </Layout>
  );
}

/** Wraps one registered route: title and role check. */
export function RouteFrame({ route }: { route: EmployeeRoute }) {
  const me = useCurrentUser();
  const localize = useLocalize();
  const title = localize(route.title);
  usePageTitle(title);
  const allowed = route.anySignedIn || (!!route.action && can(me, ...[route.action].flat()));
  if (!allowed) return <Forbidden />;
  const Page = route.Component;
  return (
    <RouteContext.Provider value={{ title }}>
      <Page />
    </RouteContext.Provider>
  );
}

function Forbidden() {
  const t = useT(common);
  return (
    <>
      <h1 data-qa="forbidden">{t.forbiddenTitle}</h1>
      <p>{t.forbiddenText}</p>
      <p>
        <Link to="/app/">{t.toFrontPage}</Link>
      </p>
    </>
  );
}

export function NotFound({ home = '/app/' }: { home?: string }) {
  const t = useT(common);
  usePageTitle(t.notFoundTitle);
  return (
    <>
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <Link to={home}>{t.toFrontPage}</Link>
      </p>
    </>
  );
}
