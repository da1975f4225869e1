// Basic data: edit with a version check, reveal the identity code (logged), end the relationship.
import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { CheckboxField, fieldError } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { ErrorState, Loading, MutationError } from '../../../lib/states';
import { endClient, revealIdentityCode, updateClient, type ClientView } from './api';
import { ClientFields, SubmitRow, toBody, useClientForm } from './ClientForm';
import { cm } from './messages';
import { clientKey, DateField, fmtDate, TextAreaField, todayIso, useClient } from './ui';

export default function BasicTab({ clientId }: { clientId: string }) {
  const client = useClient(clientId);
  // The version this page saved: the confirmation stays while the form shows that version.
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  if (client.isPending) return <Loading />;
  if (client.error) return <ErrorState error={client.error} onRetry={() => void client.refetch()} />;
  const c = client.data;
  const canUpdate = c.permittedActions.includes('client.update');
  return (
    <>
      {canUpdate ? (
        // Keyed by the version: after a save or a reload the form starts from the stored record.
        <EditForm key={c.version} client={c} saved={savedVersion === c.version} onSaved={setSavedVersion} />
      ) : (
        <BasicInfo client={c} />
      )}
      <IdentityCode client={c} />
      {c.status === 'ended' ? <EndedInfo client={c} /> : canUpdate && <EndForm key={`end-${c.version}`} client={c} />}
    </>
  );
}

/** The record for someone who may read it but not change it. */
function BasicInfo({ client }: { client: ClientView }) {
  const t = useT(cm);
  const rows: [string, string | null][] = [
    [t.phone, client.phone],
    [t.email, client.email],
    [t.streetAddress, [client.streetAddress, client.postalCode, client.city].filter(Boolean).join(', ') || null],
  ];
  return (
    <section className="panel" aria-labelledby="basic-title" data-qa="client-basic-info">
      <h2 id="basic-title">{t.basicData}</h2>
      <dl className="dl-grid">
        {rows
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k} style={{ display: 'contents' }}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}

function EditForm({
  client,
  saved,
  onSaved,
}: {
  client: ClientView;
  saved: boolean;
  onSaved: (version: number) => void;
}) {
  const t = useT(cm);
  const qc = useQueryClient();
  const form = useClientForm(client);
  const mutation = useMutation({
    mutationFn: () => updateClient(client.id, { ...toBody(form.values), version: client.version }),
    onSuccess: (updated) => {
      qc.setQueryData(clientKey(client.id), { ...updated, permittedActions: client.permittedActions });
      onSaved(updated.version);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  return (
    <section className="panel" aria-labelledby="basic-title" data-qa="client-basic-form">
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
        <div role="status">
          {saved && (
            <p className="success-message" data-qa="saved">
              {t.saved}
            </p>
          )}
        </div>
        <SubmitRow label={t.save} pending={mutation.isPending} />
      </form>
    </section>
  );
}

function IdentityCode({ client }: { client: ClientView }) {
  const t = useT(cm);
  const [shown, setShown] = useState<string | null>(null);
  const reveal = useMutation({
    mutationFn: () => revealIdentityCode(client.id),
    onSuccess: setShown,
  });
  if (!client.henkilotunnus) return null;
  return (
    <section className="panel narrow" aria-labelledby="hetu-title" data-qa="client-identity">
      <h2 id="hetu-title">{t.henkilotunnus}</h2>
      <p aria-live="polite" data-qa="identity-code">
        {shown ?? client.henkilotunnus}
      </p>
      {!shown && client.permittedActions.includes('client.identity.reveal') && (
        <>
          <Button
            variant="secondary"
            onClick={() => reveal.mutate()}
            disabled={reveal.isPending}
            data-qa="reveal-identity-code"
          >
            {t.reveal}
          </Button>
          <p className="field-hint">{t.revealNote}</p>
        </>
      )}
      <MutationError error={reveal.error} />
    </section>
  );
}

function EndForm({ client }: { client: ClientView }) {
  const t = useT(cm);
  const qc = useQueryClient();
  const [endedOn, setEndedOn] = useState(todayIso());
  const [reason, setReason] = useState('');
  const [followUp, setFollowUp] = useState(client.clientGroup === 'youth');
  const [followUpDate, setFollowUpDate] = useState('');
  const [open, setOpen] = useState(false);
  const mutation = useMutation({
    mutationFn: () =>
      endClient(client.id, {
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
        <Button variant="secondary" onClick={() => setOpen(true)} data-qa="end-relationship">
          {t.endRelationship}
        </Button>
      </p>
    );
  }
  return (
    <section className="panel narrow" aria-labelledby="end-title" data-qa="end-form">
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
          qa="end-date"
        />
        <TextAreaField
          id="end-reason"
          label={t.endReason}
          value={reason}
          onChange={setReason}
          error={fieldError(mutation.error, 'endReason')}
          rows={3}
          qa="end-reason"
        />
        <CheckboxField
          id="end-followup"
          label={t.followUp}
          checked={followUp}
          onChange={setFollowUp}
          qa="end-followup"
        />
        {followUp && (
          <DateField
            id="end-followup-date"
            label={t.followUpDate}
            value={followUpDate}
            onChange={setFollowUpDate}
            error={fieldError(mutation.error, 'followUpDate')}
            qa="end-followup-date"
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

function EndedInfo({ client }: { client: ClientView }) {
  const t = useT(cm);
  return (
    <section className="panel narrow" data-qa="client-ended">
      <p>{t.endedInfo(fmtDate(client.endedOn))}</p>
      {client.endReason && <p>{client.endReason}</p>}
    </section>
  );
}
