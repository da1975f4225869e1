// One list-and-edit page: a table of records with an edit button per row, and below it the form —
// for the chosen record, or for a new one. The administration pages are built on it.
import { useState, type ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { useT } from './i18n';
import { common } from './messages';
import { Empty, ErrorState, Loading } from './states';

export interface Column<T> {
  header: string;
  cell: (item: T) => ReactNode;
}

export function ListEditPage<T extends { id: string; version: number }>({
  title,
  filters,
  list,
  columns,
  emptyText,
  editLabel,
  form,
  qa,
}: {
  title: string;
  /** Controls above the list (a search, a filter). */
  filters?: ReactNode;
  list: UseQueryResult<T[]>;
  columns: Column<T>[];
  emptyText: string;
  /** The edit button's accessible name for one row, e.g. "Edit unit Keskusta". */
  editLabel: (item: T) => string;
  /** The form for the chosen record (`editing`) or a new one (`null`); `close` ends editing. Keyed
   *  by the record's id and version, so a reload starts the form again from the saved record. */
  form: (editing: T | null, close: () => void, reloaded: (item: T) => void) => ReactNode;
  qa?: string;
}) {
  const t = useT(common);
  const [editing, setEditing] = useState<T | null>(null);
  return (
    <>
      <h1>{title}</h1>
      {filters}
      {list.isPending ? (
        <Loading />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.length === 0 ? (
        <Empty>{emptyText}</Empty>
      ) : (
        <div className="table-wrap mt-s" tabIndex={0} role="region" aria-label={title} data-qa={qa}>
          <table className="data">
            <thead>
              <tr>
                {columns.map((c) => (
                  <th key={c.header} scope="col">
                    {c.header}
                  </th>
                ))}
                <th scope="col">{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((item) => (
                <tr key={item.id} className={editing?.id === item.id ? 'is-selected' : undefined} data-qa="list-row">
                  {columns.map((c) => (
                    <td key={c.header}>{c.cell(item)}</td>
                  ))}
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => setEditing(item)}
                      aria-label={editLabel(item)}
                      data-qa="edit"
                    >
                      {t.edit}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div key={editing ? `${editing.id}:${editing.version}` : 'new'}>
        {form(editing, () => setEditing(null), setEditing)}
      </div>
    </>
  );
}
