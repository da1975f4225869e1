// The proposal register: filter, register a new proposal, move one through its statuses with a
// public response (or a public reason when it is not taken forward). The detail says what the user
// may do with the proposal; "new" shows to users who may register proposals.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import type {
  NewProposalBody,
  Proposal,
  ProposalListQuery,
  StatusChangeBody,
} from '../../../../../src/shared/contracts/participation/proposals';
import {
  PROPOSAL_SOURCES,
  PROPOSAL_STATUSES,
  PROPOSAL_THEMES,
  SOURCE_LABELS,
  STATUS_LABELS,
  THEME_LABELS,
  WHAT_WE_DID_PATHS,
  type ProposalStatus,
  type ProposalTheme,
} from '../../../../../src/shared/participation/proposals';
import { can, useMe } from '../../../lib/auth';
import { EditPanel, useEditForm } from '../../../lib/editing';
import { SelectField, TextField } from '../../../lib/forms';
import { useLang, useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading } from '../../../lib/states';
import { TextAreaField } from '../components';
import { pm } from '../messages';
import { PROPOSALS_KEY, proposalsApi } from './api';

const themeLabel = (theme: string, lang: 'fi' | 'sv' | 'en') =>
  THEME_LABELS[theme as keyof typeof THEME_LABELS]?.[lang] ?? theme;

export default function ProposalsPage() {
  const t = useT(pm);
  const { lang } = useLang();
  const me = useMe();
  const [theme, setTheme] = useState('');
  const [status, setStatus] = useState('');
  const [openId, setOpenId] = useState<string | null>(null);
  const filter: ProposalListQuery = {
    ...(theme ? { theme: theme as ProposalTheme } : {}),
    ...(status ? { status: status as ProposalStatus } : {}),
  };
  const list = useQuery({ queryKey: [...PROPOSALS_KEY, theme, status], queryFn: () => proposalsApi.list(filter) });
  return (
    <>
      <h1>{t.proposalsTitle}</h1>
      <p>
        <a href={WHAT_WE_DID_PATHS[lang]} data-qa="what-we-did-link">
          {t.publicPage}
        </a>
      </p>
      <div className="form-row narrow">
        <SelectField
          id="prop-f-theme"
          qa="proposal-filter-theme"
          label={t.theme}
          value={theme}
          onChange={setTheme}
          placeholder={t.allThemes}
          options={PROPOSAL_THEMES.map((k) => ({ value: k, label: THEME_LABELS[k][lang] }))}
        />
        <SelectField
          id="prop-f-status"
          qa="proposal-filter-status"
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
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t.proposalsTitle} data-qa="proposals">
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
                <tr key={p.id} className={openId === p.id ? 'is-selected' : undefined} data-qa="proposal-row">
                  <td>
                    <button type="button" className="link-button" onClick={() => setOpenId(p.id)} data-qa="open">
                      {p.title}
                    </button>
                  </td>
                  <td>{themeLabel(p.theme, lang)}</td>
                  <td>{SOURCE_LABELS[p.source][lang]}</td>
                  <td data-qa="proposal-status">{STATUS_LABELS[p.status][lang]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {openId && <ProposalDetail key={openId} id={openId} onClose={() => setOpenId(null)} />}
      {can(me.data, 'proposal.create') && <NewProposal />}
    </>
  );
}

function ProposalDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useT(pm);
  const { lang } = useLang();
  const detail = useQuery({ queryKey: [...PROPOSALS_KEY, 'detail', id], queryFn: () => proposalsApi.detail(id) });
  if (detail.isPending) return <Loading />;
  if (detail.error) return <ErrorState error={detail.error} />;
  const prop = detail.data.proposal;
  const final = prop.status === 'done' || prop.status === 'rejected';
  return (
    <section className="panel" aria-labelledby="prop-detail-title" data-qa="proposal-detail" data-status={prop.status}>
      <h2 id="prop-detail-title">{prop.title}</h2>
      <p data-qa="proposal-detail-summary">
        {STATUS_LABELS[prop.status][lang]} · {themeLabel(prop.theme, lang)} · {SOURCE_LABELS[prop.source][lang]} ·{' '}
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
      <ol data-qa="proposal-history">
        {detail.data.history.map((h, i) => (
          <li key={i}>
            {h.changedOn}: {STATUS_LABELS[h.toStatus][lang]}
            {h.changedByName ? ` (${h.changedByName})` : ''}
            {h.note ? ` – ${h.note}` : ''}
          </li>
        ))}
      </ol>
      {detail.data.permittedActions.includes('proposal.update') && !final && (
        <StatusForm key={prop.version} proposal={prop} onReload={() => void detail.refetch()} />
      )}
      <Button variant="secondary" onClick={onClose} className="mt-s">
        {t.close}
      </Button>
    </section>
  );
}

interface StatusDraft {
  status: string;
  reason: string;
  publicResponse: string;
  note: string;
}

function StatusForm({ proposal, onReload }: { proposal: Proposal; onReload: () => void }) {
  const t = useT(pm);
  const { lang } = useLang();
  const qc = useQueryClient();
  const form = useEditForm({
    idPrefix: 'prop',
    initial: { status: '', reason: '', publicResponse: proposal.publicResponse ?? '', note: '' } as StatusDraft,
    save: (d: StatusDraft) =>
      proposalsApi.changeStatus(proposal.id, {
        status: d.status as StatusChangeBody['status'],
        reason: d.reason.trim() || null,
        publicResponse: d.publicResponse.trim() || null,
        note: d.note.trim() || null,
        version: proposal.version,
      }),
    onSaved: () => qc.invalidateQueries({ queryKey: PROPOSALS_KEY }),
  });
  const { values, set } = form;
  return (
    <EditPanel
      title={t.changeStatus}
      form={form}
      submitLabel={t.saveStatus}
      onReload={onReload}
      qa="proposal-status-form"
    >
      <SelectField
        id={form.id('status')}
        qa="proposal-new-status"
        label={t.newStatus}
        value={values.status}
        onChange={(v) => set('status', v)}
        placeholder={t.choose}
        options={PROPOSAL_STATUSES.filter((s) => s !== proposal.status).map((k) => ({
          value: k,
          label: STATUS_LABELS[k][lang],
        }))}
        error={form.error('status')}
        required
      />
      {values.status === 'rejected' && (
        <TextAreaField
          id={form.id('reason')}
          qa="proposal-reason"
          label={t.reason}
          value={values.reason}
          onChange={(v) => set('reason', v)}
          error={form.error('reason')}
        />
      )}
      <TextAreaField
        id={form.id('publicResponse')}
        qa="proposal-response"
        label={t.publicResponse}
        hint={t.publicResponseHint}
        value={values.publicResponse}
        onChange={(v) => set('publicResponse', v)}
        error={form.error('publicResponse')}
      />
      <TextAreaField
        id={form.id('note')}
        qa="proposal-note"
        label={t.note}
        value={values.note}
        onChange={(v) => set('note', v)}
        error={form.error('note')}
        rows={2}
      />
    </EditPanel>
  );
}

interface NewDraft {
  title: string;
  description: string;
  theme: string;
  source: string;
}
const emptyNew: NewDraft = { title: '', description: '', theme: '', source: '' };

function NewProposal() {
  const t = useT(pm);
  const { lang } = useLang();
  const qc = useQueryClient();
  const form = useEditForm({
    idPrefix: 'prop-new',
    initial: emptyNew,
    save: (d: NewDraft) =>
      proposalsApi.create({
        title: d.title.trim(),
        description: d.description.trim(),
        theme: d.theme as NewProposalBody['theme'],
        source: d.source as NewProposalBody['source'],
      }),
    onSaved: async (_r, d) => {
      form.reset({ ...emptyNew, theme: d.theme, source: d.source });
      await qc.invalidateQueries({ queryKey: PROPOSALS_KEY });
    },
  });
  const { values, set } = form;
  return (
    <EditPanel title={t.newProposal} form={form} submitLabel={t.create} savedText={t.created} qa="new-proposal-form">
      <TextField
        id={form.id('title')}
        qa="new-proposal-title"
        label={t.title}
        hint={t.proposalTitleHint}
        value={values.title}
        onChange={(v) => set('title', v)}
        error={form.error('title')}
        required
      />
      <TextAreaField
        id={form.id('description')}
        qa="new-proposal-description"
        label={t.description}
        value={values.description}
        onChange={(v) => set('description', v)}
        error={form.error('description')}
      />
      <SelectField
        id={form.id('theme')}
        qa="new-proposal-theme"
        label={t.theme}
        value={values.theme}
        onChange={(v) => set('theme', v)}
        placeholder={t.choose}
        options={PROPOSAL_THEMES.map((k) => ({ value: k, label: THEME_LABELS[k][lang] }))}
        error={form.error('theme')}
        required
      />
      <SelectField
        id={form.id('source')}
        qa="new-proposal-source"
        label={t.source}
        value={values.source}
        onChange={(v) => set('source', v)}
        placeholder={t.choose}
        options={PROPOSAL_SOURCES.map((k) => ({ value: k, label: SOURCE_LABELS[k][lang] }))}
        error={form.error('source')}
        required
      />
    </EditPanel>
  );
}
