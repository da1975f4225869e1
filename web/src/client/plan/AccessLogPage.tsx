// "Who has viewed my data": from the use log, with workers' names and roles.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { ErrorState, Loading } from '../../lib/states';
import { fiDate } from '../../employee/client-work/plan/fields';
import { portalPlanMessages } from './messages';
import './portal.css';

interface Entry {
  date: string;
  who: string;
  role: string;
  unit: string;
  what: string;
  times: number;
}

export default function AccessLogPage() {
  const t = useT(portalPlanMessages);
  const q = useQuery({
    queryKey: ['portal', 'access-log'],
    queryFn: () => api.get<{ entries: Entry[] }>('/api/portal/access-log'),
  });
  return (
    <>
      <h1>{t.logTitle}</h1>
      <p>{t.logIntro}</p>
      <p>
        <a href="/asiointi/katselut">{t.noJs}</a>
      </p>
      {q.isPending ? (
        <Loading />
      ) : q.error ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.entries.length === 0 ? (
        <p>{t.logEmpty}</p>
      ) : (
        <ul className="portal-log">
          {q.data.entries.map((e, i) => (
            <li key={i} className="card">
              <strong>{fiDate(e.date)}</strong> – {e.who}
              {e.role && (
                <>
                  <br />
                  <span className="field-hint">
                    {e.role}
                    {e.unit && `, ${e.unit}`}
                  </span>
                </>
              )}
              <br />
              {t.what}: {e.what}
              {e.times > 1 && ` (${e.times} ${t.times.toLowerCase()})`}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
