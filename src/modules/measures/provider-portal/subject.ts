// The subject kind `workActivityAgreement`: one agreement of rehabilitative work activity. Its unit is
// the unit of the client's path; it holds client data; a provider account linked to the agreement's
// provider (provider_user) is its `providerMember`.
import type { SubjectResolver } from '../../../server/access/subjects.js';
import { agreementSubject } from './queries.js';

export const agreementSubjectResolver: SubjectResolver = {
  param: 'agreementId',
  async resolve(db, id, user) {
    const a = await agreementSubject(db, id, user.id);
    if (!a) return null;
    return { unitIds: [a.unit_id], clientId: a.client_id, relations: a.isMember ? ['providerMember'] : [] };
  },
};
