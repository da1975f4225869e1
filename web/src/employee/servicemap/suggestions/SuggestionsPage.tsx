// The updater's moderation queue: suggestions of new services and corrections of the organisation's
// services. Approving publishes (a new service in the updater's organisation); the suggester's email
// is offered once for a reply and is no longer stored.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { can } from '../../../lib/auth';
import { useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../lib/states';
import { useCurrentUser } from '../../Shell';
import { smMessages } from '../messages';
import { approveSuggestion, listSuggestions, rejectSuggestion } from './api';

export default function SuggestionsPage() {
  const t = useT(smMessages);
  const qc = useQueryClient();
  const user = useCurrentUser();
  const mayModerate = can(user, 'serviceSuggestion.moderate');
  const list = useQuery({ queryKey: ['servicemap', 'suggestions'], queryFn: listSuggestions });
  const [tell, setTell] = useState<{ email: string } | null>(null);
  const act = useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'approve' | 'reject' }) =>
      action === 'approve' ? approveSuggestion(id) : rejectSuggestion(id),
    onSuccess: async (r) => {
      setTell(r.tellSuggester);
      await qc.invalidateQueries({ queryKey: ['servicemap'] });
    },
  });
  return (
    <>
      <h1>{t.suggestions}</h1>
      <div role="status">
        {act.isSuccess && (
          <p className="success-message" data-qa="suggestion-handled">
            {t.handled}
          </p>
        )}
        {tell && (
          <p>
            <a
              href={`mailto:${tell.email}?subject=${encodeURIComponent(t.tellSubject)}&body=${encodeURIComponent(t.tellBody)}`}
              data-qa="tell-suggester"
            >
              {t.tellSuggester}
            </a>
          </p>
        )}
      </div>
      <MutationError error={act.error} />
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} />
      ) : list.data.suggestions.length === 0 ? (
        <Empty>{t.noSuggestions}</Empty>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0 }} data-qa="suggestions">
          {list.data.suggestions.map((g) => (
            <li key={g.id} className="card" style={{ marginBottom: '.75rem' }} data-qa="suggestion">
              <h2 style={{ margin: 0 }}>{g.serviceName ? `${g.serviceName}: ${g.name}` : g.name}</h2>
              <p>{g.description}</p>
              <p>{[g.streetAddress, g.municipality].filter(Boolean).join(', ')}</p>
              {g.message && <p>{g.message}</p>}
              {mayModerate && (
                <>
                  <Button
                    onClick={() => act.mutate({ id: g.id, action: 'approve' })}
                    disabled={act.isPending}
                    data-qa="approve"
                  >
                    {t.approve}
                  </Button>{' '}
                  <Button
                    variant="secondary"
                    onClick={() => act.mutate({ id: g.id, action: 'reject' })}
                    disabled={act.isPending}
                    data-qa="reject"
                  >
                    {t.reject}
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
