// The measures of one client: work activity path, income-support applications, groups. Shown as the
// "Toimenpiteet" tab of the client page and at /app/measures/clients/:clientId.
import { useState } from 'react';
import { useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { api } from '../../lib/api';
import { CheckboxField, SelectField } from '../../lib/forms';
import { useT } from '../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../lib/states';
import { can } from '../../lib/auth';
import { useCurrentUser } from '../Shell';
import { m } from './messages';
import type { Application, GroupSummary } from './types';
import { err, Field, Section, today } from './ui';
import { WorkActivitySection } from './WorkActivitySection';
import { SocialRehabSection } from './SocialRehabSection';
import { ProcessSection } from './ProcessSection';

export function ClientMeasures({ clientId }: { clientId: string }) {
  const me = useCurrentUser();
  const worker = can(me, 'measures.read');
  return (
    <>
      {worker && <WorkActivitySection clientId={clientId} />}
      <BenefitSection clientId={clientId} />
      {worker && <GroupsSection clientId={clientId} />}
      {worker && <SocialRehabSection clientId={clientId} />}
      {worker && <ProcessSection clientId={clientId} />}
    </>
  );
}

export default function ClientMeasuresPage() {
  const t = useT(m);
  const { clientId = '' } = useParams();
  return (
    <>
      <h1>{t.clientMeasures}</h1>
      <ClientMeasures clientId={clientId} />
    </>
  );
}

function BenefitSection({ clientId }: { clientId: string }) {
  const t = useT(m);
  const qc = useQueryClient();
  const key = ['measures', 'benefit', clientId];
  const apps = useQuery({
    queryKey: key,
    queryFn: () =>
      api
        .get<{ applications: Application[] }>(`/api/clients/${clientId}/benefit-decisions/applications`)
        .then((r) => r.applications),
  });
  const [f, setF] = useState({ kind: 'supplementary', receivedDate: today(), completeDate: today(), urgent: false });
  const create = useMutation({
    mutationFn: () =>
      api.post(`/api/clients/${clientId}/benefit-decisions/applications`, {
        ...f,
        completeDate: f.completeDate || null,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
  return (
    <Section id="benefit-title" title={t.applications}>
      {apps.isPending ? (
        <Loading />
      ) : apps.error ? (
        <ErrorState error={apps.error} onRetry={() => void apps.refetch()} />
      ) : apps.data.length === 0 ? (
        <Empty>{t.noApplications}</Empty>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t.applications}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t.kind}</th>
                <th scope="col">{t.receivedDate}</th>
                <th scope="col">{t.completeDate}</th>
                <th scope="col">{t.dueDate}</th>
                <th scope="col">{t.decisionDate}</th>
                <th scope="col">{t.processingDays}</th>
                <th scope="col">{t.outcome}</th>
              </tr>
            </thead>
            <tbody>
              {apps.data.map((a) => (
                <tr key={a.id}>
                  <td>
                    {t.kinds[a.kind]}
                    {a.urgent ? ` (${t.urgent})` : ''}
                  </td>
                  <td>{a.receivedDate}</td>
                  <td>{a.completeDate ?? '—'}</td>
                  <td>{a.dueDate ?? '—'}</td>
                  <td>{a.decisionDate ?? <DecideForm clientId={clientId} application={a} />}</td>
                  <td>
                    {a.processingDays ?? '—'} {a.late ? <strong className="badge">{t.late}</strong> : null}
                  </td>
                  <td>{a.outcome ? `${t.outcomes[a.outcome]} · ${a.decisionMakerName ?? ''}` : t.open}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <details>
        <summary>{t.newApplication}</summary>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            create.mutate();
          }}
          noValidate
        >
          <SelectField
            id="ba-kind"
            label={t.kind}
            value={f.kind}
            onChange={(v) => setF({ ...f, kind: v })}
            options={(['supplementary', 'preventive'] as const).map((k) => ({ value: k, label: t.kinds[k] }))}
          />
          <Field
            id="ba-received"
            type="date"
            label={t.receivedDate}
            value={f.receivedDate}
            onChange={(v) => setF({ ...f, receivedDate: v })}
            error={err(create.error, 'receivedDate')}
            required
          />
          <Field
            id="ba-complete"
            type="date"
            label={t.completeDate}
            value={f.completeDate}
            onChange={(v) => setF({ ...f, completeDate: v })}
            error={err(create.error, 'completeDate')}
          />
          <CheckboxField
            id="ba-urgent"
            label={t.urgent}
            checked={f.urgent}
            onChange={(v) => setF({ ...f, urgent: v })}
          />
          <MutationError error={create.error} />
          <Button type="submit" disabled={create.isPending}>
            {t.save}
          </Button>
        </form>
      </details>
    </Section>
  );
}

function DecideForm({ clientId, application: a }: { clientId: string; application: Application }) {
  const t = useT(m);
  const qc = useQueryClient();
  const [date, setDate] = useState(today());
  const [outcome, setOutcome] = useState('granted');
  const [complete, setComplete] = useState(a.completeDate ?? '');
  const decide = useMutation({
    mutationFn: () =>
      api.post(`/api/clients/${clientId}/benefit-decisions/applications/${a.id}/decision`, {
        decisionDate: date,
        outcome,
        completeDate: complete || undefined,
        version: a.version,
      }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['measures', 'benefit', clientId] }),
  });
  const idp = `decide-${a.id.slice(0, 8)}`;
  return (
    <details>
      <summary>{t.decide}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          decide.mutate();
        }}
        noValidate
      >
        {!a.completeDate && (
          <Field
            id={`${idp}-complete`}
            type="date"
            label={t.completeDate}
            value={complete}
            onChange={setComplete}
            error={err(decide.error, 'completeDate')}
          />
        )}
        <Field
          id={`${idp}-date`}
          type="date"
          label={t.decisionDate}
          value={date}
          onChange={setDate}
          error={err(decide.error, 'decisionDate')}
        />
        <SelectField
          id={`${idp}-outcome`}
          label={t.outcome}
          value={outcome}
          onChange={setOutcome}
          options={(['granted', 'partly-granted', 'rejected', 'withdrawn'] as const).map((o) => ({
            value: o,
            label: t.outcomes[o],
          }))}
        />
        <MutationError
          error={decide.error}
          onReload={() => void qc.invalidateQueries({ queryKey: ['measures', 'benefit', clientId] })}
          reloadLabel={t.reload}
        />
        <Button type="submit" disabled={decide.isPending}>
          {t.decide}
        </Button>
      </form>
    </details>
  );
}

interface Membership {
  groupId: string;
  groupName: string;
  status: 'invited' | 'joined' | 'declined' | 'left';
  notesConsent: boolean;
  attended: number;
}

function GroupsSection({ clientId }: { clientId: string }) {
  const t = useT(m);
  const qc = useQueryClient();
  const me = useCurrentUser();
  const canInvite = can(me, 'group.create');
  const key = ['measures', 'client-groups', clientId];
  const data = useQuery({
    queryKey: key,
    queryFn: () =>
      api.get<{
        memberships: Membership[];
        notes: { groupName: string; sessionNo: number; date: string; notes: string }[];
      }>(`/api/clients/${clientId}/groups`),
  });
  const groups = useQuery({
    queryKey: ['measures', 'groups'],
    queryFn: () => api.get<{ groups: GroupSummary[] }>('/api/groups').then((r) => r.groups),
    enabled: canInvite,
  });
  const [groupId, setGroupId] = useState('');
  const invite = useMutation({
    mutationFn: () => api.post(`/api/clients/${clientId}/groups`, { groupId }),
    onSuccess: async () => {
      setGroupId('');
      await qc.invalidateQueries({ queryKey: key });
    },
  });
  return (
    <Section id="groups-title" title={t.groupMemberships}>
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
                <li key={g.groupId}>
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
            invite.mutate();
          }}
          noValidate
        >
          {groups.error && <ErrorState error={groups.error} onRetry={() => void groups.refetch()} />}
          <SelectField
            id="invite-group"
            label={t.inviteToGroup}
            value={groupId}
            onChange={setGroupId}
            placeholder={t.chooseGroup}
            options={(groups.data ?? [])
              .filter((g) => g.status !== 'closed')
              .map((g) => ({ value: g.id, label: g.name }))}
            error={err(invite.error, 'groupId')}
          />
          <MutationError error={invite.error} />
          <Button type="submit" variant="secondary" disabled={!groupId || invite.isPending}>
            {t.invite}
          </Button>
        </form>
      )}
    </Section>
  );
}
