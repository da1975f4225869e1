// Named worker (omatyöntekijä, SHL 42 §): assign, or record that none is needed or another worker
// is responsible, with the reason and the date the client was told. Every change stays in the log.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import type {
  NamedWorker,
  NamedWorkerData,
  NamedWorkerStatus,
} from '../../../../../../src/shared/contracts/client-work/clients';
import { fieldError, SelectField } from '../../../../lib/forms';
import { useT } from '../../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../../lib/states';
import { SubmitRow } from '../ClientForm';
import { cm } from '../messages';
import { ChoiceField, clientKey, DateField, fmtDate, TextAreaField, todayIso, useClient } from '../ui';
import { assignNamedWorker, fetchNamedWorker, namedWorkerKey as key, recordClientInformed } from './api';

export default function NamedWorkerTab({ clientId }: { clientId: string }) {
  const t = useT(cm);
  const qc = useQueryClient();
  const canWrite = !!useClient(clientId).data?.permittedActions.includes('namedWorker.write');
  const data = useQuery({ queryKey: key(clientId), queryFn: () => fetchNamedWorker(clientId) });
  const informed = useMutation({
    mutationFn: (id: string) => recordClientInformed(clientId, id, todayIso()),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: key(clientId) });
      await qc.invalidateQueries({ queryKey: clientKey(clientId) });
    },
  });
  if (data.isPending) return <Loading />;
  if (data.error) return <ErrorState error={data.error} onRetry={() => void data.refetch()} />;
  const { current, history, workers } = data.data;
  const describe = (n: NamedWorker) =>
    n.status === 'assigned'
      ? (n.workerName ?? '')
      : n.status === 'not-needed'
        ? t.nwNotNeeded
        : `${t.nwOther}: ${n.otherResponsible ?? ''}`;
  return (
    <>
      <h2>{t.namedWorker}</h2>
      {current && (
        <section className="panel narrow" aria-labelledby="nw-current" data-qa="named-worker-current">
          <h3 id="nw-current">{t.current}</h3>
          <p>
            <strong>{describe(current)}</strong> · {fmtDate(current.assignedOn)}
          </p>
          {current.reason && <p>{current.reason}</p>}
          <p>
            {current.clientInformedOn ? (
              `${t.clientInformedOn}: ${fmtDate(current.clientInformedOn)}`
            ) : (
              <span className="status-pill is-late">{t.notInformed}</span>
            )}
          </p>
          {!current.clientInformedOn && canWrite && (
            <Button
              variant="secondary"
              onClick={() => informed.mutate(current.id)}
              disabled={informed.isPending}
              data-qa="named-worker-mark-informed"
            >
              {t.markInformed}
            </Button>
          )}
          <MutationError error={informed.error} />
        </section>
      )}
      {canWrite && (
        <AssignForm key={current?.id ?? 'none'} clientId={clientId} currentId={current?.id ?? null} workers={workers} />
      )}
      <h3>{t.history}</h3>
      {history.length === 0 ? (
        <Empty>{t.noHistory}</Empty>
      ) : (
        <ul className="record-list" data-qa="named-worker-history">
          {history.map((n) => (
            <li key={n.id}>
              {fmtDate(n.assignedOn)}–{n.endedOn ? fmtDate(n.endedOn) : ''} · {describe(n)}
              {n.reason ? ` · ${n.reason}` : ''} · {t.clientInformedOn}: {fmtDate(n.clientInformedOn)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function AssignForm({
  clientId,
  currentId,
  workers,
}: {
  clientId: string;
  currentId: string | null;
  workers: NamedWorkerData['workers'];
}) {
  const t = useT(cm);
  const qc = useQueryClient();
  const [status, setStatus] = useState<NamedWorkerStatus>('assigned');
  const [workerId, setWorkerId] = useState('');
  const [reason, setReason] = useState('');
  const [otherResponsible, setOtherResponsible] = useState('');
  const [assignedOn, setAssignedOn] = useState(todayIso());
  const [clientInformedOn, setClientInformedOn] = useState('');
  const mutation = useMutation({
    mutationFn: () =>
      assignNamedWorker(clientId, {
        currentId,
        status,
        workerId: status === 'assigned' ? workerId || null : null,
        reason,
        otherResponsible: status === 'other-responsible' ? otherResponsible : null,
        assignedOn,
        clientInformedOn: clientInformedOn || null,
      }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: key(clientId) });
      await qc.invalidateQueries({ queryKey: clientKey(clientId) });
    },
  });
  const err = mutation.error;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  return (
    <section className="panel narrow" aria-labelledby="nw-form" data-qa="named-worker-form">
      <h3 id="nw-form">{t.assign}</h3>
      <form onSubmit={submit} noValidate>
        <ChoiceField
          id="nw-status"
          legend={t.nwStatus}
          value={status}
          onChange={(v) => setStatus(v as NamedWorkerStatus)}
          qa="nw-status"
          options={[
            { value: 'assigned', label: t.nwAssigned },
            { value: 'not-needed', label: t.nwNotNeeded },
            { value: 'other-responsible', label: t.nwOther },
          ]}
        />
        {status === 'assigned' && (
          <SelectField
            id="nw-worker"
            label={t.worker}
            value={workerId}
            onChange={setWorkerId}
            placeholder={t.chooseWorker}
            options={workers.map((w) => ({ value: w.id, label: w.displayName }))}
            error={fieldError(err, 'workerId')}
            required
            qa="nw-worker"
          />
        )}
        {status === 'other-responsible' && (
          <TextAreaField
            id="nw-other"
            label={t.otherResponsible}
            value={otherResponsible}
            onChange={setOtherResponsible}
            error={fieldError(err, 'otherResponsible')}
            rows={2}
            qa="nw-other"
          />
        )}
        <TextAreaField
          id="nw-reason"
          label={t.nwReason}
          value={reason}
          onChange={setReason}
          error={fieldError(err, 'reason')}
          rows={2}
          qa="nw-reason"
        />
        <DateField
          id="nw-date"
          label={t.assignedOn}
          value={assignedOn}
          onChange={setAssignedOn}
          error={fieldError(err, 'assignedOn')}
          required
          qa="nw-date"
        />
        <DateField
          id="nw-informed"
          label={t.clientInformedOn}
          value={clientInformedOn}
          onChange={setClientInformedOn}
          error={fieldError(err, 'clientInformedOn')}
          qa="nw-informed"
        />
        <MutationError
          error={err}
          onReload={() => void qc.invalidateQueries({ queryKey: key(clientId) })}
          reloadLabel={t.reload}
        />
        <SubmitRow label={t.save} pending={mutation.isPending} />
      </form>
    </section>
  );
}
