import type { ActionName } from '../../../../../src/shared/access/actions';
import { clock } from '../../../lib/clock';
// Small form pieces of the client-work pages: text areas, dates and choices with labels, hints and
// the server's field errors; the shared client query.
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { api } from '../../../lib/api';
import type { Client } from './types';
import './clients.css';

export const clientKey = (clientId: string) => ['clients', clientId] as const;

export function useClient(clientId: string) {
  return useQuery({
    queryKey: clientKey(clientId),
    queryFn: () =>
      api
        .get<{ client: Client; permittedActions: ActionName[] }>(`/api/clients/${clientId}`)
        .then((r) => ({ ...r.client, permittedActions: r.permittedActions })),
  });
}

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
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
  tag?: string;
}) {
  return (
    <div className="field">
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
}: {
  id: string;
  legend: string;
  value: string;
  onChange: (v: string) => void;
  options: { value: string; label: string }[];
  error?: string;
  disabled?: boolean;
}) {
  return (
    <fieldset className="choice" id={id} aria-describedby={error ? `${id}-error` : undefined}>
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
