// The benefit handler's concern (huoli herää etuuskäsittelyssä): find the client of your unit,
// describe the concern; social work gets a contact and a task. No assessment content is shown.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import type { ClientBasic } from '../../../../../../src/shared/contracts/client-work/clients';
import { fieldError, TextField } from '../../../../lib/forms';
import { useT } from '../../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../../lib/states';
import { useClientSearch } from '../api';
import { SubmitRow } from '../ClientForm';
import { cm } from '../messages';
import { fmtDate, TextAreaField } from '../ui';
import { concernsKey, fetchConcerns, raiseConcern } from './api';

export default function ConcernPage() {
  const t = useT(cm);
  const [client, setClient] = useState<ClientBasic | null>(null);
  const concerns = useQuery({ queryKey: concernsKey, queryFn: fetchConcerns });
  return (
    <>
      <h1>{t.concernTitle}</h1>
      <p>{t.concernIntro}</p>
      {client ? <ConcernForm client={client} onChange={() => setClient(null)} /> : <ClientPicker onPick={setClient} />}
      <h2>{t.myConcerns}</h2>
      {concerns.isPending ? (
        <Loading />
      ) : concerns.error ? (
        <ErrorState error={concerns.error} onRetry={() => void concerns.refetch()} />
      ) : concerns.data.length === 0 ? (
        <Empty>{t.noConcerns}</Empty>
      ) : (
        <ul className="record-list" data-qa="concerns">
          {concerns.data.map((c) => (
            <li key={c.id} data-qa="concern">
              <h3>
                {c.clientLastName}, {c.clientFirstName} · {fmtDate(c.contactDate)}
              </h3>
              {c.reason && <p>{c.reason}</p>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function ClientPicker({ onPick }: { onPick: (c: ClientBasic) => void }) {
  const t = useT(cm);
  const [text, setText] = useState('');
  const [q, setQ] = useState<string | null>(null);
  const results = useClientSearch(q ?? '', 'all');
  return (
    <section className="panel narrow" aria-labelledby="concern-pick" data-qa="concern-client-picker">
      <h2 id="concern-pick">{t.chooseClient}</h2>
      <form
        role="search"
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          setQ(text.trim());
        }}
      >
        <TextField
          id="concern-search"
          label={t.search}
          hint={t.searchHint}
          value={text}
          onChange={setText}
          autoComplete="off"
          qa="concern-search"
        />
        <Button type="submit">{t.searchButton}</Button>
      </form>
      {q !== null && (
        <div aria-live="polite">
          {results.isPending ? (
            <Loading />
          ) : results.error ? (
            <ErrorState error={results.error} />
          ) : results.data.length === 0 ? (
            <Empty>{t.noClients}</Empty>
          ) : (
            <ul className="record-list" data-qa="concern-clients">
              {results.data.map((c) => (
                <li key={c.id}>
                  <button type="button" className="link-button" onClick={() => onPick(c)} data-qa="concern-client">
                    {c.lastName}, {c.firstName} · {fmtDate(c.birthDate)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

function ConcernForm({ client, onChange }: { client: ClientBasic; onChange: () => void }) {
  const t = useT(cm);
  const qc = useQueryClient();
  const [description, setDescription] = useState('');
  const [sent, setSent] = useState(false);
  const mutation = useMutation({
    mutationFn: () => raiseConcern(client.id, { description }),
    onSuccess: async () => {
      setDescription('');
      setSent(true);
      await qc.invalidateQueries({ queryKey: concernsKey });
    },
  });
  return (
    <section className="panel narrow" aria-labelledby="concern-form" data-qa="concern-form">
      <h2 id="concern-form">
        {t.selected}: {client.lastName}, {client.firstName} · {fmtDate(client.birthDate)}
      </h2>
      <button type="button" className="link-button" onClick={onChange} data-qa="concern-change-client">
        {t.change}
      </button>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setSent(false);
          mutation.mutate();
        }}
        noValidate
      >
        <TextAreaField
          id="concern-text"
          label={t.description}
          value={description}
          onChange={setDescription}
          error={fieldError(mutation.error, 'description')}
          rows={5}
          qa="concern-text"
        />
        <MutationError error={mutation.error} />
        <div role="status">
          {sent && (
            <p className="success-message" data-qa="saved">
              {t.concernSent}
            </p>
          )}
        </div>
        <SubmitRow label={t.sendConcern} pending={mutation.isPending} />
      </form>
    </section>
  );
}
