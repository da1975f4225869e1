// Group-based social work: the groups list and a form for a new group with its programme.
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { can } from '../../../lib/auth';
import { clock } from '../../../lib/clock';
import { CheckboxField } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../lib/states';
import { useCurrentUser } from '../../Shell';
import { m } from '../messages';
import { Area, err, Field, Section } from '../ui';
import { createGroup, fetchGroups, fetchStaff, GROUP_STAFF_KEY, GROUPS_KEY } from './api';

export default function GroupsPage() {
  const t = useT(m);
  const me = useCurrentUser();
  const groups = useQuery({ queryKey: GROUPS_KEY, queryFn: fetchGroups });
  return (
    <>
      <h1>{t.groups}</h1>
      {groups.isPending ? (
        <Loading />
      ) : groups.error ? (
        <ErrorState error={groups.error} onRetry={() => void groups.refetch()} />
      ) : groups.data.length === 0 ? (
        <Empty>{t.noGroups}</Empty>
      ) : (
        <ul className="card-grid" data-qa="groups">
          {groups.data.map((g) => (
            <li key={g.id} className="card" data-qa="group-card">
              <Link className="card-link" to={`/app/measures/groups/${g.id}`} data-qa="group-link">
                {g.name}
              </Link>
              <p>
                {g.targetGroup} · {t.statuses[g.status]} · {t.sessionCount}: {g.sessions} · {t.members}: {g.members}
                {g.nextSession ? ` · ${g.nextSession}` : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
      {can(me, 'group.create') && <NewGroupForm />}
    </>
  );
}

function NewGroupForm() {
  const t = useT(m);
  const qc = useQueryClient();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const staff = useQuery({ queryKey: GROUP_STAFF_KEY, queryFn: fetchStaff });
  const [f, setF] = useState({
    name: '',
    targetGroup: '',
    description: '',
    firstDate: clock.today(),
    sessions: '6',
    startTime: '10:00',
  });
  const [leaders, setLeaders] = useState<string[]>([me.id]);
  const set = (k: keyof typeof f) => (v: string) => setF((p) => ({ ...p, [k]: v }));
  const create = useMutation({
    mutationFn: () =>
      createGroup({
        ...f,
        description: f.description || null,
        sessions: Number(f.sessions),
        leaderUserIds: leaders,
        startTime: f.startTime || null,
        durationMinutes: 120,
        intervalDays: 7,
      }),
    onSuccess: async (r) => {
      await qc.invalidateQueries({ queryKey: GROUPS_KEY });
      void navigate(`/app/measures/groups/${r.id}`);
    },
  });
  return (
    <Section id="group-new" title={t.newGroup} qa="group-form">
      <form
        className="narrow"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate();
        }}
        noValidate
      >
        <Field
          id="group-name"
          qa="group-name"
          label={t.name}
          value={f.name}
          onChange={set('name')}
          error={err(create.error, 'name')}
          required
        />
        <Field
          id="group-target"
          qa="group-target"
          label={t.targetGroup}
          value={f.targetGroup}
          onChange={set('targetGroup')}
          error={err(create.error, 'targetGroup')}
          required
        />
        <Area
          id="group-description"
          qa="group-description"
          label={t.description}
          value={f.description}
          onChange={set('description')}
        />
        <fieldset data-qa="group-leaders">
          <legend>{t.leaders}</legend>
          {staff.isPending ? (
            <Loading />
          ) : staff.error ? (
            <ErrorState error={staff.error} onRetry={() => void staff.refetch()} />
          ) : (
            staff.data.map((s) => (
              <CheckboxField
                key={s.id}
                id={`leader-${s.id}`}
                qa="group-leader"
                label={s.name}
                checked={leaders.includes(s.id)}
                onChange={(c) => setLeaders((l) => (c ? [...l, s.id] : l.filter((x) => x !== s.id)))}
              />
            ))
          )}
          {err(create.error, 'leaderUserIds') && <p className="field-error">{err(create.error, 'leaderUserIds')}</p>}
        </fieldset>
        <Field
          id="group-first"
          qa="group-first"
          type="date"
          label={t.firstDate}
          value={f.firstDate}
          onChange={set('firstDate')}
          error={err(create.error, 'firstDate')}
          required
        />
        <Field
          id="group-sessions"
          qa="group-sessions"
          type="number"
          min="1"
          max="30"
          label={t.sessionCount}
          value={f.sessions}
          onChange={set('sessions')}
          error={err(create.error, 'sessions')}
        />
        <Field
          id="group-time"
          qa="group-time"
          type="time"
          label={t.startTime}
          value={f.startTime}
          onChange={set('startTime')}
          error={err(create.error, 'startTime')}
        />
        <MutationError error={create.error} />
        <Button type="submit" disabled={create.isPending} data-qa="group-save">
          {t.save}
        </Button>
      </form>
    </Section>
  );
}
