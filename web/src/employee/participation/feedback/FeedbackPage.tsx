// A worker's own feedback: code and links, printable cards, and results under the minimum-size rule.
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { PeriodQuery } from '../../../../../src/shared/contracts/participation/feedback';
import { useLang, useT } from '../../../lib/i18n';
import { ErrorState, Loading } from '../../../lib/states';
import { PeriodFilter } from '../components';
import { pm } from '../messages';
import { feedbackApi } from './api';
import { ResultsView } from './ResultsView';

export default function FeedbackPage() {
  const t = useT(pm);
  const { lang } = useLang();
  const [period, setPeriod] = useState<PeriodQuery>({});
  const codes = useQuery({ queryKey: ['feedback', 'codes'], queryFn: feedbackApi.ownCodes });
  const results = useQuery({
    queryKey: ['feedback', 'me', period],
    queryFn: () => feedbackApi.ownResults(period),
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
                <strong data-qa="feedback-code">{c.code.toUpperCase()}</strong> ({c.unitName}) –{' '}
                <a href={c.links[lang]} data-qa="feedback-form-link">
                  {t.formLink} {window.location.origin}
                  {c.links[lang]}
                </a>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={feedbackApi.ownCardsUrl('a6', lang)} target="_blank" rel="noreferrer" data-qa="cards-a6">
            {t.printA6}
          </a>{' '}
          ·{' '}
          <a href={feedbackApi.ownCardsUrl('a5', lang)} target="_blank" rel="noreferrer" data-qa="cards-a5">
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
