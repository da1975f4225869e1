// Form fields with labels, hints and the server's per-field validation messages.
import { TextInput } from 'suomifi-ui-components';
import type { ReactNode } from 'react';
import { ApiError } from './api';

/** The server's message for a field path, e.g. `name` or `roles.0.unitId`. */
export function fieldError(error: unknown, path: string): string | undefined {
  return error instanceof ApiError ? error.fieldMessage(path) : undefined;
}

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  type?: 'text' | 'password' | 'number' | 'email' | 'tel';
  autoComplete?: string;
  required?: boolean;
  inputMode?: 'numeric' | 'text';
  maxLength?: number;
  optionalText?: string;
  /** data-qa hook on the field (browser tests). */
  qa?: string;
}

export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  type = 'text',
  autoComplete,
  required,
  inputMode,
  maxLength,
  optionalText,
  qa,
}: TextFieldProps) {
  return (
    <div className="field" data-qa={qa}>
      <TextInput
        id={id}
        labelText={label}
        hintText={hint}
        value={value}
        type={type}
        autoComplete={autoComplete}
        required={required}
        inputMode={inputMode}
        maxLength={maxLength}
        optionalText={optionalText}
        status={error ? 'error' : 'default'}
        statusText={error}
        fullWidth
        onChange={(v) => onChange(v === undefined ? '' : String(v))}
      />
    </div>
  );
}

interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: { value: string; label: string }[];
  error?: string;
  hint?: string;
  placeholder?: string;
  required?: boolean;
  qa?: string;
}

/** A native select styled like the Suomi.fi inputs (works with every assistive technology). */
export function SelectField({
  id,
  label,
  value,
  onChange,
  options,
  error,
  hint,
  placeholder,
  required,
  qa,
}: SelectFieldProps) {
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
      <select
        id={id}
        className={`select${error ? ' is-error' : ''}`}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

export function CheckboxField({
  id,
  label,
  checked,
  onChange,
  qa,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  qa?: string;
}) {
  return (
    <div className="field field-checkbox" data-qa={qa}>
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

export function FormActions({ children }: { children: ReactNode }) {
  return <div className="form-actions">{children}</div>;
}
