// Landing page of the measures: links to the registers, lists and reports the user may use.
import { Link } from 'react-router';
import { can } from '../../lib/auth';
import { useT } from '../../lib/i18n';
import { useCurrentUser } from '../Shell';
import { m } from './messages';

export default function MeasuresPage() {
  const t = useT(m);
  const me = useCurrentUser();
  const worker = can(me, 'workActivity.provider.list');
  const cards = [
    worker && { to: '/app/measures/providers', title: t.providers },
    can(me, 'group.list') && {
      to: '/app/measures/groups',
      title: t.groups,
    },
    worker && { to: '/app/measures/allowances', title: t.allowances },
    can(me, 'benefitDecision.list') && {
      to: '/app/measures/benefit-decisions',
      title: t.benefitDecisions,
    },
  ].filter((c): c is { to: string; title: string } => !!c);
  return (
    <>
      <h1>{t.measures}</h1>
      <p>{t.intro}</p>
      <ul className="card-grid" data-qa="measures-hub">
        {cards.map((c) => (
          <li key={c.to} className="card">
            <Link className="card-link" to={c.to}>
              {c.title}
            </Link>
          </li>
        ))}
      </ul>
      <p>{t.clientsWithMeasures}</p>
    </>
  );
}
