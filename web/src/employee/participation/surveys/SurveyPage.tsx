// One survey: results with last year alongside and a breakdown by a background field, moderation of
// free text with one-step proposals, contacts, exports and paper entry. The survey's response says
// which of these the user may use; each free text says what the user may do with it.
import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Button } from 'suomifi-ui-components';
import type { FreeTextItem, Survey } from '../../../../../src/shared/contracts/participation/surveys';
import { EditPanel, useEditForm } from '../../../lib/editing';
import { fieldError, FormActions, SelectField, TextField } from '../../../lib/forms';
import { useLang, useT } from '../../../lib/i18n';
import { ErrorState, Loading, MutationError } from '../../../lib/states';
import { DateField, TextAreaField } from '../components';
import { PROPOSALS_KEY, proposalsApi } from '../proposals/api';
import { ProposalFromAnswer } from '../proposals/ProposalFromAnswer';
import { SURVEYS_KEY, surveysApi } from './api';
import { sm } from './messages';
import { SurveyResultsView } from './SurveyResultsView';

export default function SurveyPage() {
  const { id = '' } = useParams();
  const t = useT(sm);
  const { lang } = useLang();
  const [by, setBy] = useState('');
  const detail = useQuery({ queryKey: [...SURVEYS_KEY, id], queryFn: () => surveysApi.detail(id) });
  const results = useQuery({
    queryKey: [...SURVEYS_KEY, id, 'results', by],
    queryFn: () => surveysApi.results(id, by || undefined),
  });
  if (detail.isPending) return <Loading />;
  if (detail.error) return <ErrorState error={detail.error} />;
  const s = detail.data.survey;
  const may = (action: (typeof detail.data.permittedActions)[number]) => detail.data.permittedActions.includes(action);
  const background = s.definition.sections
    .flatMap((x) => x.items)
    .filter((i) => i.kind === 'year' || (i.kind === 'single' && i.background));
  return (
    <>
      <p>
        <Link to="/app/surveys">{t.back}</Link>
      </p>
      <h1 data-qa="survey-title">{s.title[lang]}</h1>
      <p>
        {t[s.status]} · {s.opensOn} – {s.closesOn}
        {may('survey.results.read') && (
          <>
            {' '}
            · <a href={surveysApi.csvUrl(s.id)}>{t.exportCsv}</a> ·{' '}
            <a href={surveysApi.xlsxUrl(s.id)}>{t.exportXlsx}</a>
          </>
        )}
      </p>
      {may('survey.results.read') && (
        <section aria-labelledby="sr-title">
          <h2 id="sr-title">{t.results}</h2>
          <div className="narrow">
            <SelectField
              id="sr-by"
              qa="results-by"
              label={t.breakdownBy}
              value={by}
              onChange={setBy}
              placeholder={t.noBreakdown}
              options={background.map((i) => ({ value: i.key, label: i.text[lang] }))}
            />
          </div>
          {results.isPending ? (
            <Loading />
          ) : results.error ? (
            <ErrorState error={results.error} />
          ) : (
            <SurveyResultsView r={results.data} />
          )}
        </section>
      )}
      {may('survey.freeText.list') && <FreeTextModeration surveyId={s.id} />}
      {may('survey.contacts.read') && <Contacts surveyId={s.id} />}
      {may('survey.paper.enter') && s.status !== 'draft' && <PaperEntry survey={s} />}
    </>
  );
}

function FreeTextModeration({ surveyId }: { surveyId: string }) {
  const t = useT(sm);
  const list = useQuery({
    queryKey: [...SURVEYS_KEY, surveyId, 'free-texts'],
    queryFn: () => surveysApi.freeTexts(surveyId, 'all'),
  });
  return (
    <section aria-labelledby="sm-title" data-qa="survey-free-texts">
      <h2 id="sm-title">{t.moderation}</h2>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} />
      ) : (
        <ul style={{ listStyle: 'none', padding: 0 }}>
          {list.data.map((f) => (
            <FreeTextCard key={`${f.id}:${f.version}`} surveyId={surveyId} item={f} />
          ))}
        </ul>
      )}
    </section>
  );
}

function FreeTextCard({ surveyId, item }: { surveyId: string; item: FreeTextItem }) {
  const t = useT(sm);
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.text);
  const [proposing, setProposing] = useState(false);
  const may = (action: FreeTextItem['permittedActions'][number]) => item.permittedActions.includes(action);
  const refresh = () => qc.invalidateQueries({ queryKey: [...SURVEYS_KEY, surveyId] });
  const moderate = useMutation({
    mutationFn: (decision: 'approve' | 'redact') =>
      surveysApi.moderate(
        item.id,
        decision === 'approve'
          ? { decision, version: item.version }
          : { decision, text: text.trim(), version: item.version },
      ),
    onSuccess: refresh,
  });
  return (
    <li className="panel" data-qa="survey-free-text">
      {editing ? (
        <TextAreaField
          id={`ft-${item.id}`}
          qa="free-text-edit"
          label={t.edit}
          value={text}
          onChange={setText}
          error={fieldError(moderate.error, 'text')}
        />
      ) : (
        <p>{item.text}</p>
      )}
      <p className="field-hint">
        {item.moderation === 'pending' ? t.pending : item.moderation === 'approved' ? t.approvedLabel : t.redactedLabel}
      </p>
      <MutationError error={moderate.error} onReload={() => void refresh()} reloadLabel={t.reload} />
      <FormActions>
        {may('survey.moderate') && item.moderation === 'pending' && !editing && (
          <Button onClick={() => moderate.mutate('approve')} data-qa="approve">
            {t.approve}
          </Button>
        )}
        {may('survey.moderate') &&
          (editing ? (
            <Button onClick={() => moderate.mutate('redact')} data-qa="redact">
              {t.redact}
            </Button>
          ) : (
            <Button variant="secondary" onClick={() => setEditing(true)} data-qa="edit-text">
              {t.edit}
            </Button>
          ))}
        {may('proposal.fromSurvey.create') && item.moderation !== 'pending' && !item.proposalId && !proposing && (
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
          idPrefix={`ft-${item.id}-proposal`}
          create={(body) => proposalsApi.fromSurvey(item.id, body)}
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

function Contacts({ surveyId }: { surveyId: string }) {
  const t = useT(sm);
  const list = useQuery({
    queryKey: [...SURVEYS_KEY, surveyId, 'contacts'],
    queryFn: () => surveysApi.contacts(surveyId),
  });
  return (
    <section aria-labelledby="sc-title" data-qa="survey-contacts">
      <h2 id="sc-title">{t.contacts}</h2>
      <p>{t.contactsText}</p>
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} />
      ) : (
        <ul>
          {list.data.map((c) => (
            <li key={c.id}>
              {c.name} {c.phone ?? ''} {c.email ?? ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Paper answers typed in with the same items; one answer per save, the day kept for the next. */
function PaperEntry({ survey }: { survey: Survey }) {
  const t = useT(sm);
  const { lang } = useLang();
  const qc = useQueryClient();
  const empty = { answeredOn: '', answers: {} as Record<string, string> };
  const form = useEditForm({
    idPrefix: 'sp',
    initial: empty,
    save: (d: typeof empty) => {
      const answers: Record<string, string> = {};
      for (const [k, v] of Object.entries(d.answers)) if (v.trim()) answers[k] = v.trim();
      return surveysApi.enterPaper(survey.id, { answers, ...(d.answeredOn ? { answeredOn: d.answeredOn } : {}) });
    },
    onSaved: async (_r, d) => {
      form.reset({ ...empty, answeredOn: d.answeredOn });
      await qc.invalidateQueries({ queryKey: [...SURVEYS_KEY, survey.id] });
    },
  });
  const value = (key: string) => form.values.answers[key] ?? '';
  const set = (key: string) => (v: string) => form.set('answers', { ...form.values.answers, [key]: v });
  return (
    <EditPanel title={t.paperEntry} form={form} submitLabel={t.save} savedText={t.saved} qa="survey-paper-form">
      <DateField
        id={form.id('answeredOn')}
        qa="paper-date"
        label={t.answeredOn}
        value={form.values.answeredOn}
        onChange={(v) => form.set('answeredOn', v)}
        error={form.error('answeredOn')}
      />
      {survey.definition.sections.flatMap((sec) =>
        sec.items.map((i) => {
          const id = form.id(`answers.${i.key}`);
          const err = form.error(`answers.${i.key}`);
          const qa = `paper-${i.key}`;
          if (i.kind === 'text')
            return (
              <TextAreaField
                key={i.key}
                id={id}
                qa={qa}
                label={i.text[lang]}
                value={value(i.key)}
                onChange={set(i.key)}
                error={err}
              />
            );
          if (i.kind === 'year')
            return (
              <TextField
                key={i.key}
                id={id}
                qa={qa}
                label={i.text[lang]}
                value={value(i.key)}
                onChange={set(i.key)}
                error={err}
                inputMode="numeric"
                maxLength={4}
              />
            );
          const options =
            i.kind === 'rating'
              ? [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))
              : i.options.map((o) => ({ value: o.value, label: o.label[lang] }));
          return (
            <SelectField
              key={i.key}
              id={id}
              qa={qa}
              label={i.text[lang]}
              value={value(i.key)}
              onChange={set(i.key)}
              options={options}
              placeholder={t.noAnswer}
              error={err}
            />
          );
        }),
      )}
    </EditPanel>
  );
}
