import { Link } from 'react-router';
import { useT } from '../lib/i18n';
import { portalMessages } from './messages';
import { useClient } from './Shell';
import { WorkerCard } from './plan/MeetingsPage';

export default function StartPage() {
  const me = useClient();
  const t = useT(portalMessages);
  const cards: [string, string, string][] = [
    [t.myPlan, t.myPlanText, '/suunnitelma'],
    [t.myMeetings, t.myMeetingsText, '/tapaamiset'],
    [t.whoViewed, t.whoViewedText, '/katselut'],
  ];
  return (
    <>
      <h1>{t.greeting(me.displayName)}</h1>
      <p>{t.intro}</p>
      <ul className="card-grid">
        {cards.map(([title, text, to]) => (
          <li key={to}>
            <article className="card">
              <h2 className="card-title">
                <Link className="card-link" to={to}>
                  {title}
                </Link>
              </h2>
              <p>{text}</p>
            </article>
          </li>
        ))}
      </ul>
      <WorkerCard />
      <p>{t.otherWays}</p>
    </>
  );
}
