// The subject kind `workActivityProvider`: a provider of the register. It belongs to its organisation,
// so its units are the organisation's units; a linked provider account is its `providerMember`.
import type { SubjectResolver } from '../../../server/access/subjects.js';
import { isProviderMember, unitsOfProvider } from './queries.js';

export const providerSubjectResolver: SubjectResolver = {
  param: 'providerId',
  async resolve(db, id, user) {
    const unitIds = await unitsOfProvider(db, id);
    if (!unitIds) return null;
    return { unitIds, relations: (await isProviderMember(db, id, user.id)) ? ['providerMember'] : [] };
  },
};
