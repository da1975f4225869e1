// One survey: results (bars as plain SVG, last year alongside), breakdown by a background field,
// moderated free text, moderation with one-step proposals, contacts, exports and paper entry.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { Button } from 'suomifi-ui-components';
import { api, query } from '../../lib/api';
import { can, useMe } from '../../lib/auth';
import { fieldError, FormActions, SelectField, TextField } from '../../lib/forms';
import { useLang, useT } from '../../lib/i18n';
import { ErrorState, Loading, MutationError } from '../../lib/states';
import { PROPOSAL_THEMES, THEME_LABELS } from '../../../../src/shared/participation/proposals';
import { DateField, TextAreaField } from './common';
import { sm } from './surveyMessages';
import type { Survey } from './SurveysPage';

type L = { fi: string; sv: string; en: string };
interface Results {
  minimum: number;
  enough: boolean;
  total?: number;
  items?: {
    key: string;
    section: string;
    text: L;
    n: number | null;
    distribution: number[] | null;
    mean: number | null;
  }[];
  groups?: { key: string; title: L; respondents: number | null; mean: number | null }[];
  breakdown?: {
    by: string;
    categories: { value: string; label: L; n: number | null }[];
    items: { key: string; means: Record<string, number | null> }[];
  } | null;
  freeTexts?: { id: string; text: string }[];
  comparison?: {
    previousMonth: string;
    enough: boolean;
    items: { key: string; mean: number | null; previousMean: number | null }[];
  } | null;
}

export default function SurveyPage() {
  const { id } = useParams();
  const t = useT(sm);
  const { lang } = useLang();
  const me = useMe();
  const isManager = can(me.data, 'survey.moderate');
  const canEnter = can(me.data, 'survey.paper.enter');
  const [by, setBy] = useState('');
  const survey = useQuery({
    queryKey: ['surveys', id],
    queryFn: () => api.get<{ survey: Survey }>(`/api/surveys/${id}`).then((r) => r.survey),
  });
  const results = useQuery({
    queryKey: ['surveys', id, 'results', by],
    queryFn: () => api.get<{ results: Results }>(`/api/surveys/${id}/results${query({ by })}`).then((r) => r.results),
  });
  if (survey.isPending) return <Loading />;
  if (survey.error) return <ErrorState error={survey.error} />;
  const s = survey.data;
  const background = s.definition.sections
    .flatMap((x) => x.items)
    .filter((i) => i.kind === 'year' || (i.kind === 'single' && (i as { background?: boolean }).background));
  return (
    <>
      <p>
        <Link to="/app/surveys">{t.back}</Link>
      </p>
      <h1>{s.title[lang]}</h1>
      <p>
        {t[s.status]} · {s.opensOn} – {s.closesOn} · <a href={`/api/surveys/${s.id}/results.csv`}>{t.exportCsv}</a> ·{' '}
        <a href={`/api/surveys/${s.id}/results.xlsx`}>{t.exportXlsx}</a>
      </p>
      <section aria-labelledby="sr-title">
        <h2 id="sr-title">{t.results}</h2>
        <div className="narrow">
          <SelectField
            id="sr-by"
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
          <ResultsView r={results.data} />
        )}
      </section>
      {isManager && <FreeTextModeration surveyId={s.id} />}
      {isManager && <Contacts surveyId={s.id} />}
      {canEnter && s.status !== 'draft' && <PaperEntry survey={s} />}
    </>
  );
}

function ResultsView({ r }: { r: Results }) {
  const t = useT(sm);
  const { lang } = useLang();
  if (!r.enough) {
    return (
      <div className="panel" data-testid="survey-too-few">
        <p>
          <strong>{t.tooFew}</strong> {t.tooFewText(r.minimum)}
        </p>
      </div>
    );
  }
  const prev = (key: string) => r.comparison?.items.find((c) => c.key === key)?.previousMean ?? null;
  const items = r.items!;
  const barW = 240;
  return (
    <div data-testid="survey-results">
      <p>
        {t.total}: <strong>{r.total}</strong>
      </p>
      {r.comparison && <p>{t.comparison(r.comparison.previousMonth)}</p>}
      <figure className="panel">
        <figcaption id="sr-chart-caption">{t.chart}</figcaption>
        <svg
          role="img"
          aria-labelledby="sr-chart-caption"
          viewBox={`0 0 ${barW + 150} ${items.length * 34 + 10}`}
          style={{ width: '100%', maxWidth: 640 }}
        >
          {items.map((it, i) => (
            <g key={it.key} transform={`translate(0, ${i * 34 + 4})`}>
              <text x="0" y="13" fontSize="12">
                {it.key.toUpperCase()}
              </text>
              {it.mean !== null && <rect x="40" y="2" height="12" width={(it.mean / 5) * barW} fill="#2a6ebb" />}
              {prev(it.key) !== null && (
                <rect x="40" y="16" height="8" width={((prev(it.key) ?? 0) / 5) * barW} fill="#8fb3dd" />
              )}
              <text x={barW + 50} y="13" fontSize="12">
                {it.mean ?? '–'}
                {prev(it.key) !== null ? ` (${prev(it.key)})` : ''}
              </text>
            </g>
          ))}
        </svg>
      </figure>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t.results}>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t.item}</th>
              <th scope="col">{t.n}</th>
              <th scope="col">1</th>
              <th scope="col">2</th>
              <th scope="col">3</th>
              <th scope="col">4</th>
              <th scope="col">5</th>
              <th scope="col">{t.mean}</th>
              {r.comparison && <th scope="col">{t.previous}</th>}
            </tr>
          </thead>
          <tbody>
            {items.map((it) => (
              <tr key={it.key}>
                <th scope="row">
                  {it.key.toUpperCase()} {it.text[lang]}
                </th>
                {it.n === null ? (
                  <td colSpan={7}>{t.hidden}</td>
                ) : (
                  <>
                    <td>{it.n}</td>
                    {it.distribution!.map((d, i) => (
                      <td key={i}>{d}</td>
                    ))}
                    <td data-testid={`mean-${it.key}`}>{it.mean}</td>
                  </>
                )}
                {r.comparison && <td data-testid={`prev-${it.key}`}>{prev(it.key) ?? '–'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t.groups}</h3>
      <ul>
        {r.groups!.map((g) => (
          <li key={g.key}>
            {g.title[lang]}: {g.mean ?? t.hidden}
          </li>
        ))}
      </ul>
      {r.breakdown && (
        <>
          <h3>{t.breakdown}</h3>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t.breakdown}>
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t.item}</th>
                  {r.breakdown.categories.map((c) => (
                    <th scope="col" key={c.value}>
                      {c.label[lang]} ({c.n ?? '–'})
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {r.breakdown.items.map((it) => (
                  <tr key={it.key}>
                    <th scope="row">{it.key.toUpperCase()}</th>
                    {r.breakdown!.categories.map((c) => (
                      <td key={c.value}>{it.means[c.value] ?? '–'}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <h3>{t.freeTexts}</h3>
      {r.freeTexts!.length ? (
        <ul>
          {r.freeTexts!.map((f) => (
            <li key={f.id}>{f.text}</li>
          ))}
        </ul>
      ) : (
        <p className="state-empty">{t.noFreeTexts}</p>
      )}
    </div>
  );
}

interface FreeText {
  id: string;
  text: string;
  moderation: string;
  proposalId: string | null;
  version: number;
}

function FreeTextModeration({ surveyId }: { surveyId: string }) {
  const t = useT(sm);
  const list = useQuery({
    queryKey: ['surveys', surveyId, 'free-texts'],
    queryFn: () =>
      api.get<{ freeTexts: FreeText[] }>(`/api/surveys/${surveyId}/free-texts?status=all`).then((r) => r.freeTexts),
  });
  return (
    <section aria-labelledby="sm-title">
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

function FreeTextCard({ surveyId, item }: { surveyId: string; item: FreeText }) {
  const t = useT(sm);
  const { lang } = useLang();
  const qc = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(item.text);
  const [proposing, setProposing] = useState(false);
  const [title, setTitle] = useState('');
  const [theme, setTheme] = useState('');
  const refresh = () => qc.invalidateQueries({ queryKey: ['surveys', surveyId] });
  const moderate = useMutation({
    mutationFn: (decision: 'approve' | 'redact') =>
      api.post(
        `/api/surveys/free-texts/${item.id}/moderation`,
        decision === 'approve'
          ? { decision, version: item.version }
          : { decision, text: text.trim(), version: item.version },
      ),
    onSuccess: refresh,
  });
  const propose = useMutation({
    mutationFn: () => api.post(`/api/proposals/from-survey/${item.id}`, { title: title.trim(), theme }),
    onSuccess: refresh,
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    propose.mutate();
  };
  return (
    <li className="panel">
      {editing ? (
        <TextAreaField
          id={`ft-${item.id}`}
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
      <MutationError error={moderate.error ?? propose.error} onReload={() => void refresh()} reloadLabel={t.reload} />
      <FormActions>
        {item.moderation === 'pending' && !editing && (
          <Button onClick={() => moderate.mutate('approve')}>{t.approve}</Button>
        )}
        {editing ? (
          <Button onClick={() => moderate.mutate('redact')}>{t.redact}</Button>
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
        <form onSubmit={submit} noValidate aria-label={t.makeProposal}>
          <TextField
            id={`ft-${item.id}-title`}
            label={t.proposalTitle}
            value={title}
            onChange={setTitle}
            error={fieldError(propose.error, 'title')}
            required
          />
          <SelectField
            id={`ft-${item.id}-theme`}
            label={t.theme}
            value={theme}
            onChange={setTheme}
            placeholder={t.choose}
            options={PROPOSAL_THEMES.map((k) => ({ value: k, label: THEME_LABELS[k][lang] }))}
            error={fieldError(propose.error, 'theme')}
            required
          />
          <FormActions>
            <Button type="submit">{t.makeProposal}</Button>
            <Button variant="secondary" onClick={() => setProposing(false)}>
              {t.cancel}
            </Button>
          </FormActions>
        </form>
      )}
    </li>
  );
}

function Contacts({ surveyId }: { surveyId: string }) {
  const t = useT(sm);
  const list = useQuery({
    queryKey: ['surveys', surveyId, 'contacts'],
    queryFn: () =>
      api
        .get<{ contacts: { id: string; name: string; phone: string | null; email: string | null }[] }>(
          `/api/surveys/${surveyId}/contacts`,
        )
        .then((r) => r.contacts),
  });
  return (
    <section aria-labelledby="sc-title">
      <h2 id="sc-title">{t.contacts}</h2>
      <p>{t.contactsText}</p>
      {list.data && (
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

/** Paper answers typed in with the same items; one answer per save. */
function PaperEntry({ survey }: { survey: Survey }) {
  const t = useT(sm);
  const { lang } = useLang();
  const qc = useQueryClient();
  const [values, setValues] = useState<Record<string, string>>({});
  const [answeredOn, setAnsweredOn] = useState('');
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: () => {
      const answers: Record<string, string | number> = {};
      for (const [k, v] of Object.entries(values)) if (v.trim()) answers[k] = v.trim();
      return api.post(`/api/surveys/${survey.id}/paper-responses`, { answers, ...(answeredOn ? { answeredOn } : {}) });
    },
    onSuccess: async () => {
      setSaved(true);
      setValues({});
      await qc.invalidateQueries({ queryKey: ['surveys', survey.id] });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    save.mutate();
  };
  const set = (k: string) => (v: string) => setValues((old) => ({ ...old, [k]: v }));
  return (
    <section className="panel narrow" aria-labelledby="sp-title">
      <h2 id="sp-title">{t.paperEntry}</h2>
      <form onSubmit={submit} noValidate>
        <DateField
          id="sp-date"
          label={t.answeredOn}
          value={answeredOn}
          onChange={setAnsweredOn}
          error={fieldError(save.error, 'answeredOn')}
        />
        {survey.definition.sections.flatMap((sec) =>
          sec.items.map((i) => {
            const id = `sp-${i.key}`;
            const err = fieldError(save.error, `answers.${i.key}`);
            if (i.kind === 'text')
              return (
                <TextAreaField
                  key={i.key}
                  id={id}
                  label={i.text[lang]}
                  value={values[i.key] ?? ''}
                  onChange={set(i.key)}
                  error={err}
                />
              );
            if (i.kind === 'year')
              return (
                <TextField
                  key={i.key}
                  id={id}
                  label={i.text[lang]}
                  value={values[i.key] ?? ''}
                  onChange={set(i.key)}
                  error={err}
                  inputMode="numeric"
                  maxLength={4}
                />
              );
            const options =
              i.kind === 'rating'
                ? [1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: String(n) }))
                : (i.options ?? []).map((o) => ({ value: o.value, label: o.label[lang] }));
            return (
              <SelectField
                key={i.key}
                id={id}
                label={i.text[lang]}
                value={values[i.key] ?? ''}
                onChange={set(i.key)}
                options={options}
                placeholder={t.noAnswer}
                error={err}
              />
            );
          }),
        )}
        <MutationError error={save.error} />
        <div role="status">{saved && <p className="success-message">{t.saved}</p>}</div>
        <FormActions>
          <Button type="submit" disabled={save.isPending}>
            {t.save}
          </Button>
        </FormActions>
      </form>
    </section>
  );
}
