// Units per organisation: list, add, rename. Renames carry `version` (409 conflict → reload).
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { api, query } from '../../../lib/api';
import { fieldError, FormActions, SelectField, TextField } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../lib/states';
import { adminMessages } from './messages';
import { useOrganisations } from './OrganisationsPage';
import type { Unit } from './types';

export const unitsKey = (organisationId: string) => ['admin', 'units', organisationId] as const;

export function fetchUnits(organisationId: string) {
  return api.get<{ units: Unit[] }>(`/api/admin/units${query({ organisationId })}`).then((r) => r.units);
}

export function useUnits(organisationId: string) {
  return useQuery({ queryKey: unitsKey(organisationId), queryFn: () => fetchUnits(organisationId) });
}

export default function UnitsPage() {
  const t = useT(adminMessages);
  const orgs = useOrganisations();
  const [organisationId, setOrganisationId] = useState('');
  const units = useUnits(organisationId);
  const [editing, setEditing] = useState<Unit | null>(null);
  const showOrg = organisationId === '';

  return (
    <>
      <h1>{t.units}</h1>
      {orgs.error && <ErrorState error={orgs.error} onRetry={() => void orgs.refetch()} />}
      <div className="narrow">
        <SelectField
          id="units-org"
          label={t.organisation}
          value={organisationId}
          onChange={(id) => {
            setOrganisationId(id);
            setEditing(null);
          }}
          placeholder={t.allOrganisations}
          options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
        />
      </div>
      {units.isPending ? (
        <Loading />
      ) : units.error ? (
        <ErrorState error={units.error} onRetry={() => void units.refetch()} />
      ) : units.data.length === 0 ? (
        <Empty>{t.noUnits}</Empty>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t.units}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                {showOrg && <th scope="col">{t.organisation}</th>}
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {units.data.map((u) => (
                <tr key={u.id} className={editing?.id === u.id ? 'is-selected' : undefined}>
                  <td>{u.name}</td>
                  {showOrg && <td>{u.organisationName}</td>}
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setEditing(u)}
                      aria-label={t.editUnit(u.name)}
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
        <UnitForm
          key={`${editing.id}:${editing.version}`}
          unit={editing}
          organisationId={editing.organisationId}
          onDone={() => setEditing(null)}
          onReloaded={setEditing}
        />
      ) : (
        <UnitForm key={`new:${organisationId}`} organisationId={organisationId} onDone={() => undefined} />
      )}
    </>
  );
}

function UnitForm({
  unit,
  organisationId,
  onDone,
  onReloaded,
}: {
  unit?: Unit;
  organisationId: string;
  onDone: () => void;
  onReloaded?: (u: Unit) => void;
}) {
  const t = useT(adminMessages);
  const qc = useQueryClient();
  const orgs = useOrganisations();
  const [name, setName] = useState(unit?.name ?? '');
  const [orgId, setOrgId] = useState(organisationId);
  const [saved, setSaved] = useState(false);

  const mutation = useMutation({
    mutationFn: () =>
      unit
        ? api.patch(`/api/admin/units/${unit.id}`, { name: name.trim(), version: unit.version })
        : api.post('/api/admin/units', { organisationId: orgId, name: name.trim() }),
    onSuccess: async () => {
      await qc.invalidateQueries({ queryKey: ['admin', 'units'] });
      setSaved(true);
      if (unit) onDone();
      else setName('');
    },
  });

  const reload = async () => {
    if (!unit) return;
    const fresh = await fetchUnits(unit.organisationId);
    qc.setQueryData(unitsKey(unit.organisationId), fresh);
    await qc.invalidateQueries({ queryKey: ['admin', 'units'] });
    mutation.reset();
    const current = fresh.find((u) => u.id === unit.id);
    if (current && onReloaded) onReloaded(current);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    mutation.mutate();
  };
  const idp = unit ? 'unit-edit' : 'unit-new';
  const err = mutation.error;
  return (
    <section className="panel narrow" aria-labelledby={`${idp}-title`}>
      <h2 id={`${idp}-title`}>{unit ? t.editUnit(unit.name) : t.newUnit}</h2>
      <form onSubmit={submit} noValidate>
        {!unit && (
          <SelectField
            id={`${idp}-org`}
            label={t.organisation}
            value={orgId}
            onChange={setOrgId}
            placeholder={t.chooseOrganisation}
            options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
            error={fieldError(err, 'organisationId')}
            required
          />
        )}
        <TextField
          id={`${idp}-name`}
          label={t.name}
          value={name}
          onChange={setName}
          error={fieldError(err, 'name')}
          required
        />
        <MutationError error={err} onReload={() => void reload()} reloadLabel={t.reload} />
        <div role="status">{saved && !unit && <p className="success-message">{t.created}</p>}</div>
        <FormActions>
          <Button type="submit" disabled={mutation.isPending}>
            {unit ? t.save : t.create}
          </Button>
          {unit && (
            <Button type="button" variant="secondary" onClick={onDone}>
              {t.cancel}
            </Button>
          )}
        </FormActions>
      </form>
    </section>
  );
}
