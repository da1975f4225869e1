// One client's groups: memberships, group notes from the groups where the client consented, and the
// invitation into a group of the client's unit (when the server's permittedActions allow it).
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { can } from '../../../lib/auth';
import { SelectField } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../lib/states';
import { m } from '../messages';
import { err, Section } from '../ui';
import { clientGroupsKey, fetchClientGroups, fetchGroups, GROUPS_KEY, invite } from './api';

export function ClientGroupsSection({ clientId }: { clientId: string }) {
  const t = useT(m);
  const qc = useQueryClient();
  const data = useQuery({ queryKey: clientGroupsKey(clientId), queryFn: () => fetchClientGroups(clientId) });
  const canInvite = can(data.data, 'group.invitation.create');
  const groups = useQuery({ queryKey: GROUPS_KEY, queryFn: fetchGroups, enabled: canInvite });
  const [groupId, setGroupId] = useState('');
  const mutation = useMutation({
    mutationFn: () => invite(clientId, { groupId }),
    onSuccess: async () => {
      setGroupId('');
      await qc.invalidateQueries({ queryKey: clientGroupsKey(clientId) });
    },
  });
  return (
    <Section id="groups-title" title={t.groupMemberships} qa="client-groups">
      {data.isPending ? (
        <Loading />
      ) : data.error ? (
        <ErrorState error={data.error} onRetry={() => void data.refetch()} />
      ) : (
        <>
          {data.data.memberships.length === 0 ? (
            <Empty>{t.noMemberships}</Empty>
          ) : (
            <ul>
              {data.data.memberships.map((g) => (
                <li key={g.groupId} data-qa="membership" data-group={g.groupId} data-status={g.status}>
                  {g.groupName} — {t.memberStatuses[g.status]}
                  {g.notesConsent ? ` · ${t.notesConsent}` : ''}
                </li>
              ))}
            </ul>
          )}
          {data.data.notes.length > 0 && (
            <>
              <h3>{t.groupNotes}</h3>
              <ul>
                {data.data.notes.map((n) => (
                  <li key={`${n.groupName}-${n.sessionNo}`}>
                    {n.groupName}, {t.session(n.sessionNo)} ({n.date}): {n.notes}
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      {canInvite && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            mutation.mutate();
          }}
          noValidate
          data-qa="invite-form"
        >
          {groups.error && <ErrorState error={groups.error} onRetry={() => void groups.refetch()} />}
          <SelectField
            id="invite-group"
            qa="invite-group"
            label={t.inviteToGroup}
            value={groupId}
            onChange={setGroupId}
            placeholder={t.chooseGroup}
            options={(groups.data ?? [])
              .filter((g) => g.status !== 'closed')
              .map((g) => ({ value: g.id, label: g.name }))}
            error={err(mutation.error, 'groupId')}
          />
          <MutationError error={mutation.error} />
          <Button type="submit" variant="secondary" disabled={!groupId || mutation.isPending} data-qa="invite-save">
            {t.invite}
          </Button>
        </form>
      )}
    </Section>
  );
}
