// A manager's view: unit staff with whether results can be shown, one worker's results, and the
// moderation queue where free text is approved, redacted or turned into a proposal. Each row and
// answer says what the user may do with it; the page shows only those buttons.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Button } from 'suomifi-ui-components';
import type {
  FeedbackWorkerRow,
  ModerationFilter,
  ModerationItem,
  PeriodQuery,
} from '../../../../../src/shared/contracts/participation/feedback';
import { fieldError, FormActions, SelectField } from '../../../lib/forms';
import { useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../lib/states';
import { PeriodFilter, TextAreaField } from '../components';
import { pm } from '../messages';
import { PROPOSALS_KEY, proposalsApi } from '../proposals/api';
import { ProposalFromAnswer } from '../proposals/ProposalFromAnswer';
import { feedbackApi } from './api';
import { ResultsView } from './ResultsView';

export default function TeamFeedbackPage() {
  const t = useT(pm);
  const [period, setPeriod] = useState<PeriodQuery>({});
  const [selected, setSelected] = useState<FeedbackWorkerRow | null>(null);
  const workers = useQuery({
    queryKey: ['feedback', 'workers', period],
    queryFn: () => feedbackApi.workers(period),
  });
  const results = useQuery({
    queryKey: ['feedback', 'worker', selected?.userId, period],
    enabled: !!selected,
    queryFn: () => feedbackApi.workerResults(selected!.userId, period),
  });
  return (
    <>
      <h1>{t.teamTitle}</h1>
      <PeriodFilter idPrefix="fb-team" onApply={setPeriod} />
      {workers.isPending ? (
        <Loading />
      ) : workers.error ? (
        <ErrorState error={workers.error} onRetry={() => void workers.refetch()} />
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t.teamTitle} data-qa="feedback-workers">
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t.worker}</th>
                <th scope="col">{t.unit}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">
                  <span className="visually-hidden">{t.open}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {workers.data.workers.map((w) => (
                <tr
                  key={`${w.userId}:${w.unitId}`}
                  className={selected?.userId === w.userId ? 'is-selected' : undefined}
                  data-qa="feedback-worker"
                >
                  <td>{w.displayName}</td>
                  <td>{w.unitName}</td>
                  <td>{w.enough ? t.enough : t.notEnough}</td>
                  <td>
                    {w.permittedActions.includes('feedback.perWorker.read') && (
                      <button type="button" className="link-button" onClick={() => setSelected(w)} data-qa="open">
                        {t.open}
                        <span className="visually-hidden"> {w.displayName}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {selected && (
        <section aria-labelledby="fb-worker-title" className="panel" data-qa="feedback-worker-results">
          <h2 id="fb-worker-title">{t.resultsOf(selected.displayName)}</h2>
          {results.isPending ? (
            <Loading />
          ) : results.error ? (
            <ErrorState error={results.error} />
          ) : (
            <ResultsView results={results.data} headingId="fb-worker" />
          )}
        </section>
      )}
      <Moderation />
    </>
  );
}

function Moderation() {
  const t = useT(pm);
  const [status, setStatus] = useState<ModerationFilter>('pending');
  const list = useQuery({
    queryKey: ['feedback', 'moderation', status],
    queryFn: () => feedbackApi.moderationQueue(status),
  });
  return (
    <section aria-labelledby="fb-mod-title">
      <h2 id="fb-mod-title">{t.moderation}</h2>
      <p>{t.moderationText}</p>
      <div className="narrow">
        <SelectField
          id="fb-mod-status"
          qa="moderation-status"
          label={t.status}
          value={status}
          onChange={(v) => setStatus(v as ModerationFilter)}
          options={[
            { value: 'pending', label: t.pending },
            { value: 'approved', label: t.approved },
            { value: 'redacted', label: t.redacted },
            { value: 'all', label: t.all },
          ]}
        />
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <Empty>{t.noneToModerate}</Empty>
      ) : (
        <ul style={{ listStyle: 'none', padding: 0 }}>
          {list.data.map((a) => (
            <ModerationCard key={`${a.id}:${a.version}`} item={a} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ModerationCard({ item }: { item: ModerationItem }) {
  const t = useT(pm);
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [proposing, setProposing] = useState(false);
  const [opinion, setOpinion] = useState(item.opinion ?? '');
  const [wishes, setWishes] = useState(item.wishes ?? '');
  const may = (action: ModerationItem['permittedActions'][number]) => item.permittedActions.includes(action);
  const refresh = () => qc.invalidateQueries({ queryKey: ['feedback'] });
  const moderate = useMutation({
    mutationFn: (decision: 'approve' | 'redact') =>
      feedbackApi.moderate(
        item.id,
        decision === 'approve'
          ? { decision, version: item.version }
          : { decision, opinion: opinion.trim() || null, wishes: wishes.trim() || null, version: item.version },
      ),
    onSuccess: refresh,
  });
  const idp = `mod-${item.id}`;
  return (
    <li className="panel" data-qa="moderation-item">
      <p className="field-hint">
        {item.workerName} · {item.unitName} · {item.answeredOn} · {item.channel === 'paper' ? t.paper : t.web} ·{' '}
        {t[item.moderation]}
      </p>
      {editing ? (
        <>
          <TextAreaField
            id={`${idp}-opinion`}
            qa="moderation-opinion"
            label={t.opinion}
            value={opinion}
            onChange={setOpinion}
            error={fieldError(moderate.error, 'opinion')}
          />
          <TextAreaField
            id={`${idp}-wishes`}
            qa="moderation-wishes"
            label={t.wishes}
            value={wishes}
            onChange={setWishes}
            error={fieldError(moderate.error, 'wishes')}
          />
        </>
      ) : (
        <>
          {item.opinion && (
            <p>
              <strong>{t.opinion}:</strong> {item.opinion}
            </p>
          )}
          {item.wishes && (
            <p>
              <strong>{t.wishes}:</strong> {item.wishes}
            </p>
          )}
        </>
      )}
      <MutationError error={moderate.error} onReload={() => void refresh()} reloadLabel={t.reload} />
      <FormActions>
        {may('feedback.moderate') && item.moderation === 'pending' && !editing && (
          <Button onClick={() => moderate.mutate('approve')} disabled={moderate.isPending} data-qa="approve">
            {t.approve}
          </Button>
        )}
        {may('feedback.moderate') &&
          (editing ? (
            <>
              <Button onClick={() => moderate.mutate('redact')} disabled={moderate.isPending} data-qa="redact">
                {t.redact}
              </Button>
              <Button variant="secondary" onClick={() => setEditing(false)}>
                {t.cancel}
              </Button>
            </>
          ) : (
            <Button variant="secondary" onClick={() => setEditing(true)} data-qa="edit-text">
              {t.edit}
            </Button>
          ))}
        {may('proposal.fromFeedback.create') && item.moderation !== 'pending' && !item.proposalId && !proposing && (
          <Button variant="secondary" onClick={() => setProposing(true)} data-qa="make-proposal">
            {t.makeProposal}
          </Button>
        )}
        {item.proposalId && (
          <Link to="/app/proposals" data-qa="proposal-made">
            {t.proposalMade}
          </Link>
        )}
      </FormActions>
      {proposing && (
        <ProposalFromAnswer
          idPrefix={`${idp}-proposal`}
          create={(body) => proposalsApi.fromFeedback(item.id, body)}
          onCreated={async () => {
            setProposing(false);
            await refresh();
            await qc.invalidateQueries({ queryKey: PROPOSALS_KEY });
          }}
          onCancel={() => setProposing(false)}
        />
      )}
    </li>
  );
}
