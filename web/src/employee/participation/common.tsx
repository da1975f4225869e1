// Shared pieces of the participation pages: native text areas and date inputs with the same look
// and error handling as lib/forms, the results view, and the period filter.
import { useState, type FormEvent } from 'react';
import { Button } from 'suomifi-ui-components';
import { useT } from '../../lib/i18n';
import { pm } from './messages';

export interface Results {
  period: { from: string; to: string };
  minimum: number;
  enough: boolean;
  count?: number;
  metExpectations?: { yes: number; partly: number; no: number; unanswered: number };
  rating?: { distribution: number[]; answered: number; mean: number | null };
  freeTexts?: { id: string; opinion: string | null; wishes: string | null }[];
  awaitingModeration?: number;
}

export function TextAreaField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  rows = 4,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  hint?: string;
  rows?: number;
}) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        className={`select${error ? ' is-error' : ''}`}
        style={{ width: '100%', minHeight: `${rows * 1.5}em` }}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

export function DateField({
  id,
  label,
  value,
  onChange,
  error,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        type="date"
        className={`select${error ? ' is-error' : ''}`}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

export function PeriodFilter({
  idPrefix,
  onApply,
}: {
  idPrefix: string;
  onApply: (p: { from?: string; to?: string }) => void;
}) {
  const t = useT(pm);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply({ from: from || undefined, to: to || undefined });
  };
  return (
    <form onSubmit={submit} className="panel narrow" aria-label={t.period}>
      <div className="form-row">
        <DateField id={`${idPrefix}-from`} label={t.from} value={from} onChange={setFrom} />
        <DateField id={`${idPrefix}-to`} label={t.to} value={to} onChange={setTo} />
      </div>
      <Button type="submit" variant="secondary">
        {t.show}
      </Button>
    </form>
  );
}

/** Results of one worker; below the minimum only the "too few answers" text. */
export function ResultsView({ results, headingId }: { results: Results; headingId: string }) {
  const t = useT(pm);
  if (!results.enough) {
    return (
      <div className="panel" data-testid="feedback-too-few">
        <p>
          <strong>{t.tooFew}</strong>
        </p>
        <p>{t.tooFewText(results.minimum)}</p>
      </div>
    );
  }
  const met = results.metExpectations!;
  const rating = results.rating!;
  const max = Math.max(1, ...rating.distribution);
  return (
    <div data-testid="feedback-results">
      <p>
        {t.answers}: <strong data-testid="feedback-count">{results.count}</strong> ({results.period.from} –{' '}
        {results.period.to})
      </p>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`${headingId}-met`}>
        <table className="data">
          <caption id={`${headingId}-met`}>{t.metExpectations}</caption>
          <thead>
            <tr>
              <th scope="col">{t.yes}</th>
              <th scope="col">{t.partly}</th>
              <th scope="col">{t.no}</th>
              <th scope="col">{t.unanswered}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{met.yes}</td>
              <td>{met.partly}</td>
              <td>{met.no}</td>
              <td>{met.unanswered}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <h3>
        {t.rating} ({t.mean} {rating.mean ?? '–'})
      </h3>
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {rating.distribution.map((n, i) => (
          <li key={i} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <span style={{ width: '7em' }}>{t.ratingN(i + 1)}</span>
            <span
              aria-hidden="true"
              style={{
                display: 'inline-block',
                height: 14,
                width: `${(n / max) * 60}%`,
                minWidth: n ? 4 : 0,
                background: 'var(--brand)',
              }}
            />
            <span>{n}</span>
          </li>
        ))}
      </ul>
      <h3>{t.freeTexts}</h3>
      {results.freeTexts!.length === 0 ? (
        <p className="state-empty">{t.noFreeTexts}</p>
      ) : (
        <ul data-testid="feedback-free-texts">
          {results.freeTexts!.map((f) => (
            <li key={f.id}>
              {f.opinion && (
                <p>
                  <strong>{t.opinion}:</strong> {f.opinion}
                </p>
              )}
              {f.wishes && (
                <p>
                  <strong>{t.wishes}:</strong> {f.wishes}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {results.awaitingModeration ? <p>{t.awaiting(results.awaitingModeration)}</p> : null}
    </div>
  );
}
