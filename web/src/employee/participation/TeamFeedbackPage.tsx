// A manager's view: unit staff with whether results can be shown, one worker's results, and the
// moderation queue where free text is approved, redacted or turned into a proposal.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Button } from 'suomifi-ui-components';
import { api, query } from '../../lib/api';
import { fieldError, FormActions, SelectField, TextField } from '../../lib/forms';
import { useLang, useT } from '../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../lib/states';
import { PROPOSAL_THEMES, THEME_LABELS } from '../../../../src/shared/participation/proposals';
import { PeriodFilter, ResultsView, TextAreaField, type Results } from './common';
import { pm } from './messages';

interface WorkerRow {
  userId: string;
  displayName: string;
  unitId: string;
  unitName: string;
  enough: boolean;
}
interface ModerationItem {
  id: string;
  workerName: string;
  unitName: string;
  answeredOn: string;
  channel: string;
  opinion: string | null;
  wishes: string | null;
  moderation: 'pending' | 'approved' | 'redacted';
  proposalId: string | null;
  version: number;
}

export default function TeamFeedbackPage() {
  const t = useT(pm);
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const [selected, setSelected] = useState<WorkerRow | null>(null);
  const workers = useQuery({
    queryKey: ['feedback', 'workers', period],
    queryFn: () => api.get<{ minimum: number; workers: WorkerRow[] }>(`/api/feedback/workers${query(period)}`),
  });
  const results = useQuery({
    queryKey: ['feedback', 'worker', selected?.userId, period],
    enabled: !!selected,
    queryFn: () =>
      api
        .get<{ results: Results }>(`/api/feedback/workers/${selected!.userId}/results${query(period)}`)
        .then((r) => r.results),
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
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t.teamTitle}>
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
                >
                  <td>{w.displayName}</td>
                  <td>{w.unitName}</td>
                  <td>{w.enough ? t.enough : t.notEnough}</td>
                  <td>
                    <button type="button" className="link-button" onClick={() => setSelected(w)}>
                      {t.open}
                      <span className="visually-hidden"> {w.displayName}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {selected && (
        <section aria-labelledby="fb-worker-title" className="panel">
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
  const [status, setStatus] = useState<'pending' | 'approved' | 'redacted' | 'all'>('pending');
  const list = useQuery({
    queryKey: ['feedback', 'moderation', status],
    queryFn: () =>
      api.get<{ answers: ModerationItem[] }>(`/api/feedback/moderation${query({ status })}`).then((r) => r.answers),
  });
  return (
    <section aria-labelledby="fb-mod-title">
      <h2 id="fb-mod-title">{t.moderation}</h2>
      <p>{t.moderationText}</p>
      <div className="narrow">
        <SelectField
          id="fb-mod-status"
          label={t.status}
          value={status}
          onChange={(v) => setStatus(v as typeof status)}
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
  const { lang } = useLang();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [proposing, setProposing] = useState(false);
  const [opinion, setOpinion] = useState(item.opinion ?? '');
  const [wishes, setWishes] = useState(item.wishes ?? '');
  const [title, setTitle] = useState('');
  const [theme, setTheme] = useState('');
  const refresh = () => qc.invalidateQueries({ queryKey: ['feedback'] });
  const moderate = useMutation({
    mutationFn: (decision: 'approve' | 'redact') =>
      api.post(
        `/api/feedback/answers/${item.id}/moderation`,
        decision === 'approve'
          ? { decision, version: item.version }
          : { decision, opinion: opinion.trim() || null, wishes: wishes.trim() || null, version: item.version },
      ),
    onSuccess: refresh,
  });
  const propose = useMutation({
    mutationFn: () => api.post(`/api/proposals/from-feedback/${item.id}`, { title: title.trim(), theme }),
    onSuccess: async () => {
      setProposing(false);
      await refresh();
      await qc.invalidateQueries({ queryKey: ['proposals'] });
    },
  });
  const submitProposal = (e: FormEvent) => {
    e.preventDefault();
    propose.mutate();
  };
  const idp = `mod-${item.id}`;
  return (
    <li className="panel" data-testid="moderation-item">
      <p className="field-hint">
        {item.workerName} · {item.unitName} · {item.answeredOn} · {item.channel === 'paper' ? t.paper : t.web} ·{' '}
        {t[item.moderation]}
      </p>
      {editing ? (
        <>
          <TextAreaField
            id={`${idp}-opinion`}
            label={t.opinion}
            value={opinion}
            onChange={setOpinion}
            error={fieldError(moderate.error, 'opinion')}
          />
          <TextAreaField
            id={`${idp}-wishes`}
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
      <MutationError error={moderate.error ?? propose.error} onReload={() => void refresh()} reloadLabel={t.reload} />
      <FormActions>
        {item.moderation === 'pending' && !editing && (
          <Button onClick={() => moderate.mutate('approve')} disabled={moderate.isPending}>
            {t.approve}
          </Button>
        )}
        {editing ? (
          <>
            <Button onClick={() => moderate.mutate('redact')} disabled={moderate.isPending}>
              {t.redact}
            </Button>
            <Button variant="secondary" onClick={() => setEditing(false)}>
              {t.cancel}
            </Button>
          </>
        ) : (
          <Button variant="secondary" onClick={() => setEditing(true)}>
            {t.edit}
          </Button>
        )}
        {item.moderation !== 'pending' && !item.proposalId && !proposing && (
          <Button variant="secondary" onClick={() => setProposing(true)}>
            {t.makeProposal}
          </Button>
        )}
        {item.proposalId && <Link to="/app/proposals">{t.proposalMade}</Link>}
      </FormActions>
      {proposing && (
        <form onSubmit={submitProposal} noValidate className="mt-s" aria-label={t.makeProposal}>
          <TextField
            id={`${idp}-title`}
            label={t.title}
            hint={t.proposalTitleHint}
            value={title}
            onChange={setTitle}
            error={fieldError(propose.error, 'title')}
            required
          />
          <SelectField
            id={`${idp}-theme`}
            label={t.theme}
            value={theme}
            onChange={setTheme}
            placeholder={t.choose}
            options={PROPOSAL_THEMES.map((k) => ({ value: k, label: THEME_LABELS[k][lang] }))}
            error={fieldError(propose.error, 'theme')}
            required
          />
          <FormActions>
            <Button type="submit" disabled={propose.isPending}>
              {t.create}
            </Button>
            <Button variant="secondary" onClick={() => setProposing(false)}>
              {t.cancel}
            </Button>
          </FormActions>
        </form>
      )}
    </li>
  );
}
