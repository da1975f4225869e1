// New client: basic data, with the duplicate warning (409 possible_duplicate) shown as a choice.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { Button, InlineAlert } from 'suomifi-ui-components';
import type { DuplicateCandidate } from '../../../../../src/shared/contracts/client-work/clients';
import { useMe } from '../../../lib/auth';
import { fieldError, SelectField } from '../../../lib/forms';
import { useLang, useT } from '../../../lib/i18n';
import { MutationError } from '../../../lib/states';
import { createClient } from './api';
import { ClientFields, SubmitRow, toBody, useClientForm } from './ClientForm';
import { cm } from './messages';

export default function NewClientPage() {
  const t = useT(cm);
  const me = useMe();
  const navigate = useNavigate();
  const form = useClientForm();
  // The units where the server lets the user create a client.
  const units = (me.data?.units ?? [])
    .filter((u) => u.permittedActions.includes('client.create'))
    .map((u) => [u.unitId, u.unitName] as const);
  const [unitId, setUnitId] = useState('');
  const [candidates, setCandidates] = useState<DuplicateCandidate[] | null>(null);

  const { lang } = useLang();
  const mutation = useMutation({
    mutationFn: (confirmDuplicate: boolean) =>
      createClient({ ...toBody(form.values), unitId: unitId || units[0]?.[0], confirmDuplicate }, lang),
    onSuccess: (r) => {
      if ('candidates' in r) setCandidates(r.candidates);
      else void navigate(`/app/clients/${r.client.id}`);
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setCandidates(null);
    mutation.mutate(false);
  };
  const err = mutation.error;
  const isDuplicate = candidates !== null;

  return (
    <>
      <h1>{t.newClient}</h1>
      <form onSubmit={submit} noValidate className="panel" data-qa="new-client-form">
        {units.length > 1 && (
          <SelectField
            id="new-unit"
            label={t.unit}
            value={unitId}
            onChange={setUnitId}
            placeholder={t.chooseUnit}
            options={units.map(([id, name]) => ({ value: id, label: name }))}
            error={fieldError(err, 'unitId')}
            required
            qa="new-unit"
          />
        )}
        <ClientFields idp="new" values={form.values} set={form.set} error={err} />
        {isDuplicate ? (
          <div role="alert" className="mutation-error" data-qa="duplicates">
            <InlineAlert status="warning" labelText={t.duplicateTitle}>
              {t.duplicateText}
            </InlineAlert>
            <ul className="record-list">
              {(candidates ?? []).map((c) => (
                <li key={c.id} data-qa="duplicate">
                  <Link to={`/app/clients/${c.id}`}>
                    {c.lastName}, {c.firstName}
                  </Link>{' '}
                  · {c.unitName}
                </li>
              ))}
            </ul>
            <Button type="button" variant="secondary" onClick={() => mutation.mutate(true)} data-qa="confirm-duplicate">
              {t.confirmDuplicate}
            </Button>
          </div>
        ) : (
          <MutationError error={err} />
        )}
        <SubmitRow label={t.create} pending={mutation.isPending} onCancel={() => navigate('/app/clients')} />
      </form>
    </>
  );
}
