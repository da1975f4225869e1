// The measures of one client: work activity path, income-support applications, groups, social
// rehabilitation and service processes. Shown as the "Toimenpiteet" tab of the client page and at
// /app/measures/clients/:clientId. A section shows when the user may read it somewhere (the benefit
// handler sees only the applications); each section's own answer says what may be done there.
import { useParams } from 'react-router';
import { can } from '../../lib/auth';
import { useT } from '../../lib/i18n';
import { useCurrentUser } from '../Shell';
import { BenefitSection } from './benefit-decisions/BenefitSection';
import { ClientGroupsSection } from './groups/ClientGroupsSection';
import { m } from './messages';
import { ProcessSection } from './processes/ProcessSection';
import { SocialRehabSection } from './social-rehabilitation/SocialRehabSection';
import { WorkActivitySection } from './work-activity/WorkActivitySection';

export function ClientMeasures({ clientId }: { clientId: string }) {
  const me = useCurrentUser();
  return (
    <>
      {can(me, 'workActivity.read') && <WorkActivitySection clientId={clientId} />}
      {can(me, 'benefitDecision.read') && <BenefitSection clientId={clientId} />}
      {can(me, 'group.clientNotes.read') && <ClientGroupsSection clientId={clientId} />}
      {can(me, 'socialRehab.read') && <SocialRehabSection clientId={clientId} />}
      {can(me, 'clientProcess.read') && <ProcessSection clientId={clientId} />}
    </>
  );
}

export default function ClientMeasuresPage() {
  const t = useT(m);
  const { clientId = '' } = useParams();
  return (
    <>
      <h1>{t.clientMeasures}</h1>
      <ClientMeasures clientId={clientId} />
    </>
  );
}
