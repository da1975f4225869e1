// Participation (issue 5) registers all its modules through this one plugin, so the shared route
// registry needs one line: feedback, proposals, surveys, group interviews.
import type { App } from '../../server/types.js';
import feedbackRoutes from './routes.js';
import proposalRoutes from '../proposals/routes.js';
import surveyRoutes from '../surveys/routes.js';
import groupInterviewRoutes from '../group-interviews/routes.js';

export default async function participationRoutes(app: App) {
  await app.register(feedbackRoutes);
  await app.register(proposalRoutes);
  await app.register(surveyRoutes);
  await app.register(groupInterviewRoutes);
}
