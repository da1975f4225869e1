// Contacts (yhteydenotot): a contact may start the statutory assessment deadline (by default the
// 7th working day, SHL 36 §) and re-opens an ended client relationship.
import { audit } from '../../../server/audit/audit.js';
import type { Contact, NewContact } from '../../../shared/contracts/client-work/clients.js';
import { notInFuture, PURPOSE, type WorkContext } from '../clients/common.js';
import { insertContact, listContacts } from './queries.js';

export async function readContacts(ctx: WorkContext, clientId: string): Promise<Contact[]> {
  const contacts = await listContacts(ctx.db, clientId);
  await audit(ctx.db, { actor: ctx.actor, action: 'contact.read', clientId, subjectType: 'contact', purpose: PURPOSE });
  return contacts;
}

export async function recordContact(
  ctx: WorkContext,
  clientId: string,
  unitId: string,
  body: NewContact,
): Promise<Contact> {
  notInFuture('contactDate', body.contactDate, ctx.today);
  return ctx.db.transaction().execute(async (trx) => {
    const id = await insertContact(trx, { clientId, unitId, ...body, userId: ctx.user.id });
    await audit(trx, {
      actor: ctx.actor,
      action: 'contact.create',
      clientId,
      subjectType: 'contact',
      subjectId: id,
      purpose: PURPOSE,
    });
    return (await listContacts(trx, clientId)).find((c) => c.id === id)!;
  });
}
