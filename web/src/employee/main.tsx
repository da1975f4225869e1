// Entry of the employee app: login at `/`, the app under `/app/*`.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { SuomifiThemeProvider } from 'suomifi-ui-components';
import '../lib/fonts.css';
import '../lib/styles.css';
import { I18nProvider } from '../lib/i18n';
import { LoginPage } from './LoginPage';
import { routes } from './routes';
import { NotFound, RouteFrame, Shell } from './Shell';

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false } },
});

const router = createBrowserRouter([
  { path: '/', element: <LoginPage /> },
  {
    path: '/app',
    element: <Shell />,
    children: [
      ...routes.map((route) =>
        route.path === ''
          ? { index: true, element: <RouteFrame route={route} /> }
          : { path: route.path, element: <RouteFrame route={route} /> },
      ),
      { path: '*', element: <NotFound /> },
    ],
  },
  { path: '*', element: <Navigate to="/" replace /> },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SuomifiThemeProvider theme={{}}>
      <I18nProvider>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </I18nProvider>
    </SuomifiThemeProvider>
  </StrictMode>,
);
