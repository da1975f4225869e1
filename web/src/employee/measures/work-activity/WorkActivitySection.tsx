// A client's rehabilitative work activity: the path (where the client is), steps, agreements and
// the attendance follow-up form. Forms and buttons show as the server's permittedActions allow.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import {
  ABSENCE_REASONS,
  PHASES,
  STEP_KINDS,
  type AbsenceReason,
  type EndReason,
  type Phase,
  type StepKind,
} from '../../../../../src/shared/measures/vocabulary';
import type { Agreement, WorkPath } from '../../../../../src/shared/contracts/measures/work-activity';
import { can } from '../../../lib/auth';
import { clock, thisMonth } from '../../../lib/clock';
import { SelectField } from '../../../lib/forms';
import { useLang, useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../lib/states';
import { m } from '../messages';
import { useProviders } from '../providers/api';
import { Area, err, Field, Section } from '../ui';
import {
  attendanceKey,
  fetchAttendance,
  fetchPaths,
  makeAgreement,
  markTeInformed,
  pathsKey,
  recordDay,
  recordStep,
  startPath,
} from './api';

export function WorkActivitySection({ clientId }: { clientId: string }) {
  const t = useT(m);
  const qc = useQueryClient();
  const paths = useQuery({ queryKey: pathsKey(clientId), queryFn: () => fetchPaths(clientId) });
  const start = useMutation({
    mutationFn: () => startPath(clientId),
    onSuccess: () => qc.invalidateQueries({ queryKey: pathsKey(clientId) }),
  });
  const writable = can(paths.data, 'workActivity.write');
  const hasOpen = paths.data?.paths.some((p) => p.status === 'open');
  return (
    <Section id="wa-title" title={t.workActivity} qa="work-activity">
      {paths.isPending ? (
        <Loading />
      ) : paths.error ? (
        <ErrorState error={paths.error} onRetry={() => void paths.refetch()} />
      ) : (
        <>
          {paths.data.paths.length === 0 && <Empty>{t.noPaths}</Empty>}
          {paths.data.paths.map((p) => (
            <PathView key={p.id} clientId={clientId} path={p} writable={writable} />
          ))}
          {writable && !hasOpen && (
            <>
              <MutationError error={start.error} />
              <Button onClick={() => start.mutate()} disabled={start.isPending} data-qa="start-path">
                {t.startPath}
              </Button>
            </>
          )}
        </>
      )}
    </Section>
  );
}

function PhaseBar({ phase }: { phase: Phase | null }) {
  const t = useT(m);
  const reached = phase ? PHASES.indexOf(phase) : -1;
  return (
    <ol className="phase-bar" aria-label={t.phase}>
      {PHASES.map((p, i) => (
        <li
          key={p}
          aria-current={i === reached ? 'step' : undefined}
          className={i <= reached ? 'is-reached' : undefined}
        >
          {i === reached ? <strong>{t.phases[p]}</strong> : t.phases[p]}
        </li>
      ))}
    </ol>
  );
}

function PathView({ clientId, path, writable }: { clientId: string; path: WorkPath; writable: boolean }) {
  const t = useT(m);
  return (
    <article className="card" aria-label={t.path} data-qa="wa-path">
      <p>
        {t.phase}:{' '}
        <strong data-qa="wa-phase" data-phase={path.phase ?? ''}>
          {path.phase ? t.phases[path.phase] : t.phases.none}
        </strong>
        {path.counsellorName ? ` · ${path.counsellorName}` : ''}
      </p>
      <PhaseBar phase={path.phase} />
      {path.steps.length > 0 && (
        <ul>
          {path.steps.map((s) => (
            <li key={s.id}>
              {s.date} — {t.stepKinds[s.kind]}
              {s.participants ? ` (${s.participants})` : ''}
            </li>
          ))}
        </ul>
      )}
      <h3>{t.agreements}</h3>
      {path.agreements.length === 0 ? (
        <Empty>—</Empty>
      ) : (
        path.agreements.map((a) => <AgreementView key={a.id} clientId={clientId} agreement={a} writable={writable} />)
      )}
      {writable && path.status === 'open' && (
        <>
          {path.steps.some((s) => s.kind === 'activation-plan') && (
            <AgreementForm clientId={clientId} pathId={path.id} />
          )}
          <StepForm clientId={clientId} path={path} />
        </>
      )}
    </article>
  );
}

function StepForm({ clientId, path }: { clientId: string; path: WorkPath }) {
  const t = useT(m);
  const { lang } = useLang();
  const qc = useQueryClient();
  const providers = useProviders();
  const [kind, setKind] = useState<StepKind>(
    path.steps.length === 0
      ? 'situation-assessment'
      : path.agreements.length
        ? 'interim-evaluation'
        : 'activation-plan',
  );
  const initial = () => ({
    date: clock.today(),
    rating: '3',
    decision: 'continue',
    endType: 'ended',
    reasonCode: 'completed',
  });
  const [f, setF] = useState<Record<string, string>>(initial);
  const set = (k: string) => (v: string) => setF((prev) => ({ ...prev, [k]: v }));
  const [saved, setSaved] = useState(false);
  const goal = path.agreements[0]?.goals ?? '';
  const mutation = useMutation({
    mutationFn: () => {
      const base = { date: f.date, participants: f.participants || null };
      switch (kind) {
        case 'situation-assessment':
          return recordStep(clientId, path.id, { kind, ...base, summary: f.summary ?? '' });
        case 'activation-plan':
          return recordStep(clientId, path.id, {
            kind,
            date: f.date,
            employmentWorker: f.employmentWorker ?? '',
            workPlanner: f.workPlanner || null,
            need: f.need ?? '',
            suitablePlacement: f.suitablePlacement ?? '',
          });
        case 'evaluation-visit':
          return recordStep(clientId, path.id, {
            kind,
            date: f.date,
            supervisor: f.supervisor || null,
            notes: f.notes ?? '',
          });
        case 'interim-evaluation':
          return recordStep(clientId, path.id, {
            kind,
            ...base,
            feedback: f.feedback ?? '',
            selfAssessment: [{ goal: f.goal || goal, rating: Number(f.rating) }],
            decision: f.decision as 'continue' | 'stop',
          });
        case 'end':
          return recordStep(clientId, path.id, {
            kind,
            ...base,
            endType: f.endType as 'ended' | 'interrupted',
            reasonCode: f.reasonCode as EndReason,
            finalEvaluation: f.finalEvaluation ?? '',
            followOnPlan: f.followOnPlan ?? '',
          });
      }
    },
    onSuccess: async () => {
      setSaved(true);
      setF(initial());
      await qc.invalidateQueries({ queryKey: pathsKey(clientId) });
    },
  });
  const e = mutation.error;
  const id = (k: string) => `step-${k}`;
  const submit = (ev: FormEvent) => {
    ev.preventDefault();
    setSaved(false);
    mutation.mutate();
  };
  return (
    <form onSubmit={submit} noValidate className="mt-s" aria-labelledby="step-form-title" data-qa="step-form">
      <h3 id="step-form-title">{t.addStep}</h3>
      <SelectField
        id={id('kind')}
        qa="step-kind"
        label={t.stepKind}
        value={kind}
        onChange={(v) => setKind(v as StepKind)}
        options={STEP_KINDS.map((k) => ({ value: k, label: t.stepKinds[k] }))}
        error={err(e, 'kind')}
      />
      <Field
        id={id('date')}
        qa="step-date"
        type="date"
        label={t.date}
        value={f.date ?? ''}
        onChange={set('date')}
        error={err(e, 'date')}
        required
      />
      {kind === 'situation-assessment' && (
        <Area
          id={id('summary')}
          qa="step-summary"
          label={t.summary}
          value={f.summary ?? ''}
          onChange={set('summary')}
          error={err(e, 'summary')}
          required
        />
      )}
      {kind === 'activation-plan' && (
        <>
          <Field
            id={id('employmentWorker')}
            qa="step-employment-worker"
            label={t.employmentWorker}
            value={f.employmentWorker ?? ''}
            onChange={set('employmentWorker')}
            error={err(e, 'employmentWorker')}
            required
          />
          <Field
            id={id('workPlanner')}
            qa="step-work-planner"
            label={t.workPlanner}
            value={f.workPlanner ?? ''}
            onChange={set('workPlanner')}
          />
          <Area
            id={id('need')}
            qa="step-need"
            label={t.need}
            value={f.need ?? ''}
            onChange={set('need')}
            error={err(e, 'need')}
            required
          />
          <Area
            id={id('suitablePlacement')}
            qa="step-suitable-placement"
            label={t.suitablePlacement}
            value={f.suitablePlacement ?? ''}
            onChange={set('suitablePlacement')}
            error={err(e, 'suitablePlacement')}
            required
          />
        </>
      )}
      {kind === 'evaluation-visit' && (
        <>
          <Field
            id={id('supervisor')}
            qa="step-supervisor"
            label={t.supervisor}
            value={f.supervisor ?? ''}
            onChange={set('supervisor')}
          />
          <Area
            id={id('notes')}
            qa="step-notes"
            label={t.notes}
            value={f.notes ?? ''}
            onChange={set('notes')}
            error={err(e, 'notes')}
            required
          />
        </>
      )}
      {kind === 'interim-evaluation' && (
        <>
          <Area
            id={id('feedback')}
            qa="step-feedback"
            label={t.feedback}
            value={f.feedback ?? ''}
            onChange={set('feedback')}
            error={err(e, 'feedback')}
            required
          />
          <Field
            id={id('goal')}
            qa="step-goal"
            label={t.goal}
            value={f.goal ?? goal}
            onChange={set('goal')}
            error={err(e, 'selfAssessment.0.goal')}
          />
          <SelectField
            id={id('rating')}
            qa="step-rating"
            label={t.selfRating}
            value={f.rating}
            onChange={set('rating')}
            options={['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v }))}
          />
          <SelectField
            id={id('decision')}
            qa="step-decision"
            label={t.decision}
            value={f.decision}
            onChange={set('decision')}
            options={[
              { value: 'continue', label: t.continue },
              { value: 'stop', label: t.stop },
            ]}
          />
        </>
      )}
      {kind === 'end' && (
        <>
          <SelectField
            id={id('endType')}
            qa="step-end-type"
            label={t.endType}
            value={f.endType}
            onChange={set('endType')}
            options={[
              { value: 'ended', label: t.ended },
              { value: 'interrupted', label: t.interrupted },
            ]}
          />
          <SelectField
            id={id('reasonCode')}
            qa="step-reason"
            label={t.reasonCode}
            value={f.reasonCode}
            onChange={set('reasonCode')}
            options={(providers.data?.endReasons ?? []).map((r) => ({ value: r.code, label: r.label[lang] }))}
            error={err(e, 'reasonCode')}
          />
          <Area
            id={id('finalEvaluation')}
            qa="step-final-evaluation"
            label={t.finalEvaluation}
            value={f.finalEvaluation ?? ''}
            onChange={set('finalEvaluation')}
            error={err(e, 'finalEvaluation')}
            required
          />
          <Area
            id={id('followOnPlan')}
            qa="step-follow-on-plan"
            label={t.followOnPlan}
            value={f.followOnPlan ?? ''}
            onChange={set('followOnPlan')}
            error={err(e, 'followOnPlan')}
            required
          />
        </>
      )}
      {(kind === 'situation-assessment' || kind === 'interim-evaluation' || kind === 'end') && (
        <Field
          id={id('participants')}
          qa="step-participants"
          label={t.participants}
          value={f.participants ?? ''}
          onChange={set('participants')}
        />
      )}
      <MutationError error={e} />
      <div role="status">
        {saved && (
          <p className="success-message" data-qa="saved">
            {t.saved}
          </p>
        )}
      </div>
      <Button type="submit" disabled={mutation.isPending} data-qa="step-save">
        {t.save}
      </Button>
    </form>
  );
}

function AgreementForm({ clientId, pathId }: { clientId: string; pathId: string }) {
  const t = useT(m);
  const qc = useQueryClient();
  const providers = useProviders();
  const [f, setF] = useState<Record<string, string>>({ daysPerWeek: '3', hoursPerDay: '5' });
  const set = (k: string) => (v: string) => setF((prev) => ({ ...prev, [k]: v }));
  const mutation = useMutation({
    mutationFn: () =>
      makeAgreement(clientId, pathId, {
        providerId: f.providerId ?? '',
        startDate: f.startDate ?? '',
        endDate: f.endDate ?? '',
        daysPerWeek: Number(f.daysPerWeek),
        hoursPerDay: Number(f.hoursPerDay),
        goals: f.goals ?? '',
        tasks: f.tasks || null,
        interimEvaluationDate: f.interimEvaluationDate || null,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: pathsKey(clientId) }),
  });
  const e = mutation.error;
  const id = (k: string) => `agreement-${k}`;
  return (
    <details className="mt-s" data-qa="agreement-form">
      <summary data-qa="agreement-open">{t.newAgreement}</summary>
      <form
        onSubmit={(ev) => {
          ev.preventDefault();
          mutation.mutate();
        }}
        noValidate
      >
        {providers.error && <ErrorState error={providers.error} onRetry={() => void providers.refetch()} />}
        <SelectField
          id={id('provider')}
          qa="agreement-provider"
          label={t.provider}
          value={f.providerId ?? ''}
          onChange={set('providerId')}
          placeholder={t.chooseProvider}
          options={(providers.data?.providers ?? [])
            .filter((p) => p.isActive)
            .map((p) => ({ value: p.id, label: p.name }))}
          error={err(e, 'providerId')}
          required
        />
        <Field
          id={id('start')}
          qa="agreement-start"
          type="date"
          label={t.startDate}
          value={f.startDate ?? ''}
          onChange={set('startDate')}
          error={err(e, 'startDate')}
          required
        />
        <Field
          id={id('end')}
          qa="agreement-end"
          type="date"
          label={t.endDate}
          value={f.endDate ?? ''}
          onChange={set('endDate')}
          error={err(e, 'endDate')}
          required
        />
        <Field
          id={id('days')}
          qa="agreement-days"
          type="number"
          min="1"
          max="5"
          label={t.daysPerWeek}
          value={f.daysPerWeek}
          onChange={set('daysPerWeek')}
          error={err(e, 'daysPerWeek')}
          required
        />
        <Field
          id={id('hours')}
          qa="agreement-hours"
          type="number"
          min="4"
          max="8"
          step="0.5"
          label={t.hoursPerDay}
          value={f.hoursPerDay}
          onChange={set('hoursPerDay')}
          error={err(e, 'hoursPerDay')}
          required
        />
        <Area
          id={id('goals')}
          qa="agreement-goals"
          label={t.goals}
          value={f.goals ?? ''}
          onChange={set('goals')}
          error={err(e, 'goals')}
          required
        />
        <Area id={id('tasks')} qa="agreement-tasks" label={t.tasks} value={f.tasks ?? ''} onChange={set('tasks')} />
        <Field
          id={id('interim')}
          qa="agreement-interim"
          type="date"
          label={t.interimEvaluationDate}
          value={f.interimEvaluationDate ?? ''}
          onChange={set('interimEvaluationDate')}
          error={err(e, 'interimEvaluationDate')}
        />
        <MutationError error={e} />
        <Button type="submit" disabled={mutation.isPending} data-qa="agreement-save">
          {t.save}
        </Button>
      </form>
    </details>
  );
}

function clampToAgreement(a: Agreement): string {
  const today = clock.today();
  return today < a.startDate ? a.startDate : today > a.endDate ? a.endDate : today;
}

function AgreementView({
  clientId,
  agreement: a,
  writable,
}: {
  clientId: string;
  agreement: Agreement;
  writable: boolean;
}) {
  const t = useT(m);
  const qc = useQueryClient();
  const [month, setMonth] = useState(a.startDate.slice(0, 7) > thisMonth() ? a.startDate.slice(0, 7) : thisMonth());
  const rows = useQuery({
    queryKey: attendanceKey(a.id, month),
    queryFn: () => fetchAttendance(clientId, a.id, month),
  });
  const [day, setDay] = useState(() => clampToAgreement(a));
  const [attended, setAttended] = useState('yes');
  const [hours, setHours] = useState(String(a.hoursPerDay));
  const [reason, setReason] = useState<string>('sick');
  const refresh = async () => {
    await qc.invalidateQueries({ queryKey: attendanceKey(a.id) });
    await qc.invalidateQueries({ queryKey: pathsKey(clientId) });
  };
  const record = useMutation({
    mutationFn: () => {
      const existing = rows.data?.find((r) => r.day === day);
      return recordDay(clientId, a.id, day, {
        attended: attended === 'yes',
        hours: attended === 'yes' ? Number(hours) : 0,
        absenceReason: attended === 'yes' ? null : (reason as AbsenceReason),
        version: existing?.version,
      });
    },
    onSuccess: refresh,
  });
  const te = useMutation({ mutationFn: (id: string) => markTeInformed(clientId, id), onSuccess: refresh });
  const idp = `att-${a.id.slice(0, 8)}`;
  return (
    <div className="card mt-s" data-qa="agreement">
      <p>
        <strong>{a.providerName}</strong> · {a.startDate} – {a.endDate} · {a.daysPerWeek} × {a.hoursPerDay} h ·{' '}
        {t.statuses[a.status === 'active' ? 'active' : 'closed']}
      </p>
      <p>
        {t.goals}: {a.goals}
        {a.interimEvaluationDate ? ` · ${t.interimEvaluationDate}: ${a.interimEvaluationDate}` : ''}
      </p>
      <p
        data-qa="attendance-summary"
        data-attended-days={a.attendedDays}
        data-hours={a.attendedHours}
        data-absences={a.absences}
      >
        {t.attendedSummary(a.attendedDays, a.attendedHours, a.absences)}
      </p>
      <h4>{t.attendance}</h4>
      <Field id={`${idp}-month`} qa="attendance-month" type="month" label={t.month} value={month} onChange={setMonth} />
      {rows.isPending ? (
        <Loading />
      ) : rows.error ? (
        <ErrorState error={rows.error} onRetry={() => void rows.refetch()} />
      ) : rows.data.length === 0 ? (
        <Empty>{t.noAttendance}</Empty>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t.attendance}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t.day}</th>
                <th scope="col">{t.attended}</th>
                <th scope="col">{t.hours}</th>
                <th scope="col">{t.absenceReason}</th>
                <th scope="col">{t.teInformed}</th>
              </tr>
            </thead>
            <tbody>
              {rows.data.map((r) => (
                <tr
                  key={r.id}
                  data-qa="attendance-row"
                  data-day={r.day}
                  data-attended={r.attended}
                  data-te-informed={r.teInformedAt ?? ''}
                >
                  <td>{r.day}</td>
                  <td>{r.attended ? t.attended : t.absent}</td>
                  <td>{r.hours}</td>
                  <td>{r.absenceReason ? t.absenceReasons[r.absenceReason] : ''}</td>
                  <td data-qa="te-informed">
                    {r.attended ? (
                      ''
                    ) : r.teInformedAt ? (
                      r.teInformedAt.slice(0, 10)
                    ) : writable ? (
                      <button
                        type="button"
                        className="link-button"
                        onClick={() => te.mutate(r.id)}
                        disabled={te.isPending}
                        data-qa="mark-te-informed"
                      >
                        {t.markTeInformed}
                      </button>
                    ) : (
                      '—'
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <MutationError error={te.error} />
      {writable && a.status === 'active' && (
        <form
          onSubmit={(ev) => {
            ev.preventDefault();
            record.mutate();
          }}
          noValidate
          aria-label={t.recordDay}
          data-qa="attendance-form"
        >
          <Field
            id={`${idp}-day`}
            qa="attendance-day"
            type="date"
            label={t.day}
            value={day}
            onChange={setDay}
            error={err(record.error, 'day')}
            min={a.startDate}
            max={a.endDate}
          />
          <SelectField
            id={`${idp}-attended`}
            qa="attendance-attended"
            label={t.attended}
            value={attended}
            onChange={setAttended}
            options={[
              { value: 'yes', label: t.attended },
              { value: 'no', label: t.absent },
            ]}
          />
          {attended === 'yes' ? (
            <Field
              id={`${idp}-hours`}
              qa="attendance-hours"
              type="number"
              step="0.5"
              label={t.hours}
              value={hours}
              onChange={setHours}
              error={err(record.error, 'hours')}
            />
          ) : (
            <SelectField
              id={`${idp}-reason`}
              qa="attendance-reason"
              label={t.absenceReason}
              value={reason}
              onChange={setReason}
              options={ABSENCE_REASONS.map((r) => ({ value: r, label: t.absenceReasons[r] }))}
              error={err(record.error, 'absenceReason')}
            />
          )}
          <MutationError
            error={record.error}
            onReload={() => void refresh().then(() => record.reset())}
            reloadLabel={t.reload}
          />
          <Button type="submit" variant="secondary" disabled={record.isPending} data-qa="attendance-save">
            {t.recordDay}
          </Button>
        </form>
      )}
    </div>
  );
}
