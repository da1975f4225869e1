// Contacts (yhteydenotot): each may start the statutory assessment clock (7th working day).
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { CheckboxField, fieldError, SelectField } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../lib/states';
import { SubmitRow } from './ClientForm';
import { cm } from './messages';
import type { Contact } from './types';
import { clientKey, DateField, fmtDate, TextAreaField, todayIso } from './ui';

export const contactsKey = (clientId: string) => ['clients', clientId, 'contacts'] as const;

export default function ContactsTab({ clientId }: { clientId: string }) {
  const t = useT(cm);
  const contacts = useQuery({
    queryKey: contactsKey(clientId),
    queryFn: () => api.get<{ contacts: Contact[] }>(`/api/clients/${clientId}/contacts`).then((r) => r.contacts),
  });
  const today = todayIso();
  return (
    <>
      <h2>{t.contacts}</h2>
      <NewContact clientId={clientId} />
      {contacts.isPending ? (
        <Loading />
      ) : contacts.error ? (
        <ErrorState error={contacts.error} onRetry={() => void contacts.refetch()} />
      ) : contacts.data.length === 0 ? (
        <Empty>{t.noContacts}</Empty>
      ) : (
        <ul className="record-list">
          {contacts.data.map((c) => {
            const late =
              c.assessmentRequired &&
              !c.assessmentStarted &&
              c.assessmentStartDue !== null &&
              c.assessmentStartDue < today;
            return (
              <li key={c.id}>
                <h3>
                  {fmtDate(c.contactDate)} · {t.channels[c.channel as keyof typeof t.channels] ?? c.channel} ·{' '}
                  {t.contactors[c.contactedBy as keyof typeof t.contactors] ?? c.contactedBy}
                </h3>
                {c.reason && <p>{c.reason}</p>}
                {c.assessmentRequired && (
                  <p>
                    {c.assessmentStarted ? (
                      <span className="status-pill is-ok">{t.started}</span>
                    ) : (
                      <span className={`status-pill${late ? ' is-late' : ''}`}>
                        {late ? `${t.overdue}: ` : ''}
                        {t.startDue(fmtDate(c.assessmentStartDue))}
                      </span>
                    )}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

function NewContact({ clientId }: { clientId: string }) {
  const t = useT(cm);
  const qc = useQueryClient();
  const [contactDate, setContactDate] = useState(todayIso());
  const [channel, setChannel] = useState('phone');
  const [contactedBy, setContactedBy] = useState('client');
  const [reason, setReason] = useState('');
  const [assessmentRequired, setAssessmentRequired] = useState(true);
  const mutation = useMutation({
    mutationFn: () =>
      api.post(`/api/clients/${clientId}/contacts`, { contactDate, channel, contactedBy, reason, assessmentRequired }),
    onSuccess: async () => {
      setReason('');
      await qc.invalidateQueries({ queryKey: contactsKey(clientId) });
      await qc.invalidateQueries({ queryKey: clientKey(clientId) });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  return (
    <section className="panel narrow" aria-labelledby="contact-new-title">
      <h3 id="contact-new-title">{t.newContact}</h3>
      <form onSubmit={submit} noValidate>
        <DateField
          id="contact-date"
          label={t.contactDate}
          value={contactDate}
          onChange={setContactDate}
          error={fieldError(mutation.error, 'contactDate')}
          required
        />
        <SelectField
          id="contact-channel"
          label={t.channel}
          value={channel}
          onChange={setChannel}
          options={Object.entries(t.channels).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          id="contact-by"
          label={t.contactedBy}
          value={contactedBy}
          onChange={setContactedBy}
          options={Object.entries(t.contactors).map(([value, label]) => ({ value, label }))}
        />
        <TextAreaField
          id="contact-reason"
          label={t.reason}
          value={reason}
          onChange={setReason}
          error={fieldError(mutation.error, 'reason')}
          rows={3}
        />
        <CheckboxField
          id="contact-required"
          label={t.assessmentRequired}
          checked={assessmentRequired}
          onChange={setAssessmentRequired}
        />
        <MutationError error={mutation.error} />
        <SubmitRow label={t.newContact} pending={mutation.isPending} />
      </form>
    </section>
  );
}
