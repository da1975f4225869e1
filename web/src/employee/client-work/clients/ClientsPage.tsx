// Client search: by name within the worker's units, or by the whole identity code (exact match;
// the code goes in the query string of a same-origin API call only and is never shown back).
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button } from 'suomifi-ui-components';
import { can, useMe } from '../../../lib/auth';
import { SelectField, TextField } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading } from '../../../lib/states';
import { useClientSearch } from './api';
import { cm } from './messages';
import { fmtDate } from './ui';

type StatusFilter = 'active' | 'ended' | 'all';

export default function ClientsPage() {
  const t = useT(cm);
  const me = useMe();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<StatusFilter>('active');
  const [submitted, setSubmitted] = useState<{ q: string; status: StatusFilter }>({ q: '', status: 'active' });
  const results = useClientSearch(submitted.q, submitted.status);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted({ q: text.trim(), status });
  };

  return (
    <>
      <h1>{t.clients}</h1>
      {can(me.data, 'client.create') && (
        <p>
          <Link to="/app/clients/new" className="card-link" data-qa="new-client-link">
            {t.newClient}
          </Link>
        </p>
      )}
      <form role="search" onSubmit={submit} className="panel narrow" aria-label={t.search} data-qa="client-search">
        <TextField
          id="client-search"
          label={t.search}
          hint={t.searchHint}
          value={text}
          onChange={setText}
          autoComplete="off"
          qa="client-search-text"
        />
        <SelectField
          id="client-status"
          label={t.statusFilter}
          value={status}
          onChange={(v) => setStatus(v as StatusFilter)}
          qa="client-search-status"
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
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t.clients} data-qa="client-list">
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
                  <tr key={c.id} data-qa="client-row">
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
