// The proposal register: filter, register a new proposal, move one through its statuses with a
// public response (or a public reason when it is not taken forward).
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { api, query } from '../../lib/api';
import { can, useMe } from '../../lib/auth';
import { fieldError, FormActions, SelectField, TextField } from '../../lib/forms';
import { useLang, useT } from '../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../lib/states';
import {
  PROPOSAL_THEMES,
  SOURCE_LABELS,
  STATUS_LABELS,
  THEME_LABELS,
} from '../../../../src/shared/participation/proposals';
import {
  PROPOSAL_SOURCES,
  PROPOSAL_STATUSES,
  type ProposalStatus,
} from '../../../../src/shared/participation/proposals';
import { TextAreaField } from './common';
import { pm } from './messages';

interface Proposal {
  id: string;
  ownerUnitName: string;
  source: (typeof PROPOSAL_SOURCES)[number];
  theme: (typeof PROPOSAL_THEMES)[number];
  title: string;
  description: string;
  status: ProposalStatus;
  rejectionReason: string | null;
  publicResponse: string | null;
  createdAt: string;
  version: number;
}
interface History {
  fromStatus: string | null;
  toStatus: ProposalStatus;
  changedOn: string;
  changedByName: string | null;
  note: string | null;
}

export default function ProposalsPage() {
  const t = useT(pm);
  const { lang } = useLang();
  const me = useMe();
  const canManage = can(me.data, 'proposal.create');
  const [theme, setTheme] = useState('');
  const [status, setStatus] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useQuery({
    queryKey: ['proposals', theme, status],
    queryFn: () =>
      api.get<{ proposals: Proposal[] }>(`/api/proposals${query({ theme, status })}`).then((r) => r.proposals),
  });
  return (
    <>
      <h1>{t.proposalsTitle}</h1>
      <p>
        <a href={lang === 'fi' ? '/mita-teimme' : lang === 'sv' ? '/sv/vad-vi-gjorde' : '/en/what-we-did'}>
          {t.publicPage}
        </a>
      </p>
      <div className="form-row narrow">
        <SelectField
          id="prop-f-theme"
          label={t.theme}
          value={theme}
          onChange={setTheme}
          placeholder={t.allThemes}
          options={PROPOSAL_THEMES.map((k) => ({ value: k, label: THEME_LABELS[k][lang] }))}
        />
        <SelectField
          id="prop-f-status"
          label={t.status}
          value={status}
          onChange={setStatus}
          placeholder={t.allStatuses}
          options={PROPOSAL_STATUSES.map((k) => ({ value: k, label: STATUS_LABELS[k][lang] }))}
        />
      </div>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <Empty>{t.none}</Empty>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t.proposalsTitle}>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t.title}</th>
                <th scope="col">{t.theme}</th>
                <th scope="col">{t.source}</th>
                <th scope="col">{t.status}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((p) => (
                <tr key={p.id} className={openId === p.id ? 'is-selected' : undefined}>
                  <td>
                    <button type="button" className="link-button" onClick={() => setOpenId(p.id)}>
                      {p.title}
                    </button>
                  </td>
                  <td>{THEME_LABELS[p.theme]?.[lang] ?? p.theme}</td>
                  <td>{SOURCE_LABELS[p.source][lang]}</td>
                  <td data-testid="proposal-status">{STATUS_LABELS[p.status][lang]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {openId && <ProposalDetail key={openId} id={openId} canManage={canManage} onClose={() => setOpenId(null)} />}
      {canManage && <NewProposal />}
    </>
  );
}

function ProposalDetail({ id, canManage, onClose }: { id: string; canManage: boolean; onClose: () => void }) {
  const t = useT(pm);
  const { lang } = useLang();
  const qc = useQueryClient();
  const detail = useQuery({
    queryKey: ['proposals', 'detail', id],
    queryFn: () => api.get<{ proposal: Proposal; history: History[] }>(`/api/proposals/${id}`),
  });
  const [status, setStatus] = useState('');
  const [reason, setReason] = useState('');
  const [response, setResponse] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const p = detail.data?.proposal;
  const change = useMutation({
    mutationFn: () =>
      api.post(`/api/proposals/${id}/status`, {
        status,
        reason: reason.trim() || null,
        publicResponse: (response ?? p?.publicResponse ?? '').trim() || null,
        note: note.trim() || null,
        version: p!.version,
      }),
    onSuccess: async () => {
      setStatus('');
      setReason('');
      setNote('');
      await qc.invalidateQueries({ queryKey: ['proposals'] });
    },
  });
  if (detail.isPending) return <Loading />;
  if (detail.error) return <ErrorState error={detail.error} />;
  const prop = detail.data.proposal;
  const final = prop.status === 'done' || prop.status === 'rejected';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate();
  };
  return (
    <section className="panel" aria-labelledby="prop-detail-title">
      <h2 id="prop-detail-title">{prop.title}</h2>
      <p>
        {STATUS_LABELS[prop.status][lang]} · {THEME_LABELS[prop.theme]?.[lang]} · {SOURCE_LABELS[prop.source][lang]} ·{' '}
        {prop.ownerUnitName}
      </p>
      {prop.description && <p style={{ whiteSpace: 'pre-wrap' }}>{prop.description}</p>}
      {prop.publicResponse && (
        <p>
          <strong>{t.publicResponse}:</strong> {prop.publicResponse}
        </p>
      )}
      {prop.rejectionReason && (
        <p>
          <strong>{t.reason}:</strong> {prop.rejectionReason}
        </p>
      )}
      <h3>{t.history}</h3>
      <ol>
        {detail.data.history.map((h, i) => (
          <li key={i}>
            {h.changedOn}: {STATUS_LABELS[h.toStatus][lang]}
            {h.changedByName ? ` (${h.changedByName})` : ''}
            {h.note ? ` – ${h.note}` : ''}
          </li>
        ))}
      </ol>
      {canManage && !final && (
        <form onSubmit={submit} noValidate aria-label={t.changeStatus}>
          <h3>{t.changeStatus}</h3>
          <SelectField
            id="prop-status"
            label={t.newStatus}
            value={status}
            onChange={setStatus}
            placeholder={t.choose}
            options={PROPOSAL_STATUSES.filter((s) => s !== prop.status).map((k) => ({
              value: k,
              label: STATUS_LABELS[k][lang],
            }))}
            error={fieldError(change.error, 'status')}
            required
          />
          {status === 'rejected' && (
            <TextAreaField
              id="prop-reason"
              label={t.reason}
              value={reason}
              onChange={setReason}
              error={fieldError(change.error, 'reason')}
            />
          )}
          <TextAreaField
            id="prop-response"
            label={t.publicResponse}
            hint={t.publicResponseHint}
            value={response ?? prop.publicResponse ?? ''}
            onChange={setResponse}
            error={fieldError(change.error, 'publicResponse')}
          />
          <TextAreaField id="prop-note" label={t.note} value={note} onChange={setNote} rows={2} />
          <MutationError error={change.error} onReload={() => void detail.refetch()} reloadLabel={t.reload} />
          <FormActions>
            <Button type="submit" disabled={change.isPending}>
              {t.saveStatus}
            </Button>
          </FormActions>
        </form>
      )}
      <Button variant="secondary" onClick={onClose} className="mt-s">
        {t.close}
      </Button>
    </section>
  );
}

function NewProposal() {
  const t = useT(pm);
  const { lang } = useLang();
  const qc = useQueryClient();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [theme, setTheme] = useState('');
  const [source, setSource] = useState('');
  const [saved, setSaved] = useState(false);
  const create = useMutation({
    mutationFn: () =>
      api.post('/api/proposals', { title: title.trim(), description: description.trim(), theme, source }),
    onSuccess: async () => {
      setSaved(true);
      setTitle('');
      setDescription('');
      await qc.invalidateQueries({ queryKey: ['proposals'] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    create.mutate();
  };
  return (
    <section className="panel narrow" aria-labelledby="prop-new-title">
      <h2 id="prop-new-title">{t.newProposal}</h2>
      <form onSubmit={submit} noValidate>
        <TextField
          id="prop-new-name"
          label={t.title}
          hint={t.proposalTitleHint}
          value={title}
          onChange={setTitle}
          error={fieldError(create.error, 'title')}
          required
        />
        <TextAreaField
          id="prop-new-desc"
          label={t.description}
          value={description}
          onChange={setDescription}
          error={fieldError(create.error, 'description')}
        />
        <SelectField
          id="prop-new-theme"
          label={t.theme}
          value={theme}
          onChange={setTheme}
          placeholder={t.choose}
          options={PROPOSAL_THEMES.map((k) => ({ value: k, label: THEME_LABELS[k][lang] }))}
          error={fieldError(create.error, 'theme')}
          required
        />
        <SelectField
          id="prop-new-source"
          label={t.source}
          value={source}
          onChange={setSource}
          placeholder={t.choose}
          options={PROPOSAL_SOURCES.map((k) => ({ value: k, label: SOURCE_LABELS[k][lang] }))}
          error={fieldError(create.error, 'source')}
          required
        />
        <MutationError error={create.error} />
        <div role="status">{saved && <p className="success-message">{t.created}</p>}</div>
        <FormActions>
          <Button type="submit" disabled={create.isPending}>
            {t.create}
          </Button>
        </FormActions>
      </form>
    </section>
  );
}
