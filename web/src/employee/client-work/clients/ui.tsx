// Small form pieces of the client-work pages: text areas, dates and choices with labels, hints, the
// server's field errors and a data-qa hook (`qa`) for browser tests; the shared client query.
import type { ReactNode } from 'react';
import { clock } from '../../../lib/clock';
import './clients.css';

export { clientKey, useClient, type ClientView } from './api';

export function todayIso(): string {
  return clock.today();
}

/** 'YYYY-MM-DD' → 'D.M.YYYY' (Finnish style in every language; unambiguous). */
export function fmtDate(iso: string | null | undefined): string {
  if (!iso) return '–';
  const [y, m, d] = iso.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
}

function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

function FieldShell({
  id,
  label,
  hint,
  error,
  children,
  tag,
  qa,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
  tag?: string;
  qa?: string;
}) {
  return (
    <div className="field" data-qa={qa}>
      {tag && <p className="statutory-tag">{tag}</p>}
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

export function TextAreaField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  hint?: string;
  error?: string;
  rows?: number;
  disabled?: boolean;
  tag?: string;
  /** data-qa hook on the field (browser tests). */
  qa?: string;
}) {
  const { id, value, onChange, hint, error, rows = 4, disabled } = props;
  return (
    <FieldShell {...props}>
      <textarea
        id={id}
        className={`textarea${error ? ' is-error' : ''}`}
        value={value}
        rows={rows}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldShell>
  );
}

export function DateField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  hint?: string;
  error?: string;
  required?: boolean;
  /** data-qa hook on the field (browser tests). */
  qa?: string;
}) {
  const { id, value, onChange, hint, error, required } = props;
  return (
    <FieldShell {...props}>
      <input
        id={id}
        type="date"
        className={`date-input${error ? ' is-error' : ''}`}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value)}
      />
    </FieldShell>
  );
}

/** Radio buttons in a fieldset; `value` '' = nothing chosen yet. */
export function ChoiceField({
  id,
  legend,
  value,
  onChange,
  options,
  error,
  disabled,
  qa,
}: {
  id: string;
  legend: string;
  value: string;
  onChange: (v: string) => void;
  options: { value: string; label: string }[];
  error?: string;
  disabled?: boolean;
  /** data-qa hook on the fieldset; its radio buttons are found by value (browser tests). */
  qa?: string;
}) {
  return (
    <fieldset className="choice" id={id} aria-describedby={error ? `${id}-error` : undefined} data-qa={qa}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <div className="choice-option" key={o.value}>
          <input
            type="radio"
            id={`${id}-${o.value}`}
            name={id}
            value={o.value}
            checked={value === o.value}
            disabled={disabled}
            onChange={() => onChange(o.value)}
          />
          <label htmlFor={`${id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
