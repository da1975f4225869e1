// Income-support decisions: open applications by deadline, and for managers the processing-time
// and per-professional-group reports with CSV (the figures the reports used to count by hand).
import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { PROFESSIONAL_GROUPS } from '../../../../../src/shared/measures/vocabulary';
import { can } from '../../../lib/auth';
import { thisMonth } from '../../../lib/clock';
import { useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading } from '../../../lib/states';
import { useCurrentUser } from '../../Shell';
import { m } from '../messages';
import { Field, Section } from '../ui';
import {
  fetchOpen,
  fetchProcessingTimes,
  fetchProfessionalGroups,
  processingTimesCsvUrl,
  professionalGroupsCsvUrl,
} from './api';

function monthsAgo(n: number): string {
  const [y, mo] = thisMonth().split('-').map(Number);
  const d = new Date(Date.UTC(y, mo - 1 - n, 1));
  return d.toISOString().slice(0, 7);
}

export default function BenefitDecisionsPage() {
  const t = useT(m);
  const me = useCurrentUser();
  const open = useQuery({ queryKey: ['measures', 'benefit-open'], queryFn: fetchOpen });
  return (
    <>
      <h1>{t.benefitDecisions}</h1>
      <Section id="open-title" title={t.openApplications} qa="open-applications">
        {open.isPending ? (
          <Loading />
        ) : open.error ? (
          <ErrorState error={open.error} onRetry={() => void open.refetch()} />
        ) : open.data.length === 0 ? (
          <Empty>{t.noOpen}</Empty>
        ) : (
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t.openApplications}>
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t.client}</th>
                  <th scope="col">{t.kind}</th>
                  <th scope="col">{t.receivedDate}</th>
                  <th scope="col">{t.completeDate}</th>
                  <th scope="col">{t.dueDate}</th>
                  <th scope="col">{t.processingDays}</th>
                </tr>
              </thead>
              <tbody>
                {open.data.map((a) => (
                  <tr key={a.id} data-qa="open-application">
                    <td>
                      <Link to={`/app/measures/clients/${a.clientId}`}>{a.clientName}</Link>
                    </td>
                    <td>
                      {t.kinds[a.kind]}
                      {a.urgent ? ` (${t.urgent})` : ''}
                    </td>
                    <td>{a.receivedDate}</td>
                    <td>{a.completeDate ?? '—'}</td>
                    <td>{a.dueDate ?? '—'}</td>
                    <td>
                      {a.processingDays ?? '—'} {a.late ? <strong className="badge">{t.late}</strong> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Section>
      {can(me, 'benefitDecision.report.read') && <Reports />}
    </>
  );
}

function Reports() {
  const t = useT(m);
  const [from, setFrom] = useState(monthsAgo(5));
  const [to, setTo] = useState(thisMonth());
  const ok = /^\d{4}-\d{2}$/.test(from) && /^\d{4}-\d{2}$/.test(to);
  const pt = useQuery({
    queryKey: ['measures', 'pt', from, to],
    queryFn: () => fetchProcessingTimes(from, to),
    enabled: ok,
  });
  const pg = useQuery({
    queryKey: ['measures', 'pg', from, to],
    queryFn: () => fetchProfessionalGroups(from, to),
    enabled: ok,
  });
  return (
    <Section id="reports-title" title={t.reports} qa="benefit-reports">
      <div className="form-row narrow">
        <Field id="report-from" qa="report-from" type="month" label={t.from} value={from} onChange={setFrom} />
        <Field id="report-to" qa="report-to" type="month" label={t.to} value={to} onChange={setTo} />
      </div>
      <h3 data-qa="processing-times-title">{t.processingTimes}</h3>
      {!ok ? null : pt.isPending ? (
        <Loading />
      ) : pt.error ? (
        <ErrorState error={pt.error} onRetry={() => void pt.refetch()} />
      ) : pt.data.months.every((mo) => mo.decisions === 0) ? (
        <Empty />
      ) : (
        <div
          className="table-wrap"
          tabIndex={0}
          role="region"
          aria-label={t.processingTimes}
          data-qa="processing-times"
        >
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t.month}</th>
                <th scope="col">{t.decisions}</th>
                <th scope="col">{t.withinLimit}</th>
                <th scope="col">{t.late}</th>
                <th scope="col">{t.share}</th>
                <th scope="col">{t.median}</th>
                {pt.data.buckets.map((b) => (
                  <th scope="col" key={b}>
                    {b}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {pt.data.months.map((mo) => (
                <tr key={mo.month}>
                  <th scope="row">{mo.month}</th>
                  <td>{mo.decisions}</td>
                  <td>{mo.withinLimit}</td>
                  <td>{mo.late}</td>
                  <td>{mo.shareWithinLimit === null ? '—' : `${mo.shareWithinLimit} %`}</td>
                  <td>{mo.medianDays ?? '—'}</td>
                  {pt.data.buckets.map((b) => (
                    <td key={b}>{mo.distribution[b]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <a href={processingTimesCsvUrl(from, to)} download data-qa="report-csv">
          {t.downloadCsv}
        </a>
      </p>
      <h3>{t.byGroup}</h3>
      {!ok ? null : pg.isPending ? (
        <Loading />
      ) : pg.error ? (
        <ErrorState error={pg.error} onRetry={() => void pg.refetch()} />
      ) : (
        <>
          {!pg.data.meetingsCounted && <p>{t.meetingsNotCounted}</p>}
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t.byGroup} data-qa="professional-groups">
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t.month}</th>
                  {PROFESSIONAL_GROUPS.map((g) => (
                    <th scope="col" key={g}>
                      {t.profGroups[g]}: {t.decisions}
                      {pg.data.meetingsCounted ? ` / ${t.meetings}` : ''}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {pg.data.months.map((mo) => (
                  <tr key={mo.month}>
                    <th scope="row">{mo.month}</th>
                    {mo.groups.map((g) => (
                      <td key={g.group}>
                        {g.decisions}
                        {g.meetings !== null ? ` / ${g.meetings}` : ''}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <a href={professionalGroupsCsvUrl(from, to)} download data-qa="report-csv">
              {t.downloadCsv}
            </a>
          </p>
        </>
      )}
    </Section>
  );
}
