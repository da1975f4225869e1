// Close-network mapping (SHL 43 §): first the legal basis (consent, or an exception with a written
// justification), then the people, how they support the client and their own support needs.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { api } from '../../../lib/api';
import { fieldError, TextField } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../lib/states';
import { SubmitRow } from './ClientForm';
import { cm } from './messages';
import type { NetworkConsent, NetworkPerson } from './types';
import { ChoiceField, DateField, fmtDate, TextAreaField, todayIso } from './ui';

interface Data {
  consents: NetworkConsent[];
  persons: NetworkPerson[];
  canMap: boolean;
}
const key = (clientId: string) => ['clients', clientId, 'network'] as const;

export default function NetworkTab({ clientId }: { clientId: string }) {
  const t = useT(cm);
  const qc = useQueryClient();
  const data = useQuery({ queryKey: key(clientId), queryFn: () => api.get<Data>(`/api/clients/${clientId}/network`) });
  const withdraw = useMutation({
    mutationFn: (id: string) =>
      api.post(`/api/clients/${clientId}/network/consents/${id}/withdraw`, { withdrawnAt: todayIso() }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key(clientId) }),
  });
  if (data.isPending) return <Loading />;
  if (data.error) return <ErrorState error={data.error} onRetry={() => void data.refetch()} />;
  const { consents, persons, canMap } = data.data;
  const basisLabel = (b: NetworkConsent['basis']) =>
    b === 'consent' ? t.basisConsent : b === 'exception-unable-to-care' ? t.basisUnable : t.basisChild;
  return (
    <>
      <h2>{t.network}</h2>
      {!canMap && <InlineAlert status="warning">{t.noConsent}</InlineAlert>}
      {consents.length > 0 && (
        <ul className="record-list">
          {consents.map((c) => (
            <li key={c.id}>
              <h3>
                {basisLabel(c.basis)} · {fmtDate(c.givenOn)}{' '}
                <span className={`status-pill${c.withdrawnAt ? ' is-late' : ' is-ok'}`}>
                  {c.withdrawnAt ? t.withdrawnAt(fmtDate(c.withdrawnAt)) : t.inForce}
                </span>
              </h3>
              {c.givenBy && (
                <p>
                  {t.givenBy}: {c.givenBy}
                </p>
              )}
              {c.scope && (
                <p>
                  {t.scope}: {c.scope}
                </p>
              )}
              {c.justification && (
                <p>
                  {t.justification}: {c.justification}
                </p>
              )}
              {c.basis === 'consent' && !c.withdrawnAt && (
                <Button variant="secondary" onClick={() => withdraw.mutate(c.id)} disabled={withdraw.isPending}>
                  {t.withdraw}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <MutationError error={withdraw.error} />
      <ConsentForm clientId={clientId} />
      <h3>{t.persons}</h3>
      {persons.length === 0 ? (
        <Empty>{t.noPersons}</Empty>
      ) : (
        <ul className="record-list">
          {persons.map((p) => (
            <li key={p.id}>
              <h4>
                {p.name}
                {p.relationship ? ` (${p.relationship})` : ''}
              </h4>
              <dl className="dl-grid">
                {p.contactInfo && (
                  <>
                    <dt>{t.contactInfo}</dt>
                    <dd>{p.contactInfo}</dd>
                  </>
                )}
                {p.supportRole && (
                  <>
                    <dt>{t.supportRole}</dt>
                    <dd>{p.supportRole}</dd>
                  </>
                )}
                {p.ownSupportNeeds && (
                  <>
                    <dt>{t.ownSupportNeeds}</dt>
                    <dd>{p.ownSupportNeeds}</dd>
                  </>
                )}
              </dl>
            </li>
          ))}
        </ul>
      )}
      {canMap && <PersonForm clientId={clientId} />}
    </>
  );
}

function ConsentForm({ clientId }: { clientId: string }) {
  const t = useT(cm);
  const qc = useQueryClient();
  const [basis, setBasis] = useState('consent');
  const [scope, setScope] = useState('');
  const [givenOn, setGivenOn] = useState(todayIso());
  const [givenBy, setGivenBy] = useState('');
  const [justification, setJustification] = useState('');
  const mutation = useMutation({
    mutationFn: () =>
      api.post(`/api/clients/${clientId}/network/consents`, {
        basis,
        scope,
        givenOn,
        givenBy: basis === 'consent' ? givenBy : null,
        justification: basis === 'consent' ? null : justification,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key(clientId) }),
  });
  const err = mutation.error;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  return (
    <section className="panel narrow" aria-labelledby="consent-form">
      <h3 id="consent-form">{t.recordConsent}</h3>
      <form onSubmit={submit} noValidate>
        <ChoiceField
          id="consent-basis"
          legend={t.legalBasis}
          value={basis}
          onChange={setBasis}
          options={[
            { value: 'consent', label: t.basisConsent },
            { value: 'exception-unable-to-care', label: t.basisUnable },
            { value: 'exception-child-interest', label: t.basisChild },
          ]}
        />
        {basis === 'consent' ? (
          <>
            <TextField
              id="consent-by"
              label={t.givenBy}
              value={givenBy}
              onChange={setGivenBy}
              error={fieldError(err, 'givenBy')}
              required
            />
            <TextAreaField
              id="consent-scope"
              label={t.scope}
              value={scope}
              onChange={setScope}
              error={fieldError(err, 'scope')}
              rows={2}
            />
          </>
        ) : (
          <TextAreaField
            id="consent-justification"
            label={t.justification}
            value={justification}
            onChange={setJustification}
            error={fieldError(err, 'justification')}
            rows={3}
          />
        )}
        <DateField
          id="consent-date"
          label={t.givenOn}
          value={givenOn}
          onChange={setGivenOn}
          error={fieldError(err, 'givenOn')}
          required
        />
        <MutationError error={err} />
        <SubmitRow label={t.recordConsent} pending={mutation.isPending} />
      </form>
    </section>
  );
}

function PersonForm({ clientId }: { clientId: string }) {
  const t = useT(cm);
  const qc = useQueryClient();
  const empty = { name: '', relationship: '', contactInfo: '', supportRole: '', ownSupportNeeds: '' };
  const [p, setP] = useState(empty);
  const mutation = useMutation({
    mutationFn: () => api.post(`/api/clients/${clientId}/network/persons`, p),
    onSuccess: async () => {
      setP(empty);
      await qc.invalidateQueries({ queryKey: key(clientId) });
    },
  });
  const err = mutation.error;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  return (
    <section className="panel narrow" aria-labelledby="person-form">
      <h3 id="person-form">{t.addPerson}</h3>
      <form onSubmit={submit} noValidate>
        <TextField
          id="person-name"
          label={t.personName}
          value={p.name}
          onChange={(v) => setP({ ...p, name: v })}
          error={fieldError(err, 'name')}
          required
          autoComplete="off"
        />
        <TextField
          id="person-rel"
          label={t.relationship}
          value={p.relationship}
          onChange={(v) => setP({ ...p, relationship: v })}
          error={fieldError(err, 'relationship')}
        />
        <TextField
          id="person-contact"
          label={t.contactInfo}
          value={p.contactInfo}
          onChange={(v) => setP({ ...p, contactInfo: v })}
          error={fieldError(err, 'contactInfo')}
          autoComplete="off"
        />
        <TextAreaField
          id="person-support"
          label={t.supportRole}
          value={p.supportRole}
          onChange={(v) => setP({ ...p, supportRole: v })}
          error={fieldError(err, 'supportRole')}
          rows={2}
        />
        <TextAreaField
          id="person-needs"
          label={t.ownSupportNeeds}
          value={p.ownSupportNeeds}
          onChange={(v) => setP({ ...p, ownSupportNeeds: v })}
          error={fieldError(err, 'ownSupportNeeds')}
          rows={2}
        />
        <MutationError error={err} />
        <SubmitRow label={t.addPerson} pending={mutation.isPending} />
      </form>
    </section>
  );
}
