// The work activity provider's page (`/app/provider`): a workshop supervisor signed in with a
// provider account sees its own participants (first name + last-name initial, from the server)
// and records each day as present with hours, or absent with a reason. The server checks the
// provider link on every call; an absence creates the counsellor's task there.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import type { PortalAgreement } from '../../../../../src/shared/contracts/measures/provider-portal';
import { ABSENCE_REASONS, type AbsenceReason } from '../../../../../src/shared/measures/vocabulary';
import { clock, thisMonth } from '../../../lib/clock';
import { SelectField, TextField } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../lib/states';
import { err, Field } from '../ui';
import {
  fetchAgreements,
  fetchAttendance,
  fetchProviderMe,
  PROVIDER_AGREEMENTS_KEY,
  PROVIDER_ME_KEY,
  providerAttendanceKey,
  recordDay,
} from './api';
import { pm } from './messages';

export default function ProviderPage() {
  const t = useT(pm);
  const me = useQuery({ queryKey: PROVIDER_ME_KEY, queryFn: fetchProviderMe });
  const agreements = useQuery({
    queryKey: PROVIDER_AGREEMENTS_KEY,
    queryFn: fetchAgreements,
    enabled: !!me.data?.providers.length,
  });

  let body;
  if (me.isPending) body = <Loading />;
  else if (me.error) body = <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  else if (me.data.providers.length === 0) body = <Empty>{t.notProvider}</Empty>;
  else
    body = (
      <>
        <p data-qa="provider-intro">{t.intro(me.data.providers.map((p) => p.name).join(', '))}</p>
        {agreements.isPending ? (
          <Loading />
        ) : agreements.error ? (
          <ErrorState error={agreements.error} onRetry={() => void agreements.refetch()} />
        ) : agreements.data.length === 0 ? (
          <Empty>{t.noAgreements}</Empty>
        ) : (
          <ul className="provider-agreements" style={{ listStyle: 'none', padding: 0 }}>
            {agreements.data.map((a) => (
              <li key={a.id}>
                <AgreementCard agreement={a} showProvider={me.data.providers.length > 1} />
              </li>
            ))}
          </ul>
        )}
      </>
    );

  return (
    <>
      <h1>{t.title}</h1>
      {body}
    </>
  );
}

function AgreementCard({ agreement: a, showProvider }: { agreement: PortalAgreement; showProvider: boolean }) {
  const t = useT(pm);
  const idp = `pa-${a.id.slice(0, 8)}`;
  return (
    <article className="panel" aria-labelledby={`${idp}-name`} data-qa="provider-agreement">
      <h2 id={`${idp}-name`} data-qa="participant">
        {a.participant}
      </h2>
      <dl className="facts">
        {showProvider && (
          <>
            <dt>{t.title}</dt>
            <dd>{a.providerName}</dd>
          </>
        )}
        <dt>{t.period}</dt>
        <dd>
          {a.startDate} – {a.endDate} ({a.status === 'active' ? t.active : t.ended})
        </dd>
        <dd>{t.schedule(a.daysPerWeek, a.hoursPerDay)}</dd>
        {a.tasks && (
          <>
            <dt>{t.tasks}</dt>
            <dd>{a.tasks}</dd>
          </>
        )}
      </dl>
      <Attendance agreement={a} idp={idp} />
    </article>
  );
}

function clampDay(a: PortalAgreement): string {
  const d = clock.today();
  return d < a.startDate ? a.startDate : d > a.endDate ? a.endDate : d;
}

function Attendance({ agreement: a, idp }: { agreement: PortalAgreement; idp: string }) {
  const t = useT(pm);
  const qc = useQueryClient();
  const [month, setMonth] = useState(a.endDate.slice(0, 7) < thisMonth() ? a.endDate.slice(0, 7) : thisMonth());
  const rows = useQuery({
    queryKey: providerAttendanceKey(a.id, month),
    queryFn: () => fetchAttendance(a.id, month),
  });

  const [day, setDay] = useState(clampDay(a));
  const [present, setPresent] = useState('yes');
  const [hours, setHours] = useState(String(a.hoursPerDay).replace('.', ','));
  const [reason, setReason] = useState<AbsenceReason>('sick');
  const [local, setLocal] = useState<{ day?: string; hours?: string }>({});
  const [saved, setSaved] = useState<string | null>(null);

  const record = useMutation({
    mutationFn: async (input: {
      day: string;
      attended: boolean;
      hours: number;
      absenceReason: AbsenceReason | null;
    }) => {
      // A day recorded before is changed with its version (the server answers 409 if stale).
      const existing = (await fetchAttendance(a.id, input.day.slice(0, 7))).find((x) => x.day === input.day);
      return recordDay(a.id, input.day, {
        attended: input.attended,
        hours: input.hours,
        absenceReason: input.absenceReason,
        version: existing?.version,
      });
    },
    onSuccess: async (_r, input) => {
      setSaved(input.day);
      if (input.day.slice(0, 7) !== month) setMonth(input.day.slice(0, 7));
      await qc.invalidateQueries({ queryKey: providerAttendanceKey(a.id) });
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(null);
    const attended = present === 'yes';
    const h = Number(hours.replace(',', '.').trim());
    const errors: typeof local = {};
    if (!day) errors.day = t.dayMissing;
    if (attended && (!hours.trim() || !Number.isFinite(h) || h < 0.5 || h > 12 || (h * 2) % 1 !== 0))
      errors.hours = t.hoursInvalid;
    setLocal(errors);
    if (errors.day || errors.hours) {
      document.getElementById(errors.day ? `${idp}-day` : `${idp}-hours`)?.focus();
      return;
    }
    record.mutate({ day, attended, hours: attended ? h : 0, absenceReason: attended ? null : reason });
  };

  return (
    <>
      <h3>{t.attendance}</h3>
      <Field id={`${idp}-month`} qa="provider-month" type="month" label={t.month} value={month} onChange={setMonth} />
      {rows.isPending ? (
        <Loading />
      ) : rows.error ? (
        <ErrorState error={rows.error} onRetry={() => void rows.refetch()} />
      ) : rows.data.length === 0 ? (
        <Empty>{t.noAttendance}</Empty>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={`${t.attendance}: ${a.participant}`}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t.day}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">{t.hours}</th>
                <th scope="col">{t.reason}</th>
              </tr>
            </thead>
            <tbody>
              {rows.data.map((r) => (
                <tr
                  key={r.id}
                  data-qa="provider-attendance-row"
                  data-day={r.day}
                  data-attended={r.attended}
                  data-hours={r.hours}
                  data-reason={r.absenceReason ?? ''}
                >
                  <td>{r.day}</td>
                  <td>{r.attended ? t.present : t.absent}</td>
                  <td>{r.attended ? String(r.hours).replace('.', ',') : ''}</td>
                  <td>{r.absenceReason ? t.reasons[r.absenceReason] : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {a.status === 'active' && (
        <form
          onSubmit={submit}
          noValidate
          aria-label={t.recordFor(a.participant)}
          className="mt-s"
          data-qa="provider-attendance-form"
        >
          <Field
            qa="provider-day"
            id={`${idp}-day`}
            type="date"
            label={t.day}
            value={day}
            onChange={setDay}
            error={local.day ?? err(record.error, 'day')}
            min={a.startDate}
            max={a.endDate}
            required
          />
          <SelectField
            id={`${idp}-present`}
            qa="provider-present"
            label={t.status}
            value={present}
            onChange={setPresent}
            options={[
              { value: 'yes', label: t.present },
              { value: 'no', label: t.absent },
            ]}
          />
          {present === 'yes' ? (
            <TextField
              id={`${idp}-hours`}
              qa="provider-hours"
              label={t.hours}
              hint={t.hoursHint}
              value={hours}
              onChange={setHours}
              inputMode="text"
              error={local.hours ?? err(record.error, 'hours')}
            />
          ) : (
            <SelectField
              id={`${idp}-reason`}
              qa="provider-reason"
              label={t.reason}
              value={reason}
              onChange={(v) => setReason(v as AbsenceReason)}
              options={ABSENCE_REASONS.map((r) => ({ value: r, label: t.reasons[r] }))}
              error={err(record.error, 'absenceReason')}
            />
          )}
          <MutationError
            error={record.error}
            onReload={() =>
              void qc.invalidateQueries({ queryKey: providerAttendanceKey(a.id) }).then(() => record.reset())
            }
            reloadLabel={t.reload}
          />
          <p role="status" aria-live="polite" data-qa="provider-saved">
            {saved ? t.saved(saved) : ''}
          </p>
          <Button type="submit" disabled={record.isPending} data-qa="provider-record">
            {t.record}
          </Button>
        </form>
      )}
    </>
  );
}
