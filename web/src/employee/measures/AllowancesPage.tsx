// Monthly expense allowance (kulukorvaus) list for payment, with CSV export.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { Empty, ErrorState, Loading } from '../../lib/states';
import { m } from './messages';
import { eur, Field, thisMonth } from './ui';

interface AllowanceList {
  month: string;
  rateCents: number;
  totalCents: number;
  rows: { clientId: string; clientName: string; attendedDays: number; hours: number; cents: number }[];
}

export default function AllowancesPage() {
  const t = useT(m);
  const [month, setMonth] = useState(thisMonth());
  const valid = /^\d{4}-\d{2}$/.test(month);
  const list = useQuery({ queryKey: ['measures', 'allowances', month], queryFn: () => api.get<AllowanceList>(`/api/work-activity/allowances${query({ month })}`), enabled: valid });
  return (
    <>
      <h1>{t.allowances}</h1>
      <div className="narrow">
        <Field id="allowance-month" type="month" label={t.month} value={month} onChange={setMonth} />
      </div>
      {!valid ? null : list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <p>{t.rate(eur(list.data.rateCents))}</p>
          {list.data.rows.length === 0 ? (
            <Empty>{t.noAllowances}</Empty>
          ) : (
            <div className="table-wrap" tabIndex={0} role="region" aria-label={t.allowances}>
              <table className="data">
                <thead>
                  <tr>
                    <th scope="col">{t.client}</th>
                    <th scope="col">{t.attendedDays}</th>
                    <th scope="col">{t.hours}</th>
                    <th scope="col">{t.amount}</th>
                  </tr>
                </thead>
                <tbody>
                  {list.data.rows.map((r) => (
                    <tr key={r.clientId}>
                      <td>{r.clientName}</td>
                      <td>{r.attendedDays}</td>
                      <td>{r.hours}</td>
                      <td>{eur(r.cents)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">{t.total}</th>
                    <td>{list.data.rows.reduce((s, r) => s + r.attendedDays, 0)}</td>
                    <td />
                    <td>{eur(list.data.totalCents)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
          )}
          <p>
            <a href={`/api/work-activity/allowances.csv${query({ month })}`} download>
              {t.downloadCsv}
            </a>
          </p>
        </>
      )}
    </>
  );
}
