// Client search: by name within the worker's units, or by the whole identity code (exact match;
// the code goes in the query string of a same-origin API call only and is never shown back).
import { useState, type FormEvent } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Button } from 'suomifi-ui-components';
import { api } from '../../../lib/api';
import { SelectField, TextField } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading } from '../../../lib/states';
import { cm } from './messages';
import type { ClientBasic } from './types';
import { fmtDate } from './ui';

export function useClientSearch(q: string, status: string) {
  return useQuery({
    queryKey: ['clients', 'search', q, status],
    // POST: an identity code typed in the search must not end up in a URL.
    queryFn: () => api.post<{ clients: ClientBasic[] }>('/api/clients/search', { q, status }).then((r) => r.clients),
  });
}

export default function ClientsPage() {
  const t = useT(cm);
  const [text, setText] = useState('');
  const [status, setStatus] = useState('active');
  const [submitted, setSubmitted] = useState({ q: '', status: 'active' });
  const results = useClientSearch(submitted.q, submitted.status);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted({ q: text.trim(), status });
  };

  return (
    <>
      <h1>{t.clients}</h1>
      <p>
        <Link to="/app/clients/new" className="card-link">
          {t.newClient}
        </Link>
      </p>
      <form role="search" onSubmit={submit} className="panel narrow" aria-label={t.search}>
        <TextField
          id="client-search"
          label={t.search}
          hint={t.searchHint}
          value={text}
          onChange={setText}
          autoComplete="off"
        />
        <SelectField
          id="client-status"
          label={t.statusFilter}
          value={status}
          onChange={setStatus}
          options={[
            { value: 'active', label: t.active },
            { value: 'ended', label: t.ended },
            { value: 'all', label: t.all },
          ]}
        />
        <Button type="submit">{t.searchButton}</Button>
      </form>
      <div aria-live="polite">
        {results.isPending ? (
          <Loading />
        ) : results.error ? (
          <ErrorState error={results.error} onRetry={() => void results.refetch()} />
        ) : results.data.length === 0 ? (
          <Empty>{t.noClients}</Empty>
        ) : (
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t.clients}>
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t.name}</th>
                  <th scope="col">{t.birthDate}</th>
                  <th scope="col">{t.unit}</th>
                  <th scope="col">{t.status}</th>
                </tr>
              </thead>
              <tbody>
                {results.data.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <Link to={`/app/clients/${c.id}`}>
                        {c.lastName}, {c.firstName}
                      </Link>
                    </td>
                    <td>{fmtDate(c.birthDate)}</td>
                    <td>{c.unitName}</td>
                    <td>
                      {c.status === 'active' ? t.active : t.ended}
                      {c.clientGroup === 'youth' ? ` · ${t.youth}` : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </>
  );
}
