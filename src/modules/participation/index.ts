// Participation that closes its loop: after-meeting feedback, surveys (with the model
// client-satisfaction survey), proposals with the public "what we did" page, and group interviews.
import { defineCapability } from '../../server/capability.js';
import feedbackRoutes from './feedback/routes.js';
import { feedbackPageRoutes } from './feedback/pages.js';
import settingsRoutes from './settings/routes.js';
import proposalRoutes from './proposals/routes.js';
import { whatWeDidRoutes } from './proposals/pages.js';
import surveyRoutes from './surveys/routes.js';
import { surveyPageRoutes } from './surveys/pages.js';
import groupInterviewRoutes from './group-interviews/routes.js';
import { participationSubjects } from './subjects.js';

export { seedParticipation } from './demo.js';

export const participation = defineCapability({
  name: 'participation',
  subjects: participationSubjects,
  async routes(app) {
    await app.register(settingsRoutes);
    await app.register(feedbackRoutes);
    await app.register(feedbackPageRoutes);
    await app.register(proposalRoutes);
    await app.register(whatWeDidRoutes);
    await app.register(surveyRoutes);
    await app.register(surveyPageRoutes);
    await app.register(groupInterviewRoutes);
  },
});
