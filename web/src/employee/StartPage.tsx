// Start page: one section per role the user holds (in any unit), with links to what exists and
// clearly labelled "coming soon" cards for what does not.
import { Link, Navigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { ROLE_LABELS, STAFF_ROLES, type StaffRole } from '../../../src/shared/roles';
import { useLang, useT } from '../lib/i18n';
import { ComingSoonCard, ErrorState, Loading } from '../lib/states';
import { fetchProviderMe, PROVIDER_ME_KEY } from './measures/provider-api';
import { startMessages } from './messages';
import { useCurrentUser } from './Shell';

interface CardSpec {
  title: string;
  text: string;
  /** Present when the page exists (or is a placeholder route that modules will fill). */
  to?: string;
}

function LinkCard({ title, text, to }: CardSpec & { to: string }) {
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

  const cardsFor = (role: StaffRole): CardSpec[] => {
    switch (role) {
      case 'sosiaalityontekija':
      case 'sosiaaliohjaaja':
        return [
          { title: t.myWork, text: t.myWorkText, to: '/app/my-work' },
          { title: t.clients, text: t.clientsText, to: '/app/clients' },
          { title: t.services, text: t.servicesText, to: '/app/services' },
        ];
      case 'etuuskasittelija':
        return [
          { title: t.raiseConcern, text: t.raiseConcernText, to: '/app/concerns' },
          { title: t.benefitDecisions, text: t.benefitDecisionsText, to: '/app/measures/benefit-decisions' },
          { title: t.services, text: t.servicesText, to: '/app/services' },
        ];
      case 'esihenkilo':
        return [
          { title: t.unitOverview, text: t.unitOverviewText, to: '/app/unit-overview' },
          { title: t.benefitDecisions, text: t.benefitDecisionsText, to: '/app/measures/benefit-decisions' },
          { title: t.feedback, text: t.feedbackText, to: '/app/feedback/team' },
        ];
      case 'kokemusasiantuntija':
        // The expert-by-experience catalogue and bookings (DOMAIN 4.5) are not built yet.
        return [
          { title: t.groups, text: t.groupsText, to: '/app/measures/groups' },
          { title: t.ownProfile, text: t.ownProfileText },
          { title: t.bookings, text: t.bookingsText },
        ];
      case 'yllapitaja':
        return [
          { title: t.organisations, text: t.organisationsText, to: '/app/admin/organisations' },
          { title: t.units2, text: t.unitsText, to: '/app/admin/units' },
          { title: t.users, text: t.usersText, to: '/app/admin/users' },
          { title: t.audit, text: t.auditText, to: '/app/admin/audit' },
        ];
    }
  };

  const held = STAFF_ROLES.filter((role) => me.roles.some((r) => r.role === role));
  // A user with no unit role and no client record may be a work activity provider's supervisor:
  // ask the server only then, so every other user's start page is unchanged.
  const maybeProvider = held.length === 0 && !me.clientId;
  const provider = useQuery({ queryKey: PROVIDER_ME_KEY, queryFn: fetchProviderMe, enabled: maybeProvider });
  if (maybeProvider && provider.isPending) return <Loading />;
  if (maybeProvider && provider.error)
    return <ErrorState error={provider.error} onRetry={() => void provider.refetch()} />;
  if (maybeProvider && provider.data?.providers.length) return <Navigate to="/app/provider" replace />;

  return (
    <>
      <h1>{t.greeting(me.displayName)}</h1>
      <p>{held.length ? t.intro : t.noRoles}</p>
      {held.map((role) => {
        const units = [...new Set(me.roles.filter((r) => r.role === role).map((r) => r.unitName))];
        return (
          <section key={role} className="role-section" aria-labelledby={`role-${role}`} data-role={role}>
            <h2 id={`role-${role}`}>{ROLE_LABELS[role][lang]}</h2>
            {units.length > 0 && <p className="role-units">{t.units(units.join(', '))}</p>}
            <ul className="card-grid">
              {cardsFor(role).map((card) => (
                <li key={card.title}>
                  {card.to ? (
                    <LinkCard {...card} to={card.to} />
                  ) : (
                    <ComingSoonCard title={card.title} text={card.text} />
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
