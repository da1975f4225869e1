// The client's own plan in plain language: goals with their own mark and words, what was agreed,
// their thoughts before the next meeting (into the draft), and the plan to download.
import { useQueryClient, useQuery } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { EditPanel, useEditForm } from '../../lib/editing';
import { useT } from '../../lib/i18n';
import { ErrorState, Loading, MutationError } from '../../lib/states';
import { fiDate, TextArea } from '../../employee/client-work/plan/fields';
import type { ClientMark } from '../../../../src/shared/contracts/client-work/plan';
import type { PortalGoal, PortalPlan } from '../../../../src/shared/contracts/client-work/portal';
import { portalApi, portalKeys } from './api';
import { portalPlanMessages } from './messages';
import './portal.css';

const MARKS: ClientMark[] = ['going-well', 'some-progress', 'not-yet', 'needs-change'];

export default function PlanPage() {
  const t = useT(portalPlanMessages);
  const data = useQuery({ queryKey: portalKeys.plan, queryFn: portalApi.plan });
  if (data.isPending) return <Loading />;
  if (data.error) return <ErrorState error={data.error} onRetry={() => void data.refetch()} />;
  const { plan, draft } = data.data;
  return (
    <>
      <h1>{t.planTitle}</h1>
      {!plan ? (
        <p data-qa="portal-no-plan">{t.noPlan}</p>
      ) : (
        <>
          <p>{t.reviewBy(fiDate(plan.reviewDate))}</p>
          <p className="portal-links">
            <a className="button-link" href={portalApi.pdfUrl} download data-qa="portal-pdf">
              {t.download}
            </a>{' '}
            <a href={portalApi.printableUrl}>{t.printable}</a>
          </p>
          <h2>{t.goals}</h2>
          <ul className="portal-goals" data-qa="portal-goals">
            {plan.goals.map((g) => (
              <GoalCard key={g.id} goal={g} planVersion={plan.version} />
            ))}
          </ul>
          <h2>{t.actions}</h2>
          <ul data-qa="portal-actions">
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

/** The plan in force, fetched again: after someone else saved, the forms start from it. */
function useFreshPlan() {
  const qc = useQueryClient();
  return () => qc.fetchQuery({ queryKey: portalKeys.plan, queryFn: portalApi.plan, staleTime: 0 });
}

function GoalCard({ goal, planVersion }: { goal: PortalGoal; planVersion: number }) {
  const t = useT(portalPlanMessages);
  const qc = useQueryClient();
  const fresh = useFreshPlan();
  const form = useEditForm({
    idPrefix: `goal-${goal.id}`,
    initial: { clientMark: goal.clientMark, clientView: goal.clientView },
    save: (v) => portalApi.markGoal(goal.id, { ...v, version: planVersion }),
    onSaved: () => qc.invalidateQueries({ queryKey: portalKeys.plan }),
  });
  const reload = async () => {
    const again = (await fresh()).plan?.goals.find((g) => g.id === goal.id);
    if (again) form.reset({ clientMark: again.clientMark, clientView: again.clientView });
  };
  const titleId = form.id('title');
  return (
    <li className="card portal-goal" data-qa="portal-goal">
      <h3 id={titleId}>{goal.title}</h3>
      <p className="badge-status">{t.goalStatus[goal.status]}</p>
      <form noValidate onSubmit={form.submit} aria-labelledby={titleId}>
        <fieldset data-qa="goal-mark">
          <legend>{t.myMark}</legend>
          {MARKS.map((k) => (
            <label key={k} className="choice">
              <input
                type="radio"
                name={form.id('clientMark')}
                value={k}
                checked={form.values.clientMark === k}
                onChange={() => form.set('clientMark', k)}
                data-qa={`mark-${k}`}
              />{' '}
              {t.marks[k]}
            </label>
          ))}
        </fieldset>
        <TextArea
          id={form.id('clientView')}
          qa="goal-view"
          label={t.myView}
          value={form.values.clientView}
          onChange={(v) => form.set('clientView', v)}
          error={form.error('clientView')}
        />
        <MutationError error={form.failure} onReload={() => void reload()} reloadLabel={t.reload} />
        <div role="status">
          {form.saved && (
            <p className="success-message" data-qa="saved">
              {t.savedGoal}
            </p>
          )}
        </div>
        <Button type="submit" disabled={form.pending} data-qa="save-goal">
          {t.saveGoal}
        </Button>
      </form>
    </li>
  );
}

function Preparation({ draft }: { draft: NonNullable<PortalPlan['draft']> }) {
  const t = useT(portalPlanMessages);
  const qc = useQueryClient();
  const fresh = useFreshPlan();
  const form = useEditForm({
    idPrefix: 'prep',
    initial: { text: draft.clientPreparation },
    save: (v) => portalApi.writePreparation({ ...v, version: draft.version }),
    onSaved: () => qc.invalidateQueries({ queryKey: portalKeys.plan }),
  });
  const reload = async () => form.reset({ text: (await fresh()).draft?.clientPreparation ?? '' });
  return (
    <EditPanel
      title={t.preparation}
      form={form}
      submitLabel={t.savePreparation}
      savedText={t.savedPreparation}
      onReload={() => void reload()}
      qa="portal-preparation"
    >
      <TextArea
        id={form.id('text')}
        qa="preparation-text"
        label={t.preparation}
        hint={t.preparationHint}
        value={form.values.text}
        onChange={(v) => form.set('text', v)}
        error={form.error('text')}
        rows={5}
      />
    </EditPanel>
  );
}
