// Requests to other authorities (SHL 41 §): request → answer → contribution, each with a due date.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { api } from '../../../lib/api';
import { fieldError, FormActions, SelectField, TextField } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../lib/states';
import { SubmitRow } from './ClientForm';
import { cm } from './messages';
import type { AuthorityRequest } from './types';
import { DateField, fmtDate, TextAreaField, todayIso } from './ui';

const key = (clientId: string) => ['clients', clientId, 'authority-requests'] as const;

export default function AuthorityRequestsTab({ clientId }: { clientId: string }) {
  const t = useT(cm);
  const data = useQuery({
    queryKey: key(clientId),
    queryFn: () =>
      api.get<{ requests: AuthorityRequest[] }>(`/api/clients/${clientId}/authority-requests`).then((r) => r.requests),
  });
  const today = todayIso();
  return (
    <>
      <h2>{t.authorityRequests}</h2>
      <NewRequest clientId={clientId} />
      {data.isPending ? (
        <Loading />
      ) : data.error ? (
        <ErrorState error={data.error} onRetry={() => void data.refetch()} />
      ) : data.data.length === 0 ? (
        <Empty>{t.noRequests}</Empty>
      ) : (
        <ul className="record-list">
          {data.data.map((r) => (
            <li key={r.id}>
              <h3>
                {r.authority} · {t.purposes[r.purpose as keyof typeof t.purposes] ?? r.purpose}
              </h3>
              <p>
                <span
                  className={`status-pill${r.status === 'sent' && r.dueDate < today ? ' is-late' : r.status === 'contributed' ? ' is-ok' : ''}`}
                >
                  {t.requestStatus[r.status]}
                </span>{' '}
                · {t.sentOn} {fmtDate(r.sentOn)} · {t.dueDate} {fmtDate(r.dueDate)}
              </p>
              {r.requestText && <p>{r.requestText}</p>}
              {r.sharedInformation && (
                <p>
                  {t.sharedInformation}: {r.sharedInformation}
                </p>
              )}
              {r.answer && (
                <p>
                  {t.answer} ({fmtDate(r.answeredOn)}): {r.answer}
                </p>
              )}
              {r.contribution && (
                <p>
                  {t.contribution}: {r.contribution}
                </p>
              )}
              {(r.status === 'sent' || r.status === 'answered') && (
                <Progress key={r.version} clientId={clientId} r={r} />
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function Progress({ clientId, r }: { clientId: string; r: AuthorityRequest }) {
  const t = useT(cm);
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [answer, setAnswer] = useState(r.answer ?? '');
  const [answeredOn, setAnsweredOn] = useState(r.answeredOn ?? todayIso());
  const [contribution, setContribution] = useState('');
  const next = r.status === 'sent' ? 'answered' : 'contributed';
  const mutation = useMutation({
    mutationFn: (status: string) =>
      api.patch(
        `/api/clients/${clientId}/authority-requests/${r.id}`,
        status === 'cancelled'
          ? { version: r.version, status }
          : { version: r.version, status, answer, answeredOn, ...(status === 'contributed' ? { contribution } : {}) },
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: key(clientId) }),
  });
  const err = mutation.error;
  if (!open) {
    return (
      <FormActions>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {next === 'answered' ? t.recordAnswer : t.recordContribution}
        </Button>
        <Button variant="secondary" onClick={() => mutation.mutate('cancelled')} disabled={mutation.isPending}>
          {t.cancelRequest}
        </Button>
        <MutationError
          error={err}
          onReload={() => void qc.invalidateQueries({ queryKey: key(clientId) })}
          reloadLabel={t.reload}
        />
      </FormActions>
    );
  }
  return (
    <form
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        mutation.mutate(next);
      }}
      noValidate
    >
      {next === 'answered' ? (
        <>
          <TextAreaField
            id={`ar-answer-${r.id}`}
            label={t.answer}
            value={answer}
            onChange={setAnswer}
            error={fieldError(err, 'answer')}
            rows={3}
          />
          <DateField
            id={`ar-answered-${r.id}`}
            label={t.answeredOn}
            value={answeredOn}
            onChange={setAnsweredOn}
            error={fieldError(err, 'answeredOn')}
            required
          />
        </>
      ) : (
        <TextAreaField
          id={`ar-contribution-${r.id}`}
          label={t.contribution}
          value={contribution}
          onChange={setContribution}
          error={fieldError(err, 'contribution')}
          rows={3}
        />
      )}
      <MutationError
        error={err}
        onReload={() => void qc.invalidateQueries({ queryKey: key(clientId) })}
        reloadLabel={t.reload}
      />
      <SubmitRow label={t.save} pending={mutation.isPending} onCancel={() => setOpen(false)} />
    </form>
  );
}

function NewRequest({ clientId }: { clientId: string }) {
  const t = useT(cm);
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const empty = {
    authority: '',
    authorityKind: 'health',
    purpose: 'assessment',
    requestText: '',
    sharedInformation: '',
    sentOn: todayIso(),
    dueDate: '',
  };
  const [f, setF] = useState(empty);
  const mutation = useMutation({
    mutationFn: () =>
      api.post(`/api/clients/${clientId}/authority-requests`, { ...f, dueDate: f.dueDate || undefined }),
    onSuccess: async () => {
      setF(empty);
      setOpen(false);
      await qc.invalidateQueries({ queryKey: key(clientId) });
    },
  });
  const err = mutation.error;
  if (!open) {
    return (
      <p>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t.newRequest}
        </Button>
      </p>
    );
  }
  return (
    <section className="panel narrow" aria-labelledby="ar-new">
      <h3 id="ar-new">{t.newRequest}</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          mutation.mutate();
        }}
        noValidate
      >
        <TextField
          id="ar-authority"
          label={t.authority}
          value={f.authority}
          onChange={(v) => setF({ ...f, authority: v })}
          error={fieldError(err, 'authority')}
          required
        />
        <SelectField
          id="ar-kind"
          label={t.authorityKind}
          value={f.authorityKind}
          onChange={(v) => setF({ ...f, authorityKind: v })}
          options={Object.entries(t.kinds).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          id="ar-purpose"
          label={t.purpose}
          value={f.purpose}
          onChange={(v) => setF({ ...f, purpose: v })}
          options={Object.entries(t.purposes).map(([value, label]) => ({ value, label }))}
        />
        <TextAreaField
          id="ar-text"
          label={t.requestText}
          value={f.requestText}
          onChange={(v) => setF({ ...f, requestText: v })}
          error={fieldError(err, 'requestText')}
          rows={3}
        />
        <TextAreaField
          id="ar-shared"
          label={t.sharedInformation}
          value={f.sharedInformation}
          onChange={(v) => setF({ ...f, sharedInformation: v })}
          error={fieldError(err, 'sharedInformation')}
          rows={2}
        />
        <DateField
          id="ar-sent"
          label={t.sentOn}
          value={f.sentOn}
          onChange={(v) => setF({ ...f, sentOn: v })}
          error={fieldError(err, 'sentOn')}
          required
        />
        <DateField
          id="ar-due"
          label={t.dueDate}
          hint={t.dueHint}
          value={f.dueDate}
          onChange={(v) => setF({ ...f, dueDate: v })}
          error={fieldError(err, 'dueDate')}
        />
        <MutationError error={err} />
        <SubmitRow label={t.send} pending={mutation.isPending} onCancel={() => setOpen(false)} />
      </form>
    </section>
  );
}
