// Organisations: list, add, edit (name, kind, population). The model of a list-and-edit page:
// ListEditPage lays it out, useEditForm sends the version and handles a conflict by reloading.
import { useQueryClient } from '@tanstack/react-query';
import type { Organisation, OrganisationKind } from '../../../../../src/shared/contracts/administration/organisations';
import { EditPanel, useEditForm } from '../../../lib/editing';
import { SelectField, TextField } from '../../../lib/forms';
import { ListEditPage } from '../../../lib/ListEdit';
import { useFormat, useT } from '../../../lib/i18n';
import { adminMessages } from '../messages';
import { createOrganisation, fetchOrganisations, ORGANISATIONS_KEY, updateOrganisation, useOrganisations } from './api';

interface Draft {
  name: string;
  kind: OrganisationKind;
  population: string;
}

const emptyDraft: Draft = { name: '', kind: 'hyvinvointialue', population: '' };
const toDraft = (o: Organisation): Draft => ({
  name: o.name,
  kind: o.kind,
  population: String(o.population),
});
const toBody = (d: Draft) => ({
  name: d.name.trim(),
  kind: d.kind,
  ...(d.population.trim() === '' ? {} : { population: Number(d.population) }),
});

export default function OrganisationsPage() {
  const t = useT(adminMessages);
  const fmt = useFormat();
  return (
    <ListEditPage
      title={t.organisations}
      list={useOrganisations()}
      emptyText={t.noOrganisations}
      columns={[
        { header: t.name, cell: (o) => o.name },
        { header: t.kind, cell: (o) => (o.kind === 'kunta' ? t.kindKunta : t.kindHyvinvointialue) },
        { header: t.population, cell: (o) => fmt.number(o.population) },
      ]}
      editLabel={(o) => t.editOrganisation(o.name)}
      form={(editing, close, reloaded) => (
        <OrganisationForm organisation={editing} onDone={close} onReloaded={reloaded} />
      )}
      qa="organisations"
    />
  );
}

function OrganisationForm({
  organisation,
  onDone,
  onReloaded,
}: {
  organisation: Organisation | null;
  onDone: () => void;
  onReloaded: (o: Organisation) => void;
}) {
  const t = useT(adminMessages);
  const qc = useQueryClient();
  const form = useEditForm({
    idPrefix: organisation ? 'org-edit' : 'org-new',
    initial: organisation ? toDraft(organisation) : emptyDraft,
    save: (d: Draft) =>
      organisation
        ? updateOrganisation(organisation.id, { ...toBody(d), version: organisation.version })
        : createOrganisation(toBody(d)),
    onSaved: async () => {
      await qc.invalidateQueries({ queryKey: ORGANISATIONS_KEY });
      if (organisation) onDone();
      else form.reset(emptyDraft);
    },
  });
  const reload = async () => {
    const fresh = await qc.fetchQuery({ queryKey: ORGANISATIONS_KEY, queryFn: fetchOrganisations, staleTime: 0 });
    const current = fresh.find((o) => o.id === organisation?.id);
    if (current) onReloaded(current);
  };
  return (
    <EditPanel
      title={organisation ? t.editOrganisation(organisation.name) : t.newOrganisation}
      form={form}
      submitLabel={organisation ? t.save : t.create}
      savedText={organisation ? undefined : t.created}
      onCancel={organisation ? onDone : undefined}
      onReload={() => void reload()}
      qa="organisation-form"
    >
      <TextField
        id={form.id('name')}
        qa="organisation-name"
        label={t.name}
        value={form.values.name}
        onChange={(name) => form.set('name', name)}
        error={form.error('name')}
        required
      />
      <SelectField
        id={form.id('kind')}
        qa="organisation-kind"
        label={t.kind}
        value={form.values.kind}
        onChange={(kind) => form.set('kind', kind as OrganisationKind)}
        options={[
          { value: 'hyvinvointialue', label: t.kindHyvinvointialue },
          { value: 'kunta', label: t.kindKunta },
        ]}
        error={form.error('kind')}
      />
      <TextField
        id={form.id('population')}
        qa="organisation-population"
        label={t.population}
        type="number"
        inputMode="numeric"
        value={form.values.population}
        onChange={(population) => form.set('population', population)}
        error={form.error('population')}
      />
    </EditPanel>
  );
}
