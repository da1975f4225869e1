// Basic data: edit with a version check, reveal the identity code (logged), end the relationship.
import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { api } from '../../../lib/api';
import { CheckboxField, fieldError } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { ErrorState, Loading, MutationError } from '../../../lib/states';
import { ClientFields, SubmitRow, toBody, useClientForm } from './ClientForm';
import { cm } from './messages';
import type { Client } from './types';
import { clientKey, DateField, fmtDate, TextAreaField, todayIso, useClient } from './ui';

export default function BasicTab({ clientId }: { clientId: string }) {
  const client = useClient(clientId);
  if (client.isPending) return <Loading />;
  if (client.error) return <ErrorState error={client.error} onRetry={() => void client.refetch()} />;
  return (
    <>
      <EditForm key={client.data.version} client={client.data} />
      <IdentityCode client={client.data} />
      {client.data.status === 'active' ? (
        <EndForm key={`end-${client.data.version}`} client={client.data} />
      ) : (
        <EndedInfo client={client.data} />
      )}
    </>
  );
}

function EditForm({ client }: { client: Client }) {
  const t = useT(cm);
  const qc = useQueryClient();
  const form = useClientForm(client);
  const [saved, setSaved] = useState(false);
  const mutation = useMutation({
    mutationFn: () =>
      api.patch<{ client: Client }>(`/api/clients/${client.id}`, { ...toBody(form.values), version: client.version }),
    onSuccess: (r) => {
      qc.setQueryData(clientKey(client.id), { ...r.client, permittedActions: client.permittedActions });
      setSaved(true);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    mutation.mutate();
  };
  return (
    <section className="panel" aria-labelledby="basic-title">
      <h2 id="basic-title">{t.basicData}</h2>
      <form onSubmit={submit} noValidate>
        <ClientFields
          idp="basic"
          values={form.values}
          set={form.set}
          error={mutation.error}
          existingCode={client.henkilotunnus}
        />
        <MutationError
          error={mutation.error}
          onReload={() => void qc.invalidateQueries({ queryKey: clientKey(client.id) })}
          reloadLabel={t.reload}
        />
        <div role="status">{saved && <p className="success-message">{t.saved}</p>}</div>
        <SubmitRow label={t.save} pending={mutation.isPending} />
      </form>
    </section>
  );
}

function IdentityCode({ client }: { client: Client }) {
  const t = useT(cm);
  const [shown, setShown] = useState<string | null>(null);
  const reveal = useMutation({
    mutationFn: () => api.post<{ henkilotunnus: string | null }>(`/api/clients/${client.id}/identity-code/reveal`),
    onSuccess: (r) => setShown(r.henkilotunnus),
  });
  if (!client.henkilotunnus) return null;
  return (
    <section className="panel narrow" aria-labelledby="hetu-title">
      <h2 id="hetu-title">{t.henkilotunnus}</h2>
      <p aria-live="polite">{shown ?? client.henkilotunnus}</p>
      {!shown && (
        <>
          <Button variant="secondary" onClick={() => reveal.mutate()} disabled={reveal.isPending}>
            {t.reveal}
          </Button>
          <p className="field-hint">{t.revealNote}</p>
        </>
      )}
      <MutationError error={reveal.error} />
    </section>
  );
}

function EndForm({ client }: { client: Client }) {
  const t = useT(cm);
  const qc = useQueryClient();
  const [endedOn, setEndedOn] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [followUp, setFollowUp] = useState(client.clientGroup === 'youth');
  const [followUpDate, setFollowUpDate] = useState('');
  const [open, setOpen] = useState(false);
  const mutation = useMutation({
    mutationFn: () =>
      api.post<{ client: Client }>(`/api/clients/${client.id}/end`, {
        version: client.version,
        endedOn,
        endReason: reason,
        followUp,
        ...(followUp && followUpDate ? { followUpDate } : {}),
      }),
    onSuccess: (r) => qc.setQueryData(clientKey(client.id), { ...r.client, permittedActions: client.permittedActions }),
  });
  if (!open) {
    return (
      <p>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          {t.endRelationship}
        </Button>
      </p>
    );
  }
  return (
    <section className="panel narrow" aria-labelledby="end-title">
      <h2 id="end-title">{t.endRelationship}</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          mutation.mutate();
        }}
        noValidate
      >
        <DateField
          id="end-date"
          label={t.endedOn}
          value={endedOn}
          onChange={setEndedOn}
          error={fieldError(mutation.error, 'endedOn')}
          required
        />
        <TextAreaField
          id="end-reason"
          label={t.endReason}
          value={reason}
          onChange={setReason}
          error={fieldError(mutation.error, 'endReason')}
          rows={3}
        />
        <CheckboxField id="end-followup" label={t.followUp} checked={followUp} onChange={setFollowUp} />
        {followUp && (
          <DateField
            id="end-followup-date"
            label={t.followUpDate}
            value={followUpDate}
            onChange={setFollowUpDate}
            error={fieldError(mutation.error, 'followUpDate')}
          />
        )}
        <MutationError
          error={mutation.error}
          onReload={() => void qc.invalidateQueries({ queryKey: clientKey(client.id) })}
          reloadLabel={t.reload}
        />
        <SubmitRow label={t.endRelationship} pending={mutation.isPending} onCancel={() => setOpen(false)} />
      </form>
    </section>
  );
}

function EndedInfo({ client }: { client: Client }) {
  const t = useT(cm);
  return (
    <section className="panel narrow">
      <p>{t.endedInfo(fmtDate(client.endedOn))}</p>
      {client.endReason && <p>{client.endReason}</p>}
    </section>
  );
}
