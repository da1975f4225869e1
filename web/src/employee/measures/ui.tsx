// Small form pieces for the measures pages: native inputs with labels, the server's field errors and
// data-qa hooks for the browser tests.
import type { ReactNode } from 'react';
import { ApiError } from '../../lib/api';

export function err(error: unknown, path: string): string | undefined {
  return error instanceof ApiError ? error.fieldMessage(path) : undefined;
}

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  type?: 'text' | 'date' | 'number' | 'time' | 'month';
  error?: string;
  required?: boolean;
  step?: string;
  min?: string;
  max?: string;
  /** data-qa hook on the field (browser tests). */
  qa?: string;
}

export function Field({ id, label, value, onChange, type = 'text', error, required, step, min, max, qa }: FieldProps) {
  return (
    <div className="field" data-qa={qa}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input
        id={id}
        className={`select${error ? ' is-error' : ''}`}
        type={type}
        value={value}
        required={required}
        step={step}
        min={min}
        max={max}
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

export function Area({ id, label, value, onChange, error, required, qa }: Omit<FieldProps, 'type'>) {
  return (
    <div className="field" data-qa={qa}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <textarea
        id={id}
        className={`select${error ? ' is-error' : ''}`}
        rows={3}
        value={value}
        required={required}
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

export function Section({ id, title, children, qa }: { id: string; title: string; children: ReactNode; qa?: string }) {
  return (
    <section className="panel" aria-labelledby={id} data-qa={qa}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

export const eur = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
