// Close-network mapping (SHL 43 §): first the legal basis (consent, or an exception with a written
// justification), then the people, how they support the client and their own support needs.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, InlineAlert } from 'suomifi-ui-components';
import type { NetworkBasis, NetworkConsent } from '../../../../../../src/shared/contracts/client-work/network';
import { fieldError, TextField } from '../../../../lib/forms';
import { useT } from '../../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../../lib/states';
import { SubmitRow } from '../ClientForm';
import { cm } from '../messages';
import { ChoiceField, DateField, fmtDate, TextAreaField, todayIso, useClient } from '../ui';
import { addPerson, fetchNetwork, networkKey as key, recordConsent, withdrawConsent } from './api';

export default function NetworkTab({ clientId }: { clientId: string }) {
  const t = useT(cm);
  const qc = useQueryClient();
  const canWrite = !!useClient(clientId).data?.permittedActions.includes('network.write');
  const data = useQuery({ queryKey: key(clientId), queryFn: () => fetchNetwork(clientId) });
  const withdraw = useMutation({
    mutationFn: (id: string) => withdrawConsent(clientId, id, todayIso()),
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
      {!canMap && (
        <div data-qa="network-no-consent">
          <InlineAlert status="warning">{t.noConsent}</InlineAlert>
        </div>
      )}
      {consents.length > 0 && (
        <ul className="record-list" data-qa="network-consents">
          {consents.map((c) => (
            <li key={c.id} data-qa="network-consent">
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
              {canWrite && c.basis === 'consent' && !c.withdrawnAt && (
                <Button
                  variant="secondary"
                  onClick={() => withdraw.mutate(c.id)}
                  disabled={withdraw.isPending}
                  data-qa="network-withdraw"
                >
                  {t.withdraw}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <MutationError error={withdraw.error} />
      {canWrite && <ConsentForm clientId={clientId} />}
      <h3>{t.persons}</h3>
      {persons.length === 0 ? (
        <Empty>{t.noPersons}</Empty>
      ) : (
        <ul className="record-list" data-qa="network-persons">
          {persons.map((p) => (
            <li key={p.id} data-qa="network-person">
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
      {canWrite && canMap && <PersonForm clientId={clientId} />}
    </>
  );
}

function ConsentForm({ clientId }: { clientId: string }) {
  const t = useT(cm);
  const qc = useQueryClient();
  const [basis, setBasis] = useState<NetworkBasis>('consent');
  const [scope, setScope] = useState('');
  const [givenOn, setGivenOn] = useState(todayIso());
  const [givenBy, setGivenBy] = useState('');
  const [justification, setJustification] = useState('');
  const mutation = useMutation({
    mutationFn: () =>
      recordConsent(clientId, {
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
    <section className="panel narrow" aria-labelledby="consent-form" data-qa="network-consent-form">
      <h3 id="consent-form">{t.recordConsent}</h3>
      <form onSubmit={submit} noValidate>
        <ChoiceField
          id="consent-basis"
          legend={t.legalBasis}
          value={basis}
          onChange={(v) => setBasis(v as NetworkBasis)}
          qa="consent-basis"
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
              qa="consent-by"
            />
            <TextAreaField
              id="consent-scope"
              label={t.scope}
              value={scope}
              onChange={setScope}
              error={fieldError(err, 'scope')}
              rows={2}
              qa="consent-scope"
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
            qa="consent-justification"
          />
        )}
        <DateField
          id="consent-date"
          label={t.givenOn}
          value={givenOn}
          onChange={setGivenOn}
          error={fieldError(err, 'givenOn')}
          required
          qa="consent-date"
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
    mutationFn: () => addPerson(clientId, p),
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
    <section className="panel narrow" aria-labelledby="person-form" data-qa="network-person-form">
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
          qa="person-name"
        />
        <TextField
          id="person-rel"
          label={t.relationship}
          value={p.relationship}
          onChange={(v) => setP({ ...p, relationship: v })}
          error={fieldError(err, 'relationship')}
          qa="person-rel"
        />
        <TextField
          id="person-contact"
          label={t.contactInfo}
          value={p.contactInfo}
          onChange={(v) => setP({ ...p, contactInfo: v })}
          error={fieldError(err, 'contactInfo')}
          autoComplete="off"
          qa="person-contact"
        />
        <TextAreaField
          id="person-support"
          label={t.supportRole}
          value={p.supportRole}
          onChange={(v) => setP({ ...p, supportRole: v })}
          error={fieldError(err, 'supportRole')}
          rows={2}
          qa="person-support"
        />
        <TextAreaField
          id="person-needs"
          label={t.ownSupportNeeds}
          value={p.ownSupportNeeds}
          onChange={(v) => setP({ ...p, ownSupportNeeds: v })}
          error={fieldError(err, 'ownSupportNeeds')}
          rows={2}
          qa="person-needs"
        />
        <MutationError error={err} />
        <SubmitRow label={t.addPerson} pending={mutation.isPending} />
      </form>
    </section>
  );
}
