// Entry of the client portal, served under /oma/. Finnish texts are in plain Finnish (selko).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { SuomifiThemeProvider } from 'suomifi-ui-components';
import '../lib/fonts.css';
import '../lib/styles.css';
import { I18nProvider } from '../lib/i18n';
import { routes } from './routes';
import { PortalNotFound, PortalRouteFrame, Shell } from './Shell';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

const router = createBrowserRouter(
  [
    {
      path: '/',
      element: <Shell />,
      children: [
        ...routes.map((route) =>
          route.path === ''
            ? { index: true, element: <PortalRouteFrame route={route} /> }
            : { path: route.path, element: <PortalRouteFrame route={route} /> },
        ),
        { path: '*', element: <PortalNotFound /> },
      ],
    },
  ],
  { basename: '/oma' },
);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SuomifiThemeProvider theme={{}}>
      <I18nProvider plain>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </I18nProvider>
    </SuomifiThemeProvider>
  </StrictMode>,
);
