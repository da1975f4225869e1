// The client's meetings and their named worker's contact details.
import { useQuery } from '@tanstack/react-query';
import { useT } from '../../lib/i18n';
import { ErrorState, Loading } from '../../lib/states';
import { fiDate } from '../../employee/client-work/plan/fields';
import { portalApi, portalKeys } from './api';
import { portalPlanMessages } from './messages';
import './portal.css';

export function WorkerCard() {
  const t = useT(portalPlanMessages);
  const w = useQuery({ queryKey: portalKeys.worker, queryFn: portalApi.worker });
  return (
    <section className="panel" aria-labelledby="worker-title" data-qa="portal-worker">
      <h2 id="worker-title">{t.workerTitle}</h2>
      {w.isPending ? (
        <Loading />
      ) : w.error ? (
        <ErrorState error={w.error} />
      ) : !w.data.worker ? (
        <p>{t.noWorker}</p>
      ) : (
        <>
          <p className="worker-name">{w.data.worker.name}</p>
          <p>
            {t.unit}: {w.data.worker.unitName}
          </p>
          {w.data.worker.phone && (
            <p>
              {t.phone}: <a href={`tel:${w.data.worker.phone.replace(/\s/g, '')}`}>{w.data.worker.phone}</a>
            </p>
          )}
          {w.data.worker.email && (
            <p>
              {t.email}: <a href={`mailto:${w.data.worker.email}`}>{w.data.worker.email}</a>
            </p>
          )}
        </>
      )}
    </section>
  );
}

export default function MeetingsPage() {
  const t = useT(portalPlanMessages);
  const m = useQuery({ queryKey: portalKeys.meetings, queryFn: portalApi.meetings });
  return (
    <>
      <h1>{t.meetingsTitle}</h1>
      {m.isPending ? (
        <Loading />
      ) : m.error ? (
        <ErrorState error={m.error} onRetry={() => void m.refetch()} />
      ) : (
        <>
          <h2>{t.upcoming}</h2>
          {m.data.upcoming.length === 0 ? (
            <p data-qa="portal-no-upcoming">{t.noUpcoming}</p>
          ) : (
            <ul className="portal-meetings" data-qa="portal-upcoming">
              {m.data.upcoming.map((x, i) => (
                <li key={i} className="card" data-qa="portal-meeting">
                  <strong>
                    {fiDate(x.date)}
                    {x.time && ` ${x.time}`}
                  </strong>{' '}
                  – {t.kinds[x.kind]}
                  {x.location && (
                    <>
                      <br />
                      {x.location}
                    </>
                  )}
                  {x.workerName && (
                    <>
                      <br />
                      {t.with(x.workerName)}
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
          {m.data.past.length > 0 && (
            <>
              <h2>{t.past}</h2>
              <ul data-qa="portal-past">
                {m.data.past.map((x, i) => (
                  <li key={i}>
                    {fiDate(x.date)} – {t.kinds[x.kind]}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <WorkerCard />
    </>
  );
}
