// Units per organisation: list, add, rename, on the one list-and-edit pattern.
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Unit } from '../../../../../src/shared/contracts/administration/units';
import { EditPanel, useEditForm } from '../../../lib/editing';
import { SelectField, TextField } from '../../../lib/forms';
import { ListEditPage } from '../../../lib/ListEdit';
import { useT } from '../../../lib/i18n';
import { ErrorState } from '../../../lib/states';
import { adminMessages } from '../messages';
import { useOrganisations } from '../organisations/api';
import { createUnit, fetchUnits, unitsKey, updateUnit, useUnits } from './api';

export default function UnitsPage() {
  const t = useT(adminMessages);
  const orgs = useOrganisations();
  const [organisationId, setOrganisationId] = useState('');
  const showOrg = organisationId === '';
  return (
    <ListEditPage
      key={organisationId}
      title={t.units}
      filters={
        <>
          {orgs.error && <ErrorState error={orgs.error} onRetry={() => void orgs.refetch()} />}
          <div className="narrow">
            <SelectField
              id="units-org"
              label={t.organisation}
              value={organisationId}
              onChange={setOrganisationId}
              placeholder={t.allOrganisations}
              options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
            />
          </div>
        </>
      }
      list={useUnits(organisationId)}
      emptyText={t.noUnits}
      columns={[
        { header: t.name, cell: (u) => u.name },
        ...(showOrg ? [{ header: t.organisation, cell: (u: Unit) => u.organisationName }] : []),
      ]}
      editLabel={(u) => t.editUnit(u.name)}
      form={(editing, close, reloaded) => (
        <UnitForm unit={editing} organisationId={organisationId} onDone={close} onReloaded={reloaded} />
      )}
      qa="units"
    />
  );
}

function UnitForm({
  unit,
  organisationId,
  onDone,
  onReloaded,
}: {
  unit: Unit | null;
  organisationId: string;
  onDone: () => void;
  onReloaded: (u: Unit) => void;
}) {
  const t = useT(adminMessages);
  const qc = useQueryClient();
  const orgs = useOrganisations();
  const empty = { name: '', organisationId };
  const form = useEditForm({
    idPrefix: unit ? 'unit-edit' : 'unit-new',
    initial: unit ? { name: unit.name, organisationId: unit.organisationId } : empty,
    save: (d: { name: string; organisationId: string }) =>
      unit
        ? updateUnit(unit.id, { name: d.name.trim(), version: unit.version })
        : createUnit({ organisationId: d.organisationId, name: d.name.trim() }),
    onSaved: async (_r, d) => {
      await qc.invalidateQueries({ queryKey: ['admin', 'units'] });
      if (unit) onDone();
      else form.reset({ ...empty, organisationId: d.organisationId });
    },
  });
  const reload = async () => {
    if (!unit) return;
    const fresh = await qc.fetchQuery({
      queryKey: unitsKey(organisationId),
      queryFn: () => fetchUnits(organisationId),
      staleTime: 0,
    });
    const current = fresh.find((u) => u.id === unit.id);
    if (current) onReloaded(current);
  };
  return (
    <EditPanel
      title={unit ? t.editUnit(unit.name) : t.newUnit}
      form={form}
      submitLabel={unit ? t.save : t.create}
      savedText={unit ? undefined : t.created}
      onCancel={unit ? onDone : undefined}
      onReload={() => void reload()}
      qa="unit-form"
    >
      {!unit && (
        <SelectField
          id={form.id('organisationId')}
          label={t.organisation}
          value={form.values.organisationId}
          onChange={(v) => form.set('organisationId', v)}
          placeholder={t.chooseOrganisation}
          options={(orgs.data ?? []).map((o) => ({ value: o.id, label: o.name }))}
          error={form.error('organisationId')}
          required
        />
      )}
      <TextField
        id={form.id('name')}
        label={t.name}
        value={form.values.name}
        onChange={(v) => form.set('name', v)}
        error={form.error('name')}
        required
      />
    </EditPanel>
  );
}
