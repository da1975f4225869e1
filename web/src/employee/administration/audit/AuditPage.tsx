// Audit log search: filters (actor, action, client, dates), a paged table.
import { useState, type FormEvent } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { FormActions, SelectField, TextField } from '../../../lib/forms';
import { useFormat, useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading } from '../../../lib/states';
import { adminMessages } from '../messages';
import { fetchAudit } from './api';

const PAGE = 50;

interface Filters {
  actor: string;
  action: string;
  clientId: string;
  outcome: string;
  from: string;
  to: string;
}

const noFilters: Filters = { actor: '', action: '', clientId: '', outcome: '', from: '', to: '' };

export default function AuditPage() {
  const t = useT(adminMessages);
  const fmt = useFormat();
  const [draft, setDraft] = useState<Filters>(noFilters);
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [offset, setOffset] = useState(0);
  const result = useQuery({
    queryKey: ['admin', 'audit', filters, offset],
    queryFn: () =>
      fetchAudit({
        ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== '')),
        limit: PAGE,
        offset,
      }),
    placeholderData: keepPreviousData,
  });
  const outcomeLabel = (o: string) => ({ ok: t.outcomeOk, denied: t.outcomeDenied, failed: t.outcomeFailed })[o] ?? o;
  const set = (patch: Partial<Filters>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setFilters({ ...draft, actor: draft.actor.trim(), action: draft.action.trim(), clientId: draft.clientId.trim() });
    setOffset(0);
  };

  return (
    <>
      <h1>{t.audit}</h1>
      <form className="panel" onSubmit={submit} aria-labelledby="audit-filters">
        <h2 id="audit-filters">{t.auditFilters}</h2>
        <div className="form-row">
          <TextField id="audit-actor" label={t.actor} value={draft.actor} onChange={(actor) => set({ actor })} />
          <TextField id="audit-action" label={t.action} value={draft.action} onChange={(action) => set({ action })} />
          <TextField
            id="audit-client"
            label={t.clientId}
            value={draft.clientId}
            onChange={(clientId) => set({ clientId })}
          />
          <SelectField
            id="audit-outcome"
            label={t.outcome}
            value={draft.outcome}
            onChange={(outcome) => set({ outcome })}
            placeholder={t.outcomeAny}
            options={[
              { value: 'ok', label: t.outcomeOk },
              { value: 'denied', label: t.outcomeDenied },
              { value: 'failed', label: t.outcomeFailed },
            ]}
          />
          <DateField id="audit-from" label={t.from} value={draft.from} onChange={(from) => set({ from })} />
          <DateField id="audit-to" label={t.to} value={draft.to} onChange={(to) => set({ to })} />
        </div>
        <FormActions>
          <Button type="submit">{t.search}</Button>
          <Button
            type="button"
            variant="secondary"
            onClick={() => {
              setDraft(noFilters);
              setFilters(noFilters);
              setOffset(0);
            }}
          >
            {t.clear}
          </Button>
        </FormActions>
      </form>
      {result.isPending ? (
        <Loading />
      ) : result.error ? (
        <ErrorState error={result.error} onRetry={() => void result.refetch()} />
      ) : result.data.rows.length === 0 ? (
        <Empty>{t.noAuditRows}</Empty>
      ) : (
        <>
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="audit-caption">
            <table className="data">
              <caption id="audit-caption">
                {t.auditCaption(offset + 1, offset + result.data.rows.length, result.data.total)}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t.time}</th>
                  <th scope="col">{t.actor}</th>
                  <th scope="col">{t.action}</th>
                  <th scope="col">{t.subject}</th>
                  <th scope="col">{t.purpose}</th>
                  <th scope="col">{t.outcome}</th>
                </tr>
              </thead>
              <tbody>
                {result.data.rows.map((r) => (
                  <tr key={String(r.seq)}>
                    <td>{fmt.dateTime(r.at)}</td>
                    <td>{r.actorUsername ?? '—'}</td>
                    <td>
                      {r.actionLabel} <code>{r.action}</code>
                    </td>
                    <td>{[r.subjectType, r.subjectId].filter(Boolean).join(' ') || '—'}</td>
                    <td>{r.purpose ?? '—'}</td>
                    <td>{outcomeLabel(r.outcome)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="pager">
            <Button
              type="button"
              variant="secondary"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE))}
            >
              {t.previous}
            </Button>
            <Button
              type="button"
              variant="secondary"
              disabled={offset + PAGE >= result.data.total}
              onClick={() => setOffset(offset + PAGE)}
            >
              {t.next}
            </Button>
          </div>
        </>
      )}
    </>
  );
}

function DateField({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <input id={id} type="date" className="select" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
