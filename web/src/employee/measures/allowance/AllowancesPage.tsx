// Monthly expense allowance (kulukorvaus) list for payment, with CSV export, and the manager's form
// for the organisation's rate.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { AllowanceSetting } from '../../../../../src/shared/contracts/measures/allowance';
import { can } from '../../../lib/auth';
import { thisMonth } from '../../../lib/clock';
import { EditPanel, useEditForm } from '../../../lib/editing';
import { TextField } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading } from '../../../lib/states';
import { useCurrentUser } from '../../Shell';
import { m } from '../messages';
import { eur, Field } from '../ui';
import {
  ALLOWANCE_SETTING_KEY,
  allowancesCsvUrl,
  allowancesKey,
  fetchAllowances,
  fetchSetting,
  saveSetting,
} from './api';

export default function AllowancesPage() {
  const t = useT(m);
  const me = useCurrentUser();
  const [month, setMonth] = useState(thisMonth());
  const valid = /^\d{4}-\d{2}$/.test(month);
  const list = useQuery({ queryKey: allowancesKey(month), queryFn: () => fetchAllowances(month), enabled: valid });
  return (
    <>
      <h1>{t.allowances}</h1>
      <div className="narrow">
        <Field
          id="allowance-month"
          qa="allowance-month"
          type="month"
          label={t.month}
          value={month}
          onChange={setMonth}
        />
      </div>
      {!valid ? null : list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <>
          <p data-qa="allowance-rate">{t.rate(eur(list.data.rateCents))}</p>
          {list.data.rows.length === 0 ? (
            <Empty>{t.noAllowances}</Empty>
          ) : (
            <div className="table-wrap" tabIndex={0} role="region" aria-label={t.allowances} data-qa="allowances">
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
                    <tr key={r.clientId} data-qa="allowance-row">
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
            <a href={allowancesCsvUrl(month)} download data-qa="allowance-csv">
              {t.downloadCsv}
            </a>
          </p>
        </>
      )}
      {can(me, 'workActivity.settings.manage') && <RateSection />}
    </>
  );
}

function RateSection() {
  const setting = useQuery({ queryKey: ALLOWANCE_SETTING_KEY, queryFn: fetchSetting });
  if (setting.isPending) return <Loading />;
  if (setting.error) return <ErrorState error={setting.error} onRetry={() => void setting.refetch()} />;
  return <RateForm setting={setting.data} reload={async () => (await setting.refetch()).data} />;
}

/** The manager sets the allowance per attended day for the organisation (whole cents); the edit
 *  sends the version it started from. */
function RateForm({
  setting,
  reload,
}: {
  setting: AllowanceSetting;
  reload: () => Promise<AllowanceSetting | undefined>;
}) {
  const t = useT(m);
  const qc = useQueryClient();
  const form = useEditForm({
    idPrefix: 'rate',
    initial: { euros: eur(setting.allowanceCents) },
    save: ({ euros }) => {
      const cents = Math.round(Number(euros.replace(',', '.')) * 100);
      return saveSetting({ allowanceCents: Number.isFinite(cents) ? cents : -1, version: setting.version });
    },
    onSaved: async () => {
      await qc.invalidateQueries({ queryKey: ['measures'] });
    },
  });
  return (
    <EditPanel
      title={t.rateTitle}
      form={form}
      submitLabel={t.save}
      onReload={() => void reload().then((fresh) => fresh && form.reset({ euros: eur(fresh.allowanceCents) }))}
      qa="rate-form"
    >
      <TextField
        id={form.id('allowanceCents')}
        qa="rate-euros"
        label={t.rateEuros}
        value={form.values.euros}
        onChange={(euros) => form.set('euros', euros)}
        error={form.error('allowanceCents')}
        inputMode="text"
      />
    </EditPanel>
  );
}
