// A survey's results: bars as plain SVG with last year alongside, the table per item, group means,
// a breakdown by a background field and the moderated free text. Hidden cells say so.
import type { SurveyResults } from '../../../../../src/shared/contracts/participation/surveys';
import { useLang, useT } from '../../../lib/i18n';
import { sm } from './messages';

export function SurveyResultsView({ r }: { r: SurveyResults }) {
  const t = useT(sm);
  const { lang } = useLang();
  if (!r.enough) {
    return (
      <div className="panel" data-qa="survey-too-few">
        <p>
          <strong>{t.tooFew}</strong> {t.tooFewText(r.minimum)}
        </p>
      </div>
    );
  }
  const prev = (key: string) => r.comparison?.items.find((c) => c.key === key)?.previousMean ?? null;
  const items = r.items;
  const breakdown = r.breakdown;
  const barW = 240;
  return (
    <div data-qa="survey-results">
      <p>
        {t.total}: <strong>{r.total}</strong>
      </p>
      {r.comparison && <p>{t.comparison(r.comparison.previousMonth)}</p>}
      <figure className="panel">
        <figcaption id="sr-chart-caption">{t.chart}</figcaption>
        <svg
          role="img"
          aria-labelledby="sr-chart-caption"
          viewBox={`0 0 ${barW + 150} ${items.length * 34 + 10}`}
          style={{ width: '100%', maxWidth: 640 }}
        >
          {items.map((it, i) => (
            <g key={it.key} transform={`translate(0, ${i * 34 + 4})`}>
              <text x="0" y="13" fontSize="12">
                {it.key.toUpperCase()}
              </text>
              {it.mean !== null && <rect x="40" y="2" height="12" width={(it.mean / 5) * barW} fill="#2a6ebb" />}
              {prev(it.key) !== null && (
                <rect x="40" y="16" height="8" width={((prev(it.key) ?? 0) / 5) * barW} fill="#8fb3dd" />
              )}
              <text x={barW + 50} y="13" fontSize="12">
                {it.mean ?? '–'}
                {prev(it.key) !== null ? ` (${prev(it.key)})` : ''}
              </text>
            </g>
          ))}
        </svg>
      </figure>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={t.results}>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t.item}</th>
              <th scope="col">{t.n}</th>
              <th scope="col">1</th>
              <th scope="col">2</th>
              <th scope="col">3</th>
              <th scope="col">4</th>
              <th scope="col">5</th>
              <th scope="col">{t.mean}</th>
              {r.comparison && <th scope="col">{t.previous}</th>}
            </tr>
          </thead>
          <tbody>
            {items.map((it) => (
              <tr key={it.key}>
                <th scope="row">
                  {it.key.toUpperCase()} {it.text[lang]}
                </th>
                {it.n === null ? (
                  <td colSpan={7}>{t.hidden}</td>
                ) : (
                  <>
                    <td>{it.n}</td>
                    {(it.distribution ?? []).map((d, i) => (
                      <td key={i}>{d}</td>
                    ))}
                    <td data-qa={`mean-${it.key}`}>{it.mean}</td>
                  </>
                )}
                {r.comparison && <td data-qa={`prev-${it.key}`}>{prev(it.key) ?? '–'}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t.groups}</h3>
      <ul>
        {r.groups.map((g) => (
          <li key={g.key}>
            {g.title[lang]}: {g.mean ?? t.hidden}
          </li>
        ))}
      </ul>
      {breakdown && (
        <>
          <h3>{t.breakdown}</h3>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t.breakdown}>
            <table className="data">
              <thead>
                <tr>
                  <th scope="col">{t.item}</th>
                  {breakdown.categories.map((c) => (
                    <th scope="col" key={c.value}>
                      {c.label[lang]} ({c.n ?? '–'})
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {breakdown.items.map((it) => (
                  <tr key={it.key}>
                    <th scope="row">{it.key.toUpperCase()}</th>
                    {breakdown.categories.map((c) => (
                      <td key={c.value}>{it.means[c.value] ?? '–'}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <h3>{t.freeTexts}</h3>
      {r.freeTexts.length ? (
        <ul>
          {r.freeTexts.map((f) => (
            <li key={f.id}>{f.text}</li>
          ))}
        </ul>
      ) : (
        <p className="state-empty">{t.noFreeTexts}</p>
      )}
    </div>
  );
}
