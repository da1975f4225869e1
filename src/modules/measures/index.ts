// Measures: rehabilitative work activity (the client's path, the providers register, provider
// accounts' portal and the expense allowance), benefit decisions, group-based social work, social
// rehabilitation, process templates and client processes, and the list of one client's measures for
// the client plan.
//
// Subjects: a group (its unit; an expert by experience who leads it is its `groupLeader`), a work
// activity agreement (its client's path's unit; a provider account of its provider is its
// `providerMember`) and a provider of the register (its organisation's units).
import { defineCapability } from '../../server/capability.js';
import workActivityRoutes from './work-activity/routes.js';
import providerRoutes from './work-activity-providers/routes.js';
import providerPortalRoutes from './provider-portal/routes.js';
import allowanceRoutes from './allowance/routes.js';
import benefitDecisionRoutes from './benefit-decisions/routes.js';
import groupRoutes from './groups/routes.js';
import socialRehabilitationRoutes from './social-rehabilitation/routes.js';
import processTemplateRoutes from './process-templates/routes.js';
import clientProcessRoutes from './client-processes/routes.js';
import measureSummaryRoutes from './summary/routes.js';
import { groupSubjectResolver } from './groups/subject.js';
import { agreementSubjectResolver } from './provider-portal/subject.js';
import { providerSubjectResolver } from './work-activity-providers/subject.js';

export { seedMeasures } from './demo/seed.js';

export const measures = defineCapability({
  name: 'measures',
  subjects: {
    group: groupSubjectResolver,
    workActivityAgreement: agreementSubjectResolver,
    workActivityProvider: providerSubjectResolver,
  },
  async routes(app) {
    await app.register(workActivityRoutes);
    await app.register(providerRoutes);
    await app.register(providerPortalRoutes);
    await app.register(allowanceRoutes);
    await app.register(benefitDecisionRoutes);
    await app.register(groupRoutes);
    await app.register(socialRehabilitationRoutes);
    await app.register(processTemplateRoutes);
    await app.register(clientProcessRoutes);
    await app.register(measureSummaryRoutes);
  },
});
