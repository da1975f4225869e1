// A worker's own feedback: code and links, printable cards, and results under the minimum-size rule.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { api, query } from '../../lib/api';
import { useLang, useT } from '../../lib/i18n';
import { ErrorState, Loading } from '../../lib/states';
import { PeriodFilter, ResultsView, type Results } from './common';
import { pm } from './messages';

interface Code {
  code: string;
  unitId: string;
  unitName: string;
  links: { fi: string; sv: string; en: string };
}

export default function FeedbackPage() {
  const t = useT(pm);
  const { lang } = useLang();
  const [period, setPeriod] = useState<{ from?: string; to?: string }>({});
  const codes = useQuery({
    queryKey: ['feedback', 'codes'],
    queryFn: () => api.get<{ codes: Code[] }>('/api/feedback/me/codes').then((r) => r.codes),
  });
  const results = useQuery({
    queryKey: ['feedback', 'me', period],
    queryFn: () => api.get<{ results: Results }>(`/api/feedback/me/results${query(period)}`).then((r) => r.results),
  });
  return (
    <>
      <h1>{t.feedbackTitle}</h1>
      <section className="panel" aria-labelledby="fb-code-title">
        <h2 id="fb-code-title">{t.myCode}</h2>
        <p>{t.myCodeText}</p>
        {codes.isPending ? (
          <Loading />
        ) : codes.error ? (
          <ErrorState error={codes.error} onRetry={() => void codes.refetch()} />
        ) : (
          <ul>
            {codes.data.map((c) => (
              <li key={c.code}>
                <strong data-testid="feedback-code">{c.code.toUpperCase()}</strong> ({c.unitName}) –{' '}
                <a href={c.links[lang]}>
                  {t.formLink} {window.location.origin}
                  {c.links[lang]}
                </a>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={`/api/feedback/me/cards?size=a6&lang=${lang}`} target="_blank" rel="noreferrer">
            {t.printA6}
          </a>{' '}
          ·{' '}
          <a href={`/api/feedback/me/cards?size=a5&lang=${lang}`} target="_blank" rel="noreferrer">
            {t.printA5}
          </a>
        </p>
      </section>
      <section aria-labelledby="fb-results-title">
        <h2 id="fb-results-title">{t.myResults}</h2>
        <PeriodFilter idPrefix="fb-me" onApply={setPeriod} />
        {results.isPending ? (
          <Loading />
        ) : results.error ? (
          <ErrorState error={results.error} onRetry={() => void results.refetch()} />
        ) : (
          <ResultsView results={results.data} headingId="fb-me" />
        )}
      </section>
    </>
  );
}
