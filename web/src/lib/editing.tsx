// One way to edit a record in the web app: a form hook that sends the record's version, shows every
// error at once next to its field with a summary that takes the focus, says when it saved, and on a
// conflict (someone saved in between: 409) offers to reload instead of overwriting.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { ApiError } from './api';
import { FormActions } from './forms';
import { useT } from './i18n';
import { common } from './messages';
import { MutationError } from './states';

export interface EditForm<V> {
  values: V;
  set: <K extends keyof V>(key: K, value: V[K]) => void;
  /** Resets the values (after a reload, or to start a new record). */
  reset: (values: V) => void;
  /** The DOM id of a field's input, so the error summary can link to it. */
  id: (path: string) => string;
  /** The server's message for a field path (`name`, `roles.0.unitId` …). */
  error: (path: string) => string | undefined;
  submit: (e?: FormEvent) => void;
  pending: boolean;
  /** The last save failed with this error. */
  failure: unknown;
  /** The last save succeeded (cleared on the next change). */
  saved: boolean;
}

export function useEditForm<V, R = unknown>(options: {
  initial: V;
  save: (values: V) => Promise<R>;
  onSaved?: (result: R, values: V) => void | Promise<void>;
  /** Prefix of the fields' ids; one per form on a page. */
  idPrefix?: string;
}): EditForm<V> {
  const generated = useId();
  const prefix = options.idPrefix ?? generated.replace(/:/g, '');
  const [values, setValues] = useState<V>(options.initial);
  const [saved, setSaved] = useState(false);
  const mutation = useMutation({
    mutationFn: (v: V) => options.save(v),
    onSuccess: async (result, v) => {
      // After onSaved, which may reset the form for the next new record: the confirmation stays.
      await options.onSaved?.(result, v);
      setSaved(true);
    },
  });
  return {
    values,
    set: (key, value) => {
      setSaved(false);
      setValues((old) => ({ ...old, [key]: value }));
    },
    reset: (next) => {
      setSaved(false);
      mutation.reset();
      setValues(next);
    },
    id: (path) => `${prefix}-${path.replace(/\./g, '-')}`,
    error: (path) => (mutation.error instanceof ApiError ? mutation.error.fieldMessage(path) : undefined),
    submit: (e) => {
      e?.preventDefault();
      setSaved(false);
      mutation.mutate(values);
    },
    pending: mutation.isPending,
    failure: mutation.error,
    saved,
  };
}

/** Every field error of a failed save, as links to the fields; it takes the focus when it appears. */
export function ErrorSummary({ error, idFor }: { error: unknown; idFor: (path: string) => string }) {
  const t = useT(common);
  const ref = useRef<HTMLDivElement>(null);
  const fields = error instanceof ApiError ? error.fields : [];
  useEffect(() => {
    if (fields.length) ref.current?.focus();
  }, [error, fields.length]);
  if (!fields.length) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} data-qa="error-summary">
      <h3 className="error-summary-title">{t.checkThese(fields.length)}</h3>
      <ul>
        {fields.map((f) => (
          <li key={f.path}>
            <a
              href={`#${idFor(f.path)}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(idFor(f.path))?.focus();
              }}
            >
              {f.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The frame of every edit form: a titled panel, the error summary, the fields, the server's message
 * (with "reload" on a conflict), a visible confirmation after saving, and the buttons.
 */
export function EditPanel<V>({
  title,
  form,
  submitLabel,
  savedText,
  onCancel,
  onReload,
  children,
  qa,
  actions,
  wide,
}: {
  title: string;
  form: EditForm<V>;
  submitLabel: string;
  /** Shown after a successful save; defaults to "Saved". */
  savedText?: string;
  onCancel?: () => void;
  /** After a conflict: fetch the current record and start again from it. */
  onReload?: () => void;
  children: ReactNode;
  /** The panel's data-qa hook for browser tests. */
  qa?: string;
  /** More buttons after the submit button (e.g. "Accept", a second submit that sets an intent first). */
  actions?: ReactNode;
  /** The panel takes the page's width (long forms, views side by side). */
  wide?: boolean;
}) {
  const t = useT(common);
  const titleId = useId();
  const conflict = form.failure instanceof ApiError && form.failure.code === 'conflict';
  const fieldErrors = form.failure instanceof ApiError && form.failure.fields.length > 0;
  return (
    <section className={wide ? 'panel' : 'panel narrow'} aria-labelledby={titleId} data-qa={qa}>
      <h2 id={titleId}>{title}</h2>
      <form onSubmit={form.submit} noValidate>
        <ErrorSummary error={form.failure} idFor={form.id} />
        {children}
        {!fieldErrors && (
          <MutationError error={form.failure} onReload={conflict ? onReload : undefined} reloadLabel={t.reload} />
        )}
        <div role="status" aria-live="polite">
          {form.saved && (
            <p className="success-message" data-qa="saved">
              {savedText ?? t.saved}
            </p>
          )}
        </div>
        <FormActions>
          <Button type="submit" disabled={form.pending}>
            {submitLabel}
          </Button>
          {actions}
          {onCancel && (
            <Button type="button" variant="secondary" onClick={onCancel}>
              {t.cancel}
            </Button>
          )}
        </FormActions>
      </form>
    </section>
  );
}
