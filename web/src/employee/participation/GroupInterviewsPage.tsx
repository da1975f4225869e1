// Group interviews: the record (goal, themes and questions, participants, interviewer), a SWOT
// summary and agreed actions; each action becomes a task on its owner's My work.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { api } from '../../lib/api';
import { can, useMe } from '../../lib/auth';
import { fieldError, FormActions, SelectField, TextField } from '../../lib/forms';
import { useT } from '../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../lib/states';
import { DateField, TextAreaField } from './common';
import { gm } from './groupInterviewMessages';

interface Interview {
  id: string;
  heldOn: string;
  goal: string;
  questions: { theme: string; questions: string[] }[];
  participantCount: number;
  interviewerKind: 'internal' | 'external';
  interviewerCount: number;
  strengths: string;
  weaknesses: string;
  opportunities: string;
  threats: string;
  actions: { id: string; description: string; ownerName: string; dueDate: string; done: boolean }[];
}

export default function GroupInterviewsPage() {
  const t = useT(gm);
  const me = useMe();
  const canManage = can(me.data, 'groupInterview.create');
  const list = useQuery({
    queryKey: ['group-interviews'],
    queryFn: () => api.get<{ interviews: Interview[] }>('/api/group-interviews').then((r) => r.interviews),
  });
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <Empty>{t.none}</Empty>
      ) : (
        list.data.map((g) => (
          <article key={g.id} className="panel" aria-labelledby={`gi-${g.id}`}>
            <h2 id={`gi-${g.id}`}>
              {g.heldOn}: {g.goal}
            </h2>
            <p>
              {t.participants}: {g.participantCount} · {t.interviewers}: {g.interviewerCount} (
              {g.interviewerKind === 'external' ? t.external : t.internal})
            </p>
            {g.questions.map((q) => (
              <div key={q.theme}>
                <h3>{q.theme}</h3>
                <ul>
                  {q.questions.map((x) => (
                    <li key={x}>{x}</li>
                  ))}
                </ul>
              </div>
            ))}
            <dl className="swot">
              <dt>{t.strengths}</dt>
              <dd>{g.strengths || '–'}</dd>
              <dt>{t.weaknesses}</dt>
              <dd>{g.weaknesses || '–'}</dd>
              <dt>{t.opportunities}</dt>
              <dd>{g.opportunities || '–'}</dd>
              <dt>{t.threats}</dt>
              <dd>{g.threats || '–'}</dd>
            </dl>
            <h3>{t.actions}</h3>
            <ul>
              {g.actions.map((a) => (
                <li key={a.id}>
                  {a.description} – {a.ownerName}, {a.dueDate}
                  {a.done ? ` (${t.done})` : ''}
                </li>
              ))}
            </ul>
          </article>
        ))
      )}
      {canManage && <NewInterview />}
    </>
  );
}

function NewInterview() {
  const t = useT(gm);
  const qc = useQueryClient();
  const staff = useQuery({
    queryKey: ['group-interviews', 'staff'],
    queryFn: () =>
      api.get<{ staff: { id: string; displayName: string }[] }>('/api/group-interviews/staff').then((r) => r.staff),
  });
  const [f, setF] = useState({
    heldOn: '',
    goal: '',
    theme: '',
    questions: '',
    participantCount: '',
    interviewerKind: 'internal',
    interviewerCount: '1',
    strengths: '',
    weaknesses: '',
    opportunities: '',
    threats: '',
  });
  const [actions, setActions] = useState<{ description: string; ownerId: string; dueDate: string }[]>([
    { description: '', ownerId: '', dueDate: '' },
  ]);
  const [saved, setSaved] = useState(false);
  const set = (k: keyof typeof f) => (v: string) => setF((o) => ({ ...o, [k]: v }));
  const create = useMutation({
    mutationFn: () =>
      api.post('/api/group-interviews', {
        heldOn: f.heldOn,
        goal: f.goal.trim(),
        questions: f.theme.trim()
          ? [
              {
                theme: f.theme.trim(),
                questions: f.questions
                  .split('\n')
                  .map((q) => q.trim())
                  .filter(Boolean),
              },
            ]
          : [],
        participantCount: Number(f.participantCount) || 0,
        interviewerKind: f.interviewerKind,
        interviewerCount: Number(f.interviewerCount) || 1,
        strengths: f.strengths,
        weaknesses: f.weaknesses,
        opportunities: f.opportunities,
        threats: f.threats,
        actions: actions.filter((a) => a.description.trim()).map((a) => ({ ...a, description: a.description.trim() })),
      }),
    onSuccess: async () => {
      setSaved(true);
      await qc.invalidateQueries({ queryKey: ['group-interviews'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    create.mutate();
  };
  const err = create.error;
  return (
    <section className="panel narrow" aria-labelledby="gi-new-title">
      <h2 id="gi-new-title">{t.newInterview}</h2>
      <form onSubmit={submit} noValidate>
        <DateField
          id="gi-date"
          label={t.heldOn}
          value={f.heldOn}
          onChange={set('heldOn')}
          error={fieldError(err, 'heldOn')}
        />
        <TextAreaField
          id="gi-goal"
          label={t.goal}
          value={f.goal}
          onChange={set('goal')}
          error={fieldError(err, 'goal')}
          rows={2}
        />
        <TextField
          id="gi-theme"
          label={t.theme}
          value={f.theme}
          onChange={set('theme')}
          error={fieldError(err, 'questions.0.theme')}
        />
        <TextAreaField
          id="gi-questions"
          label={t.questions}
          hint={t.questionsHint}
          value={f.questions}
          onChange={set('questions')}
        />
        <TextField
          id="gi-participants"
          label={t.participants}
          hint={t.participantsHint}
          value={f.participantCount}
          onChange={set('participantCount')}
          inputMode="numeric"
          error={fieldError(err, 'participantCount')}
        />
        <SelectField
          id="gi-kind"
          label={t.interviewer}
          value={f.interviewerKind}
          onChange={set('interviewerKind')}
          options={[
            { value: 'internal', label: t.internal },
            { value: 'external', label: t.external },
          ]}
          error={fieldError(err, 'interviewerKind')}
        />
        <TextField
          id="gi-icount"
          label={t.interviewers}
          value={f.interviewerCount}
          onChange={set('interviewerCount')}
          inputMode="numeric"
          error={fieldError(err, 'interviewerCount')}
        />
        <TextAreaField id="gi-s" label={t.strengths} value={f.strengths} onChange={set('strengths')} rows={2} />
        <TextAreaField id="gi-w" label={t.weaknesses} value={f.weaknesses} onChange={set('weaknesses')} rows={2} />
        <TextAreaField
          id="gi-o"
          label={t.opportunities}
          value={f.opportunities}
          onChange={set('opportunities')}
          rows={2}
        />
        <TextAreaField id="gi-t" label={t.threats} value={f.threats} onChange={set('threats')} rows={2} />
        <fieldset>
          <legend>{t.actions}</legend>
          {actions.map((a, i) => (
            <div key={i}>
              <TextField
                id={`gi-a${i}-desc`}
                label={t.actionText}
                value={a.description}
                onChange={(v) => setActions((list) => list.map((x, j) => (j === i ? { ...x, description: v } : x)))}
                error={fieldError(err, `actions.${i}.description`)}
              />
              <SelectField
                id={`gi-a${i}-owner`}
                label={t.owner}
                value={a.ownerId}
                onChange={(v) => setActions((list) => list.map((x, j) => (j === i ? { ...x, ownerId: v } : x)))}
                placeholder={t.choose}
                options={(staff.data ?? []).map((s) => ({ value: s.id, label: s.displayName }))}
                error={fieldError(err, `actions.${i}.ownerId`)}
              />
              <DateField
                id={`gi-a${i}-due`}
                label={t.due}
                value={a.dueDate}
                onChange={(v) => setActions((list) => list.map((x, j) => (j === i ? { ...x, dueDate: v } : x)))}
                error={fieldError(err, `actions.${i}.dueDate`)}
              />
            </div>
          ))}
          <Button
            variant="secondary"
            onClick={() => setActions((list) => [...list, { description: '', ownerId: '', dueDate: '' }])}
          >
            {t.addAction}
          </Button>
        </fieldset>
        <MutationError error={err} />
        <div role="status">{saved && <p className="success-message">{t.saved}</p>}</div>
        <FormActions>
          <Button type="submit" disabled={create.isPending}>
            {t.save}
          </Button>
        </FormActions>
      </form>
    </section>
  );
}
