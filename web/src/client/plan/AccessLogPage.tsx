// "Who has viewed my data": from the use log, with workers' names and roles.
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../lib/i18n';
import { ErrorState, Loading } from '../../lib/states';
import { fiDate } from '../../employee/client-work/plan/fields';
import { portalApi, portalKeys } from './api';
import { portalPlanMessages } from './messages';
import './portal.css';

export default function AccessLogPage() {
  const t = useT(portalPlanMessages);
  const q = useQuery({ queryKey: portalKeys.accessLog, queryFn: portalApi.accessLog });
  return (
    <>
      <h1>{t.logTitle}</h1>
      <p>{t.logIntro}</p>
      <p>
        <a href={portalApi.accessLogPageUrl}>{t.noJs}</a>
      </p>
      {q.isPending ? (
        <Loading />
      ) : q.error ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : q.data.length === 0 ? (
        <p data-qa="portal-log-empty">{t.logEmpty}</p>
      ) : (
        <ul className="portal-log" data-qa="portal-log">
          {q.data.map((e, i) => (
            <li key={i} className="card" data-qa="portal-log-entry">
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
