// Requests to other authorities (SHL 41 §): request → answer → contribution, each with a due date.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import type {
  AuthorityKind,
  AuthorityRequest,
  AuthorityRequestStatus,
  RequestPurpose,
} from '../../../../../../src/shared/contracts/client-work/authority-requests';
import { fieldError, FormActions, SelectField, TextField } from '../../../../lib/forms';
import { useT } from '../../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../../lib/states';
import { SubmitRow } from '../ClientForm';
import { cm } from '../messages';
import { DateField, fmtDate, TextAreaField, todayIso, useClient } from '../ui';
import {
  authorityRequestsKey as key,
  fetchAuthorityRequests,
  sendAuthorityRequest,
  updateAuthorityRequest,
} from './api';

export default function AuthorityRequestsTab({ clientId }: { clientId: string }) {
  const t = useT(cm);
  const canWrite = !!useClient(clientId).data?.permittedActions.includes('authorityRequest.write');
  const data = useQuery({ queryKey: key(clientId), queryFn: () => fetchAuthorityRequests(clientId) });
  const today = todayIso();
  return (
    <>
      <h2>{t.authorityRequests}</h2>
      {canWrite && <NewRequest clientId={clientId} />}
      {data.isPending ? (
        <Loading />
      ) : data.error ? (
        <ErrorState error={data.error} onRetry={() => void data.refetch()} />
      ) : data.data.length === 0 ? (
        <Empty>{t.noRequests}</Empty>
      ) : (
        <ul className="record-list" data-qa="authority-requests">
          {data.data.map((r) => (
            <li key={r.id} data-qa="authority-request" data-status={r.status}>
              <h3>
                {r.authority} · {t.purposes[r.purpose]}
              </h3>
              <p>
                <span
                  data-qa="authority-request-status"
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
              {canWrite && (r.status === 'sent' || r.status === 'answered') && (
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
  const next: AuthorityRequestStatus = r.status === 'sent' ? 'answered' : 'contributed';
  const mutation = useMutation({
    mutationFn: (status: AuthorityRequestStatus) =>
      updateAuthorityRequest(
        clientId,
        r.id,
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
        <Button variant="secondary" onClick={() => setOpen(true)} data-qa="authority-request-progress">
          {next === 'answered' ? t.recordAnswer : t.recordContribution}
        </Button>
        <Button
          variant="secondary"
          onClick={() => mutation.mutate('cancelled')}
          disabled={mutation.isPending}
          data-qa="authority-request-cancel"
        >
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
      data-qa="authority-request-progress-form"
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
            qa="ar-answer"
          />
          <DateField
            id={`ar-answered-${r.id}`}
            label={t.answeredOn}
            value={answeredOn}
            onChange={setAnsweredOn}
            error={fieldError(err, 'answeredOn')}
            required
            qa="ar-answered"
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
          qa="ar-contribution"
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
    authorityKind: 'health' as AuthorityKind,
    purpose: 'assessment' as RequestPurpose,
    requestText: '',
    sharedInformation: '',
    sentOn: todayIso(),
    dueDate: '',
  };
  const [f, setF] = useState(empty);
  const mutation = useMutation({
    mutationFn: () => sendAuthorityRequest(clientId, { ...f, dueDate: f.dueDate || undefined }),
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
        <Button variant="secondary" onClick={() => setOpen(true)} data-qa="authority-request-new">
          {t.newRequest}
        </Button>
      </p>
    );
  }
  return (
    <section className="panel narrow" aria-labelledby="ar-new" data-qa="authority-request-form">
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
          qa="ar-authority"
        />
        <SelectField
          id="ar-kind"
          label={t.authorityKind}
          value={f.authorityKind}
          onChange={(v) => setF({ ...f, authorityKind: v as AuthorityKind })}
          options={Object.entries(t.kinds).map(([value, label]) => ({ value, label }))}
          qa="ar-kind"
        />
        <SelectField
          id="ar-purpose"
          label={t.purpose}
          value={f.purpose}
          onChange={(v) => setF({ ...f, purpose: v as RequestPurpose })}
          options={Object.entries(t.purposes).map(([value, label]) => ({ value, label }))}
          qa="ar-purpose"
        />
        <TextAreaField
          id="ar-text"
          label={t.requestText}
          value={f.requestText}
          onChange={(v) => setF({ ...f, requestText: v })}
          error={fieldError(err, 'requestText')}
          rows={3}
          qa="ar-text"
        />
        <TextAreaField
          id="ar-shared"
          label={t.sharedInformation}
          value={f.sharedInformation}
          onChange={(v) => setF({ ...f, sharedInformation: v })}
          error={fieldError(err, 'sharedInformation')}
          rows={2}
          qa="ar-shared"
        />
        <DateField
          id="ar-sent"
          label={t.sentOn}
          value={f.sentOn}
          onChange={(v) => setF({ ...f, sentOn: v })}
          error={fieldError(err, 'sentOn')}
          required
          qa="ar-sent"
        />
        <DateField
          id="ar-due"
          label={t.dueDate}
          hint={t.dueHint}
          value={f.dueDate}
          onChange={(v) => setF({ ...f, dueDate: v })}
          error={fieldError(err, 'dueDate')}
          qa="ar-due"
        />
        <MutationError error={err} />
        <SubmitRow label={t.send} pending={mutation.isPending} onCancel={() => setOpen(false)} />
      </form>
    </section>
  );
}
