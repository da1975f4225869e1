// Monthly expense allowance (kulukorvaus) list for payment, with CSV export.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { api, query } from '../../lib/api';
import { can } from '../../lib/auth';
import { useT } from '../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../lib/states';
import { useCurrentUser } from '../Shell';
import { m } from './messages';
import { err, eur, Field, Section, thisMonth } from './ui';

interface AllowanceList {
  month: string;
  rateCents: number;
  totalCents: number;
  rows: { clientId: string; clientName: string; attendedDays: number; hours: number; cents: number }[];
}

export default function AllowancesPage() {
  const t = useT(m);
  const me = useCurrentUser();
  const [month, setMonth] = useState(thisMonth());
  const valid = /^\d{4}-\d{2}$/.test(month);
  const list = useQuery({
    queryKey: ['measures', 'allowances', month],
    queryFn: () => api.get<AllowanceList>(`/api/work-activity/allowances${query({ month })}`),
    enabled: valid,
  });
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
      {can(me, 'workActivity.settings.manage') && <RateForm />}
    </>
  );
}

/** The manager sets the allowance per attended day for the organisation (whole cents). */
function RateForm() {
  const t = useT(m);
  const qc = useQueryClient();
  const setting = useQuery({
    queryKey: ['measures', 'allowance-setting'],
    queryFn: () => api.get<{ allowanceCents: number; version: number }>('/api/work-activity/settings'),
  });
  const [value, setValue] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => {
      const cents = Math.round(Number((value ?? '').replace(',', '.')) * 100);
      return api.put('/api/work-activity/settings', {
        allowanceCents: Number.isFinite(cents) ? cents : -1,
        version: setting.data!.version,
      });
    },
    onSuccess: async () => {
      setValue(null);
      await qc.invalidateQueries({ queryKey: ['measures'] });
    },
  });
  return (
    <Section id="rate-title" title={t.rateTitle}>
      {setting.isPending ? (
        <Loading />
      ) : setting.error ? (
        <ErrorState error={setting.error} onRetry={() => void setting.refetch()} />
      ) : (
        <form
          className="narrow"
          onSubmit={(e) => {
            e.preventDefault();
            save.mutate();
          }}
          noValidate
        >
          <Field
            id="rate-eur"
            label={t.rateEuros}
            value={value ?? eur(setting.data.allowanceCents)}
            onChange={setValue}
            error={err(save.error, 'allowanceCents')}
          />
          <MutationError
            error={save.error}
            onReload={() => void setting.refetch().then(() => save.reset())}
            reloadLabel={t.reload}
          />
          <Button type="submit" variant="secondary" disabled={save.isPending || value === null}>
            {t.save}
          </Button>
        </form>
      )}
    </Section>
  );
}
