// Contacts (yhteydenotot): each may start the statutory assessment clock (7th working day).
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ContactChannel, ContactedBy } from '../../../../../../src/shared/contracts/client-work/clients';
import { CheckboxField, fieldError, SelectField } from '../../../../lib/forms';
import { useT } from '../../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../../lib/states';
import { SubmitRow } from '../ClientForm';
import { cm } from '../messages';
import { clientKey, DateField, fmtDate, TextAreaField, todayIso } from '../ui';
import { contactsKey, fetchContacts, recordContact } from './api';

export default function ContactsTab({ clientId }: { clientId: string }) {
  const t = useT(cm);
  const contacts = useQuery({
    queryKey: contactsKey(clientId),
    queryFn: () => fetchContacts(clientId),
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
        <ul className="record-list" data-qa="contacts">
          {contacts.data.map((c) => {
            const late =
              c.assessmentRequired &&
              !c.assessmentStarted &&
              c.assessmentStartDue !== null &&
              c.assessmentStartDue < today;
            return (
              <li key={c.id} data-qa="contact">
                <h3>
                  {fmtDate(c.contactDate)} · {t.channels[c.channel]} · {t.contactors[c.contactedBy]}
                </h3>
                {c.reason && <p>{c.reason}</p>}
                {c.assessmentRequired && (
                  <p>
                    {c.assessmentStarted ? (
                      <span className="status-pill is-ok" data-qa="contact-assessment-started">
                        {t.started}
                      </span>
                    ) : (
                      <span className={`status-pill${late ? ' is-late' : ''}`} data-qa="contact-start-due">
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
  const [channel, setChannel] = useState<ContactChannel>('phone');
  const [contactedBy, setContactedBy] = useState<ContactedBy>('client');
  const [reason, setReason] = useState('');
  const [assessmentRequired, setAssessmentRequired] = useState(true);
  const mutation = useMutation({
    mutationFn: () => recordContact(clientId, { contactDate, channel, contactedBy, reason, assessmentRequired }),
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
    <section className="panel narrow" aria-labelledby="contact-new-title" data-qa="contact-form">
      <h3 id="contact-new-title">{t.newContact}</h3>
      <form onSubmit={submit} noValidate>
        <DateField
          id="contact-date"
          label={t.contactDate}
          value={contactDate}
          onChange={setContactDate}
          error={fieldError(mutation.error, 'contactDate')}
          required
          qa="contact-date"
        />
        <SelectField
          id="contact-channel"
          label={t.channel}
          value={channel}
          onChange={(v) => setChannel(v as ContactChannel)}
          options={Object.entries(t.channels).map(([value, label]) => ({ value, label }))}
          qa="contact-channel"
        />
        <SelectField
          id="contact-by"
          label={t.contactedBy}
          value={contactedBy}
          onChange={(v) => setContactedBy(v as ContactedBy)}
          options={Object.entries(t.contactors).map(([value, label]) => ({ value, label }))}
          qa="contact-by"
        />
        <TextAreaField
          id="contact-reason"
          label={t.reason}
          value={reason}
          onChange={setReason}
          error={fieldError(mutation.error, 'reason')}
          rows={3}
          qa="contact-reason"
        />
        <CheckboxField
          id="contact-required"
          label={t.assessmentRequired}
          checked={assessmentRequired}
          onChange={setAssessmentRequired}
          qa="contact-required"
        />
        <MutationError error={mutation.error} />
        <SubmitRow label={t.newContact} pending={mutation.isPending} />
      </form>
    </section>
  );
}
