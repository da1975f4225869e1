// One worker's feedback results; below the minimum only the "too few answers" text.
import type { FeedbackResults } from '../../../../../src/shared/contracts/participation/feedback';
import { useT } from '../../../lib/i18n';
import { pm } from '../messages';

export function ResultsView({ results, headingId }: { results: FeedbackResults; headingId: string }) {
  const t = useT(pm);
  if (!results.enough) {
    return (
      <div className="panel" data-qa="feedback-too-few">
        <p>
          <strong>{t.tooFew}</strong>
        </p>
        <p>{t.tooFewText(results.minimum)}</p>
      </div>
    );
  }
  const met = results.metExpectations;
  const rating = results.rating;
  const max = Math.max(1, ...rating.distribution);
  return (
    <div data-qa="feedback-results">
      <p>
        {t.answers}: <strong data-qa="feedback-count">{results.count}</strong> ({results.period.from} –{' '}
        {results.period.to})
      </p>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`${headingId}-met`}>
        <table className="data">
          <caption id={`${headingId}-met`}>{t.metExpectations}</caption>
          <thead>
            <tr>
              <th scope="col">{t.yes}</th>
              <th scope="col">{t.partly}</th>
              <th scope="col">{t.no}</th>
              <th scope="col">{t.unanswered}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{met.yes}</td>
              <td>{met.partly}</td>
              <td>{met.no}</td>
              <td>{met.unanswered}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <h3>
        {t.rating} ({t.mean} {rating.mean ?? '–'})
      </h3>
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {rating.distribution.map((n, i) => (
          <li key={i} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
            <span style={{ width: '7em' }}>{t.ratingN(i + 1)}</span>
            <span
              aria-hidden="true"
              style={{
                display: 'inline-block',
                height: 14,
                width: `${(n / max) * 60}%`,
                minWidth: n ? 4 : 0,
                background: 'var(--brand)',
              }}
            />
            <span>{n}</span>
          </li>
        ))}
      </ul>
      <h3>{t.freeTexts}</h3>
      {results.freeTexts.length === 0 ? (
        <p className="state-empty">{t.noFreeTexts}</p>
      ) : (
        <ul data-qa="feedback-free-texts">
          {results.freeTexts.map((f) => (
            <li key={f.id}>
              {f.opinion && (
                <p>
                  <strong>{t.opinion}:</strong> {f.opinion}
                </p>
              )}
              {f.wishes && (
                <p>
                  <strong>{t.wishes}:</strong> {f.wishes}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {results.awaitingModeration ? <p>{t.awaiting(results.awaitingModeration)}</p> : null}
    </div>
  );
}
