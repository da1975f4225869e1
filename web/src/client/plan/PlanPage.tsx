// The client's own plan in plain language: goals with their own mark and words, what was agreed,
// their thoughts before the next meeting (into the draft), and the plan to download.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { api } from '../../lib/api';
import { useT } from '../../lib/i18n';
import { ErrorState, Loading, MutationError } from '../../lib/states';
import { fiDate } from '../../employee/client-work/plan/fields';
import { portalPlanMessages } from './messages';
import './portal.css';

type Mark = 'going-well' | 'some-progress' | 'not-yet' | 'needs-change';
interface PortalGoal {
  id: string;
  title: string;
  status: 'open' | 'in-progress' | 'reached' | 'dropped';
  clientView: string;
  clientMark: Mark | null;
}
interface PortalPlan {
  plan: null | {
    versionId: string;
    number: number;
    acceptedOn: string | null;
    reviewDate: string;
    version: number;
    goals: PortalGoal[];
    agreedActions: {
      id: string;
      action: string;
      owner: 'client' | 'worker' | 'partner' | 'together';
      ownerName: string;
      due: string | null;
    }[];
  };
  draft: null | { versionId: string; version: number; reviewDate: string; clientPreparation: string };
}
const MARKS: Mark[] = ['going-well', 'some-progress', 'not-yet', 'needs-change'];
const KEY = ['portal', 'plan'];

export default function PlanPage() {
  const t = useT(portalPlanMessages);
  const data = useQuery({ queryKey: KEY, queryFn: () => api.get<PortalPlan>('/api/portal/plan') });
  if (data.isPending) return <Loading />;
  if (data.error) return <ErrorState error={data.error} onRetry={() => void data.refetch()} />;
  const { plan, draft } = data.data;
  return (
    <>
      <h1>{t.planTitle}</h1>
      {!plan ? (
        <p>{t.noPlan}</p>
      ) : (
        <>
          <p>{t.reviewBy(fiDate(plan.reviewDate))}</p>
          <p className="portal-links">
            <a className="button-link" href="/api/portal/plan/pdf" download>
              {t.download}
            </a>{' '}
            <a href="/asiointi/suunnitelma">{t.printable}</a>
          </p>
          <h2>{t.goals}</h2>
          <ul className="portal-goals">
            {plan.goals.map((g) => (
              <GoalCard key={g.id} goal={g} planVersion={plan.version} />
            ))}
          </ul>
          <h2>{t.actions}</h2>
          <ul>
            {plan.agreedActions.map((a) => (
              <li key={a.id}>
                <strong>{a.action}</strong> – {t.owners[a.owner]}
                {a.ownerName && ` (${a.ownerName})`}
                {a.due && `, ${fiDate(a.due)}`}
              </li>
            ))}
          </ul>
        </>
      )}
      {draft && <Preparation draft={draft} />}
    </>
  );
}

function GoalCard({ goal, planVersion }: { goal: PortalGoal; planVersion: number }) {
  const t = useT(portalPlanMessages);
  const qc = useQueryClient();
  const [mark, setMark] = useState<Mark | null>(goal.clientMark);
  const [view, setView] = useState(goal.clientView);
  const [saved, setSaved] = useState(false);
  const m = useMutation({
    mutationFn: () =>
      api.put(`/api/portal/plan/goals/${goal.id}`, { clientMark: mark, clientView: view, version: planVersion }),
    onSuccess: async () => {
      setSaved(true);
      await qc.invalidateQueries({ queryKey: KEY });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    m.mutate();
  };
  const id = `goal-${goal.id}`;
  return (
    <li className="card portal-goal">
      <h3 id={`${id}-title`}>{goal.title}</h3>
      <p className="badge-status">{t.goalStatus[goal.status]}</p>
      <form noValidate onSubmit={submit} aria-labelledby={`${id}-title`}>
        <fieldset>
          <legend>{t.myMark}</legend>
          {MARKS.map((k) => (
            <label key={k} className="choice">
              <input type="radio" name={`${id}-mark`} value={k} checked={mark === k} onChange={() => setMark(k)} />{' '}
              {t.marks[k]}
            </label>
          ))}
        </fieldset>
        <label htmlFor={`${id}-view`} className="field-label">
          {t.myView}
        </label>
        <textarea
          id={`${id}-view`}
          className="textarea"
          rows={3}
          value={view}
          onChange={(e) => setView(e.target.value)}
        />
        <MutationError
          error={m.error}
          onReload={() => void qc.invalidateQueries({ queryKey: KEY })}
          reloadLabel={t.reload}
        />
        <div role="status">{saved && <p className="success-message">{t.savedGoal}</p>}</div>
        <Button type="submit" disabled={m.isPending}>
          {t.saveGoal}
        </Button>
      </form>
    </li>
  );
}

function Preparation({ draft }: { draft: NonNullable<PortalPlan['draft']> }) {
  const t = useT(portalPlanMessages);
  const qc = useQueryClient();
  const [text, setText] = useState(draft.clientPreparation);
  const [saved, setSaved] = useState(false);
  const m = useMutation({
    mutationFn: () => api.put('/api/portal/plan/preparation', { text, version: draft.version }),
    onSuccess: async () => {
      setSaved(true);
      await qc.invalidateQueries({ queryKey: KEY });
    },
  });
  return (
    <section className="panel" aria-labelledby="prep-title">
      <h2 id="prep-title">{t.preparation}</h2>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          setSaved(false);
          m.mutate();
        }}
      >
        <label htmlFor="prep-text" className="field-label">
          {t.preparation}
        </label>
        <p className="field-hint" id="prep-hint">
          {t.preparationHint}
        </p>
        <textarea
          id="prep-text"
          className="textarea"
          rows={5}
          aria-describedby="prep-hint"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <MutationError
          error={m.error}
          onReload={() => void qc.invalidateQueries({ queryKey: KEY })}
          reloadLabel={t.reload}
        />
        <div role="status">{saved && <p className="success-message">{t.savedPreparation}</p>}</div>
        <Button type="submit" disabled={m.isPending}>
          {t.savePreparation}
        </Button>
      </form>
    </section>
  );
}
