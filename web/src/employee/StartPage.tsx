// Start page: the tools the user may use, grouped as the navigation is (what the server's permitted
// actions allow), with honest "coming soon" cards for capabilities not built yet.
import { Link, Navigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { ROLE_LABELS } from '../../../src/shared/roles';
import { can } from '../lib/auth';
import { useLang, useLocalize, useT } from '../lib/i18n';
import { ComingSoonCard, ErrorState, Loading } from '../lib/states';
import { fetchProviderMe, PROVIDER_ME_KEY } from './measures/provider-portal/api';
import { startMessages } from './messages';
import { NAV_GROUPS, navigationFor, type NavGroupKey } from './navigation';
import { useCurrentUser } from './Shell';

function LinkCard({ title, text, to }: { title: string; text: string; to: string }) {
  return (
    <article className="card">
      <h3 className="card-title">
        <Link className="card-link" to={to}>
          {title}
        </Link>
      </h3>
      <p>{text}</p>
    </article>
  );
}

export default function StartPage() {
  const me = useCurrentUser();
  const t = useT(startMessages);
  const { lang } = useLang();
  const localize = useLocalize();

  // A user with no unit role and no client record may be a work activity provider's supervisor:
  // ask the server only then, so every other user's start page is unchanged.
  const maybeProvider = me.roles.length === 0 && !me.clientId;
  const provider = useQuery({ queryKey: PROVIDER_ME_KEY, queryFn: fetchProviderMe, enabled: maybeProvider });
  if (maybeProvider && provider.isPending) return <Loading />;
  if (maybeProvider && provider.error)
    return <ErrorState error={provider.error} onRetry={() => void provider.refetch()} />;
  if (maybeProvider && provider.data?.providers.length) return <Navigate to="/app/provider" replace />;

  // Capabilities that are coming, shown where the user would work with them.
  const coming: Partial<Record<NavGroupKey, { title: string; text: string }[]>> = {};
  if (can(me, 'proposal.read')) coming.participation = [{ title: t.bodies, text: t.bodiesText }];
  if (can(me, 'unit.overview.read', 'organisation.manage')) {
    coming.knowledge = [{ title: t.knowledge, text: t.knowledgeText }];
    coming.regional = [{ title: t.regional, text: t.regionalText }];
  }
  const available = navigationFor(me);
  const groups = (Object.keys(NAV_GROUPS) as NavGroupKey[])
    .map((key) => ({
      key,
      items: (available.find((g) => g.key === key)?.items ?? []).filter((i) => i.description),
      coming: coming[key] ?? [],
    }))
    .filter((g) => g.items.length + g.coming.length > 0);

  const roles = me.roles.map((r) => `${ROLE_LABELS[r.role][lang]} – ${r.unitName}`);
  return (
    <>
      <h1>{t.greeting(me.displayName)}</h1>
      <p>{groups.length ? t.intro : t.noRoles}</p>
      {roles.length > 0 && (
        <p className="role-units" data-qa="start-roles">
          {t.yourRoles}: {roles.join('; ')}
        </p>
      )}
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`start-${group.key}`} data-qa={`start-group-${group.key}`}>
          <h2 id={`start-${group.key}`}>{localize(NAV_GROUPS[group.key])}</h2>
          <ul className="card-grid">
            {group.items.map((item) => (
              <li key={item.path}>
                <LinkCard title={localize(item.label)} text={localize(item.description!)} to={item.path} />
              </li>
            ))}
            {group.coming.map((card) => (
              <li key={card.title}>
                <ComingSoonCard title={card.title} text={card.text} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
