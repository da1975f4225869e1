// The register of rehabilitative work activity providers: the list-and-edit page (ListEditPage with
// useEditForm, as the administration pages). An edit sends its version; a conflict offers a reload.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Provider } from '../../../../../src/shared/contracts/measures/work-activity-providers';
import { can } from '../../../lib/auth';
import { EditPanel, useEditForm } from '../../../lib/editing';
import { CheckboxField, TextField } from '../../../lib/forms';
import { ListEditPage } from '../../../lib/ListEdit';
import { useT } from '../../../lib/i18n';
import { useCurrentUser } from '../../Shell';
import { m } from '../messages';
import { addProvider, editProvider, fetchProviders, PROVIDERS_KEY } from './api';

interface Draft {
  name: string;
  address: string;
  tasksOffered: string;
  contactPerson: string;
  contactPhone: string;
  publicTransport: string;
  capacity: string;
  isActive: boolean;
}

const emptyDraft: Draft = {
  name: '',
  address: '',
  tasksOffered: '',
  contactPerson: '',
  contactPhone: '',
  publicTransport: '',
  capacity: '',
  isActive: true,
};

const toDraft = (p: Provider): Draft => ({
  name: p.name,
  address: p.address ?? '',
  tasksOffered: p.tasksOffered ?? '',
  contactPerson: p.contactPerson ?? '',
  contactPhone: p.contactPhone ?? '',
  publicTransport: p.publicTransport ?? '',
  capacity: p.capacity === null ? '' : String(p.capacity),
  isActive: p.isActive,
});

const toBody = (d: Draft) => ({
  ...d,
  capacity: d.capacity.trim() === '' ? null : Number(d.capacity),
});

export default function ProvidersPage() {
  const t = useT(m);
  const me = useCurrentUser();
  const list = useQuery({ queryKey: PROVIDERS_KEY, queryFn: fetchProviders, select: (r) => r.providers });
  return (
    <ListEditPage
      title={t.providers}
      list={list}
      emptyText={t.noProviders}
      columns={[
        {
          header: t.name,
          cell: (p) => (
            <>
              {p.name}
              {p.address ? <div>{p.address}</div> : null}
            </>
          ),
        },
        { header: t.tasksOffered, cell: (p) => p.tasksOffered },
        { header: t.contactPerson, cell: (p) => `${p.contactPerson ?? ''} ${p.contactPhone ?? ''}`.trim() },
        { header: t.publicTransport, cell: (p) => p.publicTransport },
        { header: t.capacity, cell: (p) => p.capacity ?? '—' },
        { header: t.activeAgreements, cell: (p) => p.activeAgreements },
        { header: t.active, cell: (p) => (p.isActive ? t.active : t.inactive) },
      ]}
      editLabel={(p) => t.editProvider(p.name)}
      form={(editing, close, reloaded) =>
        editing || can(me, 'workActivity.provider.create') ? (
          <ProviderForm provider={editing} onDone={close} onReloaded={reloaded} />
        ) : null
      }
      qa="providers"
    />
  );
}

function ProviderForm({
  provider,
  onDone,
  onReloaded,
}: {
  provider: Provider | null;
  onDone: () => void;
  onReloaded: (p: Provider) => void;
}) {
  const t = useT(m);
  const qc = useQueryClient();
  const form = useEditForm({
    idPrefix: provider ? 'provider-edit' : 'provider-new',
    initial: provider ? toDraft(provider) : emptyDraft,
    save: (d: Draft) =>
      provider ? editProvider(provider.id, { ...toBody(d), version: provider.version }) : addProvider(toBody(d)),
    onSaved: async () => {
      await qc.invalidateQueries({ queryKey: PROVIDERS_KEY });
      if (provider) onDone();
      else form.reset(emptyDraft);
    },
  });
  const reload = async () => {
    const fresh = await qc.fetchQuery({ queryKey: PROVIDERS_KEY, queryFn: fetchProviders, staleTime: 0 });
    const current = fresh.providers.find((p) => p.id === provider?.id);
    if (current) onReloaded(current);
  };
  const text = (
    key: Exclude<keyof Draft, 'isActive'>,
    label: string,
    qa: string,
    extra: { required?: boolean } = {},
  ) => (
    <TextField
      id={form.id(key)}
      qa={qa}
      label={label}
      value={form.values[key]}
      onChange={(v) => form.set(key, v)}
      error={form.error(key)}
      {...extra}
    />
  );
  return (
    <EditPanel
      title={provider ? t.editProvider(provider.name) : t.addProvider}
      form={form}
      submitLabel={provider ? t.save : t.add}
      savedText={provider ? undefined : t.providerAdded}
      onCancel={provider ? onDone : undefined}
      onReload={() => void reload()}
      qa="provider-form"
    >
      {text('name', t.name, 'provider-name', { required: true })}
      {text('address', t.address, 'provider-address')}
      {text('tasksOffered', t.tasksOffered, 'provider-tasks')}
      {text('contactPerson', t.contactPerson, 'provider-contact')}
      {text('contactPhone', t.contactPhone, 'provider-phone')}
      {text('publicTransport', t.publicTransport, 'provider-transport')}
      <TextField
        id={form.id('capacity')}
        qa="provider-capacity"
        label={t.capacity}
        type="number"
        inputMode="numeric"
        value={form.values.capacity}
        onChange={(v) => form.set('capacity', v)}
        error={form.error('capacity')}
      />
      <CheckboxField
        id={form.id('isActive')}
        qa="provider-active"
        label={t.active}
        checked={form.values.isActive}
        onChange={(v) => form.set('isActive', v)}
      />
    </EditPanel>
  );
}
