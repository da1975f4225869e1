import { useT } from '../lib/i18n';
import { ComingSoonCard } from '../lib/states';
import { portalMessages } from './messages';
import { useClient } from './Shell';

export default function StartPage() {
  const me = useClient();
  const t = useT(portalMessages);
  const cards = [
    [t.myPlan, t.myPlanText],
    [t.myMeetings, t.myMeetingsText],
    [t.myWorker, t.myWorkerText],
    [t.whoViewed, t.whoViewedText],
  ];
  return (
    <>
      <h1>{t.greeting(me.displayName)}</h1>
      <p>{t.intro}</p>
      <ul className="card-grid">
        {cards.map(([title, text]) => (
          <li key={title}>
            <ComingSoonCard title={title} text={text} headingLevel="h2" />
          </li>
        ))}
      </ul>
      <p>{t.otherWays}</p>
    </>
  );
}
