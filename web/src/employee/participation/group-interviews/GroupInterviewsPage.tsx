// Group interviews: the record (goal, themes and questions, participants, interviewer), a SWOT
// summary and agreed actions; each action becomes a task on its owner's My work.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import type { NewGroupInterviewInput } from '../../../../../src/shared/contracts/participation/group-interviews';
import { can, useMe } from '../../../lib/auth';
import { EditPanel, useEditForm } from '../../../lib/editing';
import { SelectField, TextField } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading } from '../../../lib/states';
import { DateField, TextAreaField } from '../components';
import { GROUP_INTERVIEWS_KEY, groupInterviewsApi } from './api';
import { gm } from './messages';

export default function GroupInterviewsPage() {
  const t = useT(gm);
  const me = useMe();
  const list = useQuery({ queryKey: GROUP_INTERVIEWS_KEY, queryFn: groupInterviewsApi.list });
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
          <article key={g.id} className="panel" aria-labelledby={`gi-${g.id}`} data-qa="group-interview">
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
            <ul data-qa="agreed-actions">
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
      {can(me.data, 'groupInterview.create') && <NewInterview />}
    </>
  );
}

interface Draft {
  heldOn: string;
  goal: string;
  theme: string;
  questions: string;
  participantCount: string;
  interviewerKind: 'internal' | 'external';
  interviewerCount: string;
  strengths: string;
  weaknesses: string;
  opportunities: string;
  threats: string;
  actions: { description: string; ownerId: string; dueDate: string }[];
}

const emptyAction = () => ({ description: '', ownerId: '', dueDate: '' });
const emptyDraft = (): Draft => ({
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
  actions: [emptyAction()],
});

const toBody = (f: Draft): NewGroupInterviewInput => ({
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
  actions: f.actions.filter((a) => a.description.trim()).map((a) => ({ ...a, description: a.description.trim() })),
});

function NewInterview() {
  const t = useT(gm);
  const qc = useQueryClient();
  const owners = useQuery({ queryKey: [...GROUP_INTERVIEWS_KEY, 'staff'], queryFn: groupInterviewsApi.owners });
  const form = useEditForm({
    idPrefix: 'gi',
    initial: emptyDraft(),
    save: (d: Draft) => groupInterviewsApi.create(toBody(d)),
    onSaved: async () => {
      await qc.invalidateQueries({ queryKey: GROUP_INTERVIEWS_KEY });
    },
  });
  const { values: f, set } = form;
  const text = (k: Exclude<keyof Draft, 'actions' | 'interviewerKind'>) => (v: string) => set(k, v);
  const setAction = (i: number, patch: Partial<Draft['actions'][number]>) =>
    set(
      'actions',
      f.actions.map((x, j) => (j === i ? { ...x, ...patch } : x)),
    );
  return (
    <EditPanel title={t.newInterview} form={form} submitLabel={t.save} savedText={t.saved} qa="new-group-interview">
      <DateField
        id={form.id('heldOn')}
        qa="gi-date"
        label={t.heldOn}
        value={f.heldOn}
        onChange={text('heldOn')}
        error={form.error('heldOn')}
      />
      <TextAreaField
        id={form.id('goal')}
        qa="gi-goal"
        label={t.goal}
        value={f.goal}
        onChange={text('goal')}
        error={form.error('goal')}
        rows={2}
      />
      <TextField
        id={form.id('questions.0.theme')}
        qa="gi-theme"
        label={t.theme}
        value={f.theme}
        onChange={text('theme')}
        error={form.error('questions.0.theme')}
      />
      <TextAreaField
        id={form.id('questions')}
        qa="gi-questions"
        label={t.questions}
        hint={t.questionsHint}
        value={f.questions}
        onChange={text('questions')}
      />
      <TextField
        id={form.id('participantCount')}
        qa="gi-participants"
        label={t.participants}
        hint={t.participantsHint}
        value={f.participantCount}
        onChange={text('participantCount')}
        inputMode="numeric"
        error={form.error('participantCount')}
      />
      <SelectField
        id={form.id('interviewerKind')}
        qa="gi-kind"
        label={t.interviewer}
        value={f.interviewerKind}
        onChange={(v) => set('interviewerKind', v as Draft['interviewerKind'])}
        options={[
          { value: 'internal', label: t.internal },
          { value: 'external', label: t.external },
        ]}
        error={form.error('interviewerKind')}
      />
      <TextField
        id={form.id('interviewerCount')}
        qa="gi-interviewers"
        label={t.interviewers}
        value={f.interviewerCount}
        onChange={text('interviewerCount')}
        inputMode="numeric"
        error={form.error('interviewerCount')}
      />
      <TextAreaField
        id={form.id('strengths')}
        qa="gi-s"
        label={t.strengths}
        value={f.strengths}
        onChange={text('strengths')}
        rows={2}
      />
      <TextAreaField
        id={form.id('weaknesses')}
        qa="gi-w"
        label={t.weaknesses}
        value={f.weaknesses}
        onChange={text('weaknesses')}
        rows={2}
      />
      <TextAreaField
        id={form.id('opportunities')}
        qa="gi-o"
        label={t.opportunities}
        value={f.opportunities}
        onChange={text('opportunities')}
        rows={2}
      />
      <TextAreaField
        id={form.id('threats')}
        qa="gi-t"
        label={t.threats}
        value={f.threats}
        onChange={text('threats')}
        rows={2}
      />
      <fieldset>
        <legend>{t.actions}</legend>
        {f.actions.map((a, i) => (
          <div key={i} data-qa="gi-action">
            <TextField
              id={form.id(`actions.${i}.description`)}
              qa="gi-action-text"
              label={t.actionText}
              value={a.description}
              onChange={(v) => setAction(i, { description: v })}
              error={form.error(`actions.${i}.description`)}
            />
            <SelectField
              id={form.id(`actions.${i}.ownerId`)}
              qa="gi-action-owner"
              label={t.owner}
              value={a.ownerId}
              onChange={(v) => setAction(i, { ownerId: v })}
              placeholder={t.choose}
              options={(owners.data ?? []).map((s) => ({ value: s.id, label: s.displayName }))}
              error={form.error(`actions.${i}.ownerId`)}
            />
            <DateField
              id={form.id(`actions.${i}.dueDate`)}
              qa="gi-action-due"
              label={t.due}
              value={a.dueDate}
              onChange={(v) => setAction(i, { dueDate: v })}
              error={form.error(`actions.${i}.dueDate`)}
            />
          </div>
        ))}
        <Button
          variant="secondary"
          onClick={() => set('actions', [...f.actions, emptyAction()])}
          data-qa="gi-add-action"
        >
          {t.addAction}
        </Button>
      </fieldset>
    </EditPanel>
  );
}
