// Shared pieces of the participation pages: native text areas and date inputs with the same look
// and error handling as lib/forms (each with a `qa` hook for browser tests), and the period filter.
import { useState, type FormEvent } from 'react';
import { Button } from 'suomifi-ui-components';
import { useT } from '../../lib/i18n';
import { pm } from './messages';

export function TextAreaField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  rows = 4,
  qa,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  hint?: string;
  rows?: number;
  /** data-qa hook on the field (browser tests). */
  qa?: string;
}) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field" data-qa={qa}>
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
  qa,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
  /** data-qa hook on the field (browser tests). */
  qa?: string;
}) {
  return (
    <div className="field" data-qa={qa}>
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
    <form onSubmit={submit} className="panel narrow" aria-label={t.period} data-qa="period-filter">
      <div className="form-row">
        <DateField id={`${idPrefix}-from`} qa="period-from" label={t.from} value={from} onChange={setFrom} />
        <DateField id={`${idPrefix}-to`} qa="period-to" label={t.to} value={to} onChange={setTo} />
      </div>
      <Button type="submit" variant="secondary">
        {t.show}
      </Button>
    </form>
  );
}
