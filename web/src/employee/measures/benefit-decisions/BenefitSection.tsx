// A client's income-support applications and decisions with processing times; registering and
// deciding show as the server's permittedActions allow.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import type { Application } from '../../../../../src/shared/contracts/measures/benefit-decisions';
import {
  APPLICATION_KINDS,
  OUTCOMES,
  type ApplicationKind,
  type Outcome,
} from '../../../../../src/shared/measures/vocabulary';
import { can } from '../../../lib/auth';
import { clock } from '../../../lib/clock';
import { CheckboxField, SelectField } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../lib/states';
import { m } from '../messages';
import { err, Field, Section } from '../ui';
import { applicationsKey, decide, fetchApplications, registerApplication } from './api';

export function BenefitSection({ clientId }: { clientId: string }) {
  const t = useT(m);
  const qc = useQueryClient();
  const key = applicationsKey(clientId);
  const apps = useQuery({ queryKey: key, queryFn: () => fetchApplications(clientId) });
  const writable = can(apps.data, 'benefitDecision.write');
  const [f, setF] = useState({
    kind: 'supplementary' as ApplicationKind,
    receivedDate: clock.today(),
    completeDate: clock.today(),
    urgent: false,
  });
  const create = useMutation({
    mutationFn: () => registerApplication(clientId, { ...f, completeDate: f.completeDate || null }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
  return (
    <Section id="benefit-title" title={t.applications} qa="benefit-decisions">
      {apps.isPending ? (
        <Loading />
      ) : apps.error ? (
        <ErrorState error={apps.error} onRetry={() => void apps.refetch()} />
      ) : apps.data.applications.length === 0 ? (
        <Empty>{t.noApplications}</Empty>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t.applications}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t.kind}</th>
                <th scope="col">{t.receivedDate}</th>
                <th scope="col">{t.completeDate}</th>
                <th scope="col">{t.dueDate}</th>
                <th scope="col">{t.decisionDate}</th>
                <th scope="col">{t.processingDays}</th>
                <th scope="col">{t.outcome}</th>
              </tr>
            </thead>
            <tbody>
              {apps.data.applications.map((a) => (
                <tr key={a.id} data-qa="application-row">
                  <td>
                    {t.kinds[a.kind]}
                    {a.urgent ? ` (${t.urgent})` : ''}
                  </td>
                  <td>{a.receivedDate}</td>
                  <td>{a.completeDate ?? '—'}</td>
                  <td>{a.dueDate ?? '—'}</td>
                  <td>{a.decisionDate ?? (writable ? <DecideForm clientId={clientId} application={a} /> : '—')}</td>
                  <td>
                    {a.processingDays ?? '—'} {a.late ? <strong className="badge">{t.late}</strong> : null}
                  </td>
                  <td>{a.outcome ? `${t.outcomes[a.outcome]} · ${a.decisionMakerName ?? ''}` : t.open}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {writable && (
        <details data-qa="application-form">
          <summary>{t.newApplication}</summary>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              create.mutate();
            }}
            noValidate
          >
            <SelectField
              id="ba-kind"
              qa="application-kind"
              label={t.kind}
              value={f.kind}
              onChange={(v) => setF({ ...f, kind: v as ApplicationKind })}
              options={APPLICATION_KINDS.map((k) => ({ value: k, label: t.kinds[k] }))}
            />
            <Field
              id="ba-received"
              qa="application-received"
              type="date"
              label={t.receivedDate}
              value={f.receivedDate}
              onChange={(v) => setF({ ...f, receivedDate: v })}
              error={err(create.error, 'receivedDate')}
              required
            />
            <Field
              id="ba-complete"
              qa="application-complete"
              type="date"
              label={t.completeDate}
              value={f.completeDate}
              onChange={(v) => setF({ ...f, completeDate: v })}
              error={err(create.error, 'completeDate')}
            />
            <CheckboxField
              id="ba-urgent"
              qa="application-urgent"
              label={t.urgent}
              checked={f.urgent}
              onChange={(v) => setF({ ...f, urgent: v })}
            />
            <MutationError error={create.error} />
            <Button type="submit" disabled={create.isPending} data-qa="application-save">
              {t.save}
            </Button>
          </form>
        </details>
      )}
    </Section>
  );
}

function DecideForm({ clientId, application: a }: { clientId: string; application: Application }) {
  const t = useT(m);
  const qc = useQueryClient();
  const [date, setDate] = useState(clock.today());
  const [outcome, setOutcome] = useState<Outcome>('granted');
  const [complete, setComplete] = useState(a.completeDate ?? '');
  const refresh = () => qc.invalidateQueries({ queryKey: applicationsKey(clientId) });
  const mutation = useMutation({
    mutationFn: () =>
      decide(clientId, a.id, {
        decisionDate: date,
        outcome,
        completeDate: complete || undefined,
        version: a.version,
      }),
    onSuccess: refresh,
  });
  const idp = `decide-${a.id.slice(0, 8)}`;
  return (
    <details data-qa="decide">
      <summary>{t.decide}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          mutation.mutate();
        }}
        noValidate
      >
        {!a.completeDate && (
          <Field
            id={`${idp}-complete`}
            qa="decide-complete"
            type="date"
            label={t.completeDate}
            value={complete}
            onChange={setComplete}
            error={err(mutation.error, 'completeDate')}
          />
        )}
        <Field
          id={`${idp}-date`}
          qa="decide-date"
          type="date"
          label={t.decisionDate}
          value={date}
          onChange={setDate}
          error={err(mutation.error, 'decisionDate')}
        />
        <SelectField
          id={`${idp}-outcome`}
          qa="decide-outcome"
          label={t.outcome}
          value={outcome}
          onChange={(v) => setOutcome(v as Outcome)}
          options={OUTCOMES.map((o) => ({ value: o, label: t.outcomes[o] }))}
        />
        <MutationError error={mutation.error} onReload={() => void refresh()} reloadLabel={t.reload} />
        <Button type="submit" disabled={mutation.isPending} data-qa="decide-save">
          {t.decide}
        </Button>
      </form>
    </details>
  );
}
