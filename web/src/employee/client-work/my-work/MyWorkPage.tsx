// My work: the worker's own clients and everything due from every capability, sortable.
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useT } from '../../../lib/i18n';
import { Empty, ErrorState, Loading, MutationError } from '../../../lib/states';
import type { MyWorkSort as Sort } from '../../../../../src/shared/contracts/client-work/my-work';
import { fiDate } from '../plan/fields';
import { myWorkApi, myWorkKeys } from './api';
import { myWorkMessages } from './messages';
import '../plan/plan.css';

export default function MyWorkPage() {
  const t = useT(myWorkMessages);
  const qc = useQueryClient();
  const [sort, setSort] = useState<Sort>('due');
  const [order, setOrder] = useState<'asc' | 'desc'>('asc');
  const [notice, setNotice] = useState('');
  const data = useQuery({ queryKey: myWorkKeys.list(sort, order), queryFn: () => myWorkApi.myWork(sort, order) });
  const done = useMutation({
    mutationFn: (taskId: string) => myWorkApi.completeTask(taskId),
    onSuccess: () => setNotice(t.done),
    onSettled: () => qc.invalidateQueries({ queryKey: myWorkKeys.all }),
  });
  const header = (col: Sort, label: string) => (
    <th scope="col" aria-sort={sort === col ? (order === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button
        type="button"
        className="link-button"
        data-qa={`sort-${col}`}
        onClick={() => {
          if (sort === col) setOrder(order === 'asc' ? 'desc' : 'asc');
          else {
            setSort(col);
            setOrder('asc');
          }
        }}
        aria-label={t.sortBy(label)}
      >
        {label} {sort === col ? (order === 'asc' ? '▲' : '▼') : ''}
      </button>
    </th>
  );
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      {data.isPending ? (
        <Loading />
      ) : data.error ? (
        <ErrorState error={data.error} onRetry={() => void data.refetch()} />
      ) : (
        <>
          {data.data.failedSources.length > 0 && (
            <p className="status-overdue" role="alert" data-qa="my-work-partial">
              {t.partial}
            </p>
          )}
          <h2>{t.items}</h2>
          <div role="status">
            {notice && (
              <p className="success-message" data-qa="task-done">
                {notice}
              </p>
            )}
          </div>
          <MutationError error={done.error} />
          {data.data.items.length === 0 ? (
            <Empty>{t.noItems}</Empty>
          ) : (
            <div className="table-wrap" tabIndex={0} role="region" aria-label={t.items}>
              <table className="data" id="my-work-items" data-qa="my-work-items">
                <thead>
                  <tr>
                    {header('due', t.due)}
                    <th scope="col">{t.state}</th>
                    {header('client', t.client)}
                    {header('kind', t.what)}
                    <th scope="col">
                      <span className="visually-hidden">{t.markDone}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.data.items.map((i, n) => (
                    <tr
                      key={`${i.kind}-${i.clientId}-${i.taskId ?? n}`}
                      data-qa="my-work-item"
                      data-kind={i.kind}
                      data-state={i.state}
                    >
                      <td>{fiDate(i.dueDate)}</td>
                      <td className={`status-${i.state}`}>{t.states[i.state]}</td>
                      <td>{i.clientId ? <Link to={`/app/clients/${i.clientId}`}>{i.clientName}</Link> : ''}</td>
                      <td>
                        <Link to={i.link}>{i.title}</Link>
                      </td>
                      <td>
                        {i.taskId && (
                          <button
                            type="button"
                            className="link-button"
                            data-qa="mark-done"
                            onClick={() => {
                              setNotice('');
                              done.mutate(i.taskId!);
                            }}
                          >
                            {t.markDone}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h2>{t.clients}</h2>
          {data.data.clients.length === 0 ? (
            <Empty>{t.noClients}</Empty>
          ) : (
            <div className="table-wrap" tabIndex={0} role="region" aria-label={t.clients}>
              <table className="data" id="my-work-clients" data-qa="my-work-clients">
                <thead>
                  <tr>
                    <th scope="col">{t.client}</th>
                    <th scope="col">{t.hasPlan}</th>
                    <th scope="col">{t.nextDue}</th>
                    <th scope="col">{t.overdueCount}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.data.clients.map((c) => (
                    <tr key={c.clientId} data-qa="my-work-client">
                      <td>
                        <Link to={`/app/clients/${c.clientId}/plan`}>{c.name}</Link>
                      </td>
                      <td>{c.hasPlan ? t.yes : t.no}</td>
                      <td>{fiDate(c.nextDue)}</td>
                      <td className={c.overdue ? 'status-overdue' : undefined}>{c.overdue}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </>
  );
}
