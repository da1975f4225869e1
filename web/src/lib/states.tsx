// Loading, error and empty states, used by every page the same way.
import type { ReactNode } from 'react';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { ApiError } from './api';
import { useT } from './i18n';
import { common } from './messages';

export function Loading({ label }: { label?: string }) {
  const t = useT(common);
  return (
    <p className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t.loading}
    </p>
  );
}

export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useT(common);
  const message = error instanceof Error ? error.message : String(error);
  return (
    <div className="state state-error" role="alert">
      <InlineAlert status="error" labelText={t.errorTitle}>
        {message}
      </InlineAlert>
      {onRetry && (
        <Button variant="secondary" onClick={onRetry} className="mt-s">
          {t.retry}
        </Button>
      )}
    </div>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  const t = useT(common);
  return <p className="state state-empty">{children ?? t.empty}</p>;
}

/** An honest placeholder for a capability that does not exist yet. */
export function ComingSoonCard({
  title,
  text,
  headingLevel = 'h3',
}: {
  title: string;
  text?: string;
  headingLevel?: 'h2' | 'h3';
}) {
  const t = useT(common);
  const H = headingLevel;
  return (
    <article className="card card-coming">
      <H className="card-title">{title}</H>
      <p className="badge">{t.comingSoon}</p>
      <p>{text ?? t.comingSoonText}</p>
    </article>
  );
}

/** Shows the server's message; for a conflict also a button to reload the current data. */
export function MutationError({
  error,
  onReload,
  reloadLabel,
}: {
  error: unknown;
  onReload?: () => void;
  reloadLabel?: string;
}) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  const conflict = error instanceof ApiError && error.code === 'conflict';
  return (
    <div role="alert" className="mutation-error">
      <InlineAlert status={conflict ? 'warning' : 'error'}>{message}</InlineAlert>
      {conflict && onReload && (
        <Button variant="secondary" onClick={onReload} className="mt-s">
          {reloadLabel}
        </Button>
      )}
    </div>
  );
}
