// The work activity provider's page (`/app/provider`): a workshop supervisor signed in with a
// provider account sees its own participants (first name + last-name initial, from the server)
// and records each day as present with hours, or absent with a reason. The server checks the
// provider link on every call; an absence creates the counsellor's task there.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { api, query } from '../../lib/api';
import { SelectField, TextField } from '../../lib/forms';
import { useT } from '../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../lib/states';
import { fetchProviderMe, PROVIDER_ME_KEY } from './provider-api';
import { pm } from './provider-messages';
import { err, Field, thisMonth, today } from './ui';

type AbsenceReason = 'sick' | 'own-matter' | 'unannounced' | 'other';
const REASONS: AbsenceReason[] = ['sick', 'own-matter', 'unannounced', 'other'];

interface PortalAgreement {
  id: string;
  providerName: string;
  participant: string;
  startDate: string;
  endDate: string;
  daysPerWeek: number;
  hoursPerDay: number;
  tasks: string | null;
  status: 'active' | 'ended';
}

interface PortalAttendance {
  id: string;
  day: string;
  attended: boolean;
  hours: number;
  absenceReason: AbsenceReason | null;
  version: number;
}

export default function ProviderPage() {
  const t = useT(pm);
  const me = useQuery({ queryKey: PROVIDER_ME_KEY, queryFn: fetchProviderMe });
  const agreements = useQuery({
    queryKey: ['work-activity', 'provider', 'agreements'],
    queryFn: () =>
      api.get<{ agreements: PortalAgreement[] }>('/api/work-activity/provider/agreements').then((r) => r.agreements),
    enabled: !!me.data?.providers.length,
  });

  let body;
  if (me.isPending) body = <Loading />;
  else if (me.error) body = <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  else if (me.data.providers.length === 0) body = <Empty>{t.notProvider}</Empty>;
  else
    body = (
      <>
        <p>{t.intro(me.data.providers.map((p) => p.name).join(', '))}</p>
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
    <article className="panel" aria-labelledby={`${idp}-name`} data-testid="provider-agreement">
      <h2 id={`${idp}-name`}>{a.participant}</h2>
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
  const d = today();
  return d < a.startDate ? a.startDate : d > a.endDate ? a.endDate : d;
}

function Attendance({ agreement: a, idp }: { agreement: PortalAgreement; idp: string }) {
  const t = useT(pm);
  const qc = useQueryClient();
  const [month, setMonth] = useState(a.endDate.slice(0, 7) < thisMonth() ? a.endDate.slice(0, 7) : thisMonth());
  const base = `/api/work-activity/provider/agreements/${a.id}/attendance`;
  const rows = useQuery({
    queryKey: ['work-activity', 'provider', 'attendance', a.id, month],
    queryFn: () => api.get<{ attendance: PortalAttendance[] }>(`${base}${query({ month })}`).then((r) => r.attendance),
  });

  const [day, setDay] = useState(clampDay(a));
  const [present, setPresent] = useState('yes');
  const [hours, setHours] = useState(String(a.hoursPerDay).replace('.', ','));
  const [reason, setReason] = useState<string>('sick');
  const [local, setLocal] = useState<{ day?: string; hours?: string }>({});
  const [saved, setSaved] = useState<string | null>(null);

  const record = useMutation({
    mutationFn: async (input: { day: string; attended: boolean; hours: number; absenceReason: string | null }) => {
      // A day recorded before is changed with its version (the server answers 409 if stale).
      const existing = await api
        .get<{ attendance: PortalAttendance[] }>(`${base}${query({ month: input.day.slice(0, 7) })}`)
        .then((r) => r.attendance.find((x) => x.day === input.day));
      return api.put(`${base}/${input.day}`, {
        attended: input.attended,
        hours: input.hours,
        absenceReason: input.absenceReason,
        version: existing?.version,
      });
    },
    onSuccess: async (_r, input) => {
      setSaved(input.day);
      if (input.day.slice(0, 7) !== month) setMonth(input.day.slice(0, 7));
      await qc.invalidateQueries({ queryKey: ['work-activity', 'provider', 'attendance', a.id] });
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
      <Field id={`${idp}-month`} type="month" label={t.month} value={month} onChange={setMonth} />
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
                <tr key={r.id}>
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
        <form onSubmit={submit} noValidate aria-label={t.recordFor(a.participant)} className="mt-s">
          <Field
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
              label={t.reason}
              value={reason}
              onChange={setReason}
              options={REASONS.map((r) => ({ value: r, label: t.reasons[r] }))}
              error={err(record.error, 'absenceReason')}
            />
          )}
          <MutationError
            error={record.error}
            onReload={() =>
              void qc
                .invalidateQueries({ queryKey: ['work-activity', 'provider', 'attendance', a.id] })
                .then(() => record.reset())
            }
            reloadLabel={t.reload}
          />
          <p role="status" aria-live="polite">
            {saved ? t.saved(saved) : ''}
          </p>
          <Button type="submit" disabled={record.isPending}>
            {t.record}
          </Button>
        </form>
      )}
    </>
  );
}
