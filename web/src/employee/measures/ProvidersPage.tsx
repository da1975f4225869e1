// The register of rehabilitative work activity providers.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { api } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../lib/states';
import { m } from './messages';
import type { Provider } from './types';
import { Area, err, Field, Section } from './ui';
import { useProviders } from './WorkActivitySection';

export default function ProvidersPage() {
  const t = useT(m);
  const qc = useQueryClient();
  const providers = useProviders();
  const empty = {
    name: '',
    address: '',
    tasksOffered: '',
    contactPerson: '',
    contactPhone: '',
    publicTransport: '',
    capacity: '',
  };
  const [f, setF] = useState(empty);
  const [saved, setSaved] = useState(false);
  const set = (k: keyof typeof empty) => (v: string) => setF((p) => ({ ...p, [k]: v }));
  const create = useMutation({
    mutationFn: () =>
      api.post<{ provider: Provider }>('/api/work-activity/providers', {
        ...f,
        capacity: f.capacity === '' ? null : Number(f.capacity),
      }),
    onSuccess: async () => {
      setF(empty);
      setSaved(true);
      await qc.invalidateQueries({ queryKey: ['measures', 'providers'] });
    },
  });
  const toggle = useMutation({
    mutationFn: (p: Provider) =>
      api.patch(`/api/work-activity/providers/${p.id}`, { isActive: !p.isActive, version: p.version }),
    onSettled: () => qc.invalidateQueries({ queryKey: ['measures', 'providers'] }),
  });
  return (
    <>
      <h1>{t.providers}</h1>
      {providers.isPending ? (
        <Loading />
      ) : providers.error ? (
        <ErrorState error={providers.error} onRetry={() => void providers.refetch()} />
      ) : providers.data.providers.length === 0 ? (
        <Empty>{t.noProviders}</Empty>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t.providers}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.tasksOffered}</th>
                <th scope="col">{t.contactPerson}</th>
                <th scope="col">{t.publicTransport}</th>
                <th scope="col">{t.capacity}</th>
                <th scope="col">{t.activeAgreements}</th>
                <th scope="col">{t.active}</th>
              </tr>
            </thead>
            <tbody>
              {providers.data.providers.map((p) => (
                <tr key={p.id}>
                  <td>
                    {p.name}
                    {p.address ? <div>{p.address}</div> : null}
                  </td>
                  <td>{p.tasksOffered}</td>
                  <td>
                    {p.contactPerson} {p.contactPhone}
                  </td>
                  <td>{p.publicTransport}</td>
                  <td>{p.capacity ?? '—'}</td>
                  <td>{p.activeAgreements}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => toggle.mutate(p)}
                      aria-label={`${p.name}: ${p.isActive ? t.inactive : t.active}`}
                    >
                      {p.isActive ? t.active : t.inactive}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <MutationError
        error={toggle.error}
        onReload={() => void qc.invalidateQueries({ queryKey: ['measures', 'providers'] }).then(() => toggle.reset())}
        reloadLabel={t.reload}
      />
      <Section id="provider-new" title={t.addProvider}>
        <form
          className="narrow"
          onSubmit={(e) => {
            e.preventDefault();
            setSaved(false);
            create.mutate();
          }}
          noValidate
        >
          <Field
            id="provider-name"
            label={t.name}
            value={f.name}
            onChange={set('name')}
            error={err(create.error, 'name')}
            required
          />
          <Field id="provider-address" label={t.address} value={f.address} onChange={set('address')} />
          <Area id="provider-tasks" label={t.tasksOffered} value={f.tasksOffered} onChange={set('tasksOffered')} />
          <Field
            id="provider-contact"
            label={t.contactPerson}
            value={f.contactPerson}
            onChange={set('contactPerson')}
          />
          <Field id="provider-phone" label={t.contactPhone} value={f.contactPhone} onChange={set('contactPhone')} />
          <Area
            id="provider-transport"
            label={t.publicTransport}
            value={f.publicTransport}
            onChange={set('publicTransport')}
          />
          <Field
            id="provider-capacity"
            type="number"
            min="0"
            label={t.capacity}
            value={f.capacity}
            onChange={set('capacity')}
            error={err(create.error, 'capacity')}
          />
          <MutationError error={create.error} />
          <div role="status">{saved && <p className="success-message">{t.saved}</p>}</div>
          <Button type="submit" disabled={create.isPending}>
            {t.add}
          </Button>
        </form>
      </Section>
    </>
  );
}
