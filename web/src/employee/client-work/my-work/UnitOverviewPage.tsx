// The manager's unit overview: counts for the unit and per named worker (no client names).
import { Navigate, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { SelectField } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { ErrorState, Loading } from '../../../lib/states';
import type {
  UnitOverview as Overview,
  WorkerCounts as Counts,
} from '../../../../../src/shared/contracts/client-work/my-work';
import { useCurrentUser } from '../../Shell';
import { myWorkApi, myWorkKeys } from './api';
import { myWorkMessages } from './messages';
import '../plan/plan.css';

function useManagedUnits() {
  const me = useCurrentUser();
  return me.units.filter((u) => u.permittedActions.includes('unit.overview.read'));
}

/** /app/unit-overview: opens the first unit the user manages. */
export function UnitOverviewRedirect() {
  const units = useManagedUnits();
  const t = useT(myWorkMessages);
  if (!units.length) return <p>{t.noUnit}</p>;
  return <Navigate to={`/app/units/${units[0].unitId}/overview`} replace />;
}

export default function UnitOverviewPage() {
  const { unitId = '' } = useParams();
  const t = useT(myWorkMessages);
  const navigate = useNavigate();
  const units = useManagedUnits();
  const data = useQuery({ queryKey: myWorkKeys.overview(unitId), queryFn: () => myWorkApi.overview(unitId) });
  const counts: [keyof Overview['totals'], string][] = [
    ['activeClients', t.activeClients],
    ['withoutNamedWorker', t.withoutNamedWorker],
    ['withoutCurrentPlan', t.withoutCurrentPlan],
    ['plansPastReview', t.plansPastReview],
    ['assessmentsPastDeadline', t.assessmentsPastDeadline],
    ['meetingsOverdue', t.meetingsOverdue],
  ];
  const row = (name: string, c: Counts, key: string) => (
    <tr key={key} data-qa="overview-worker">
      <th scope="row">{name}</th>
      <td>{c.clients}</td>
      <td>{c.withoutCurrentPlan}</td>
      <td>{c.plansPastReview}</td>
      <td>{c.assessmentsPastDeadline}</td>
      <td>{c.meetingsOverdue}</td>
    </tr>
  );
  return (
    <>
      <h1>
        {t.overviewTitle}
        {data.data ? `: ${data.data.unitName}` : ''}
      </h1>
      {units.length > 1 && (
        <div className="narrow">
          <SelectField
            id="overview-unit"
            qa="overview-unit"
            label={t.unit}
            value={unitId}
            onChange={(id) => navigate(`/app/units/${id}/overview`)}
            options={units.map((u) => ({ value: u.unitId, label: u.unitName }))}
          />
        </div>
      )}
      {data.isPending ? (
        <Loading />
      ) : data.error ? (
        <ErrorState error={data.error} onRetry={() => void data.refetch()} />
      ) : (
        <>
          <ul className="count-grid" data-qa="overview-totals">
            {counts.map(([k, label]) => (
              <li key={k} data-count={k} data-qa={`count-${k}`}>
                <span className="count-number">{data.data.totals[k]}</span>
                {label}
              </li>
            ))}
          </ul>
          <h2>{t.perWorker}</h2>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t.perWorker}>
            <table className="data" data-qa="overview-workers">
              <thead>
                <tr>
                  <th scope="col">{t.worker}</th>
                  <th scope="col">{t.clientsCount}</th>
                  <th scope="col">{t.withoutCurrentPlan}</th>
                  <th scope="col">{t.plansPastReview}</th>
                  <th scope="col">{t.assessmentsPastDeadline}</th>
                  <th scope="col">{t.meetingsOverdue}</th>
                </tr>
              </thead>
              <tbody>
                {data.data.workers.map((w) => row(w.name, w, w.workerId))}
                {data.data.unassigned.clients > 0 && row(t.unassigned, data.data.unassigned, 'none')}
              </tbody>
            </table>
          </div>
        </>
      )}
    </>
  );
}
