// New client: basic data, with the duplicate warning (409 possible_duplicate) shown as a choice.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { api, ApiError } from '../../../lib/api';
import { useMe } from '../../../lib/auth';
import { fieldError, SelectField } from '../../../lib/forms';
import { useLang, useT } from '../../../lib/i18n';
import { MutationError } from '../../../lib/states';
import { ClientFields, SubmitRow, toBody, useClientForm } from './ClientForm';
import { cm } from './messages';
import type { Client } from './types';

/**
 * POST /api/clients reading the 409 `possible_duplicate` body (its candidates), which the shared
 * API client does not expose.
 */
async function createClient(body: unknown, lang: string): Promise<{ client: Client } | { candidates: Candidate[] }> {
  const { token } = await api.get<{ token: string | null }>('/api/auth/csrf');
  const res = await fetch('/api/clients', {
    method: 'POST',
    credentials: 'same-origin',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'Accept-Language': lang,
      ...(token ? { 'x-csrf-token': token } : {}),
    },
    body: JSON.stringify(body),
  });
  const json = (await res.json().catch(() => ({}))) as {
    client?: Client;
    error?: { code: string; message: string; fields?: { path: string; message: string }[]; candidates?: Candidate[] };
  };
  if (res.ok && json.client) return { client: json.client };
  if (json.error?.code === 'possible_duplicate') return { candidates: json.error.candidates ?? [] };
  throw new ApiError(
    res.status,
    json.error?.code ?? `http_${res.status}`,
    json.error?.message ?? '',
    json.error?.fields ?? [],
  );
}

interface Candidate {
  id: string;
  firstName: string;
  lastName: string;
  unitName: string;
}

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
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);

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
      <form onSubmit={submit} noValidate className="panel">
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
          />
        )}
        <ClientFields idp="new" values={form.values} set={form.set} error={err} />
        {isDuplicate ? (
          <div role="alert" className="mutation-error">
            <InlineAlert status="warning" labelText={t.duplicateTitle}>
              {t.duplicateText}
            </InlineAlert>
            <ul className="record-list">
              {(candidates ?? []).map((c) => (
                <li key={c.id}>
                  <Link to={`/app/clients/${c.id}`}>
                    {c.lastName}, {c.firstName}
                  </Link>{' '}
                  · {c.unitName}
                </li>
              ))}
            </ul>
            <Button type="button" variant="secondary" onClick={() => mutation.mutate(true)}>
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
