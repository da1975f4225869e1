// Organisations: list, add, edit (name, kind, population). Edits carry `version`; a 409 conflict
// shows the server's message and offers to reload the current data.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { api } from '../../../lib/api';
import { fieldError, FormActions, SelectField, TextField } from '../../../lib/forms';
import { useFormat, useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../lib/states';
import { adminMessages } from './messages';
import type { Organisation, OrganisationKind } from './types';

export const ORGANISATIONS_KEY = ['admin', 'organisations'] as const;

export function useOrganisations() {
  return useQuery({
    queryKey: ORGANISATIONS_KEY,
    queryFn: () => api.get<{ organisations: Organisation[] }>('/api/admin/organisations').then((r) => r.organisations),
  });
}

interface Draft {
  name: string;
  kind: OrganisationKind;
  population: string;
}

const emptyDraft: Draft = { name: '', kind: 'hyvinvointialue', population: '' };
const toDraft = (o: Organisation): Draft => ({
  name: o.name,
  kind: o.kind,
  population: o.population === null ? '' : String(o.population),
});
const toBody = (d: Draft) => ({
  name: d.name.trim(),
  kind: d.kind,
  population: d.population.trim() === '' ? null : Number(d.population),
});

export default function OrganisationsPage() {
  const t = useT(adminMessages);
  const fmt = useFormat();
  const list = useOrganisations();
  const [editing, setEditing] = useState<Organisation | null>(null);

  return (
    <>
      <h1>{t.organisations}</h1>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <Empty>{t.noOrganisations}</Empty>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t.organisations}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.kind}</th>
                <th scope="col">{t.population}</th>
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((o) => (
                <tr key={o.id} className={editing?.id === o.id ? 'is-selected' : undefined}>
                  <td>{o.name}</td>
                  <td>{o.kind === 'kunta' ? t.kindKunta : t.kindHyvinvointialue}</td>
                  <td>{fmt.number(o.population)}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setEditing(o)}
                      aria-label={t.editOrganisation(o.name)}
                    >
                      {t.edit}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editing ? (
        <OrganisationForm
          key={`${editing.id}:${editing.version}`}
          organisation={editing}
          onDone={() => setEditing(null)}
          onReloaded={setEditing}
        />
      ) : (
        <OrganisationForm key="new" onDone={() => undefined} />
      )}
    </>
  );
}

function OrganisationForm({
  organisation,
  onDone,
  onReloaded,
}: {
  organisation?: Organisation;
  onDone: () => void;
  onReloaded?: (o: Organisation) => void;
}) {
  const t = useT(adminMessages);
  const qc = useQueryClient();
  const [draft, setDraft] = useState<Draft>(organisation ? toDraft(organisation) : emptyDraft);
  const [saved, setSaved] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const mutation = useMutation({
    mutationFn: () =>
      organisation
        ? api.patch(`/api/admin/organisations/${organisation.id}`, { ...toBody(draft), version: organisation.version })
        : api.post('/api/admin/organisations', toBody(draft)),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ORGANISATIONS_KEY });
      setSaved(true);
      if (organisation) onDone();
      else setDraft(emptyDraft);
    },
  });

  const reload = async () => {
    const fresh = await qc.fetchQuery({
      queryKey: ORGANISATIONS_KEY,
      queryFn: () =>
        api.get<{ organisations: Organisation[] }>('/api/admin/organisations').then((r) => r.organisations),
      staleTime: 0,
    });
    const current = fresh.find((o) => o.id === organisation?.id);
    mutation.reset();
    if (current && onReloaded) onReloaded(current);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    mutation.mutate();
  };

  const idp = organisation ? 'org-edit' : 'org-new';
  const err = mutation.error;
  return (
    <section className="panel narrow" aria-labelledby={`${idp}-title`}>
      <h2 id={`${idp}-title`}>{organisation ? t.editOrganisation(organisation.name) : t.newOrganisation}</h2>
      <form onSubmit={submit} noValidate>
        <TextField
          id={`${idp}-name`}
          label={t.name}
          value={draft.name}
          onChange={(name) => set({ name })}
          error={fieldError(err, 'name')}
          required
        />
        <SelectField
          id={`${idp}-kind`}
          label={t.kind}
          value={draft.kind}
          onChange={(kind) => set({ kind: kind as OrganisationKind })}
          options={[
            { value: 'hyvinvointialue', label: t.kindHyvinvointialue },
            { value: 'kunta', label: t.kindKunta },
          ]}
          error={fieldError(err, 'kind')}
        />
        <TextField
          id={`${idp}-population`}
          label={t.population}
          type="number"
          inputMode="numeric"
          value={draft.population}
          onChange={(population) => set({ population })}
          error={fieldError(err, 'population')}
        />
        <MutationError error={err} onReload={() => void reload()} reloadLabel={t.reload} />
        <div role="status">{saved && !organisation && <p className="success-message">{t.created}</p>}</div>
        <FormActions>
          <Button type="submit" disabled={mutation.isPending}>
            {organisation ? t.save : t.create}
          </Button>
          {organisation && (
            <Button type="button" variant="secondary" onClick={onDone}>
              {t.cancel}
            </Button>
          )}
        </FormActions>
      </form>
    </section>
  );
}
