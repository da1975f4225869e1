// Calls of the contacts (yhteydenotot) of a client, typed by the contracts.
import type { Contact, NewContactInput } from '../../../../../../src/shared/contracts/client-work/clients';
import { api } from '../../../../lib/api';

export const contactsKey = (clientId: string) => ['clients', clientId, 'contacts'] as const;

export const fetchContacts = (clientId: string) =>
  api.get<{ contacts: Contact[] }>(`/api/clients/${clientId}/contacts`).then((r) => r.contacts);

export const recordContact = (clientId: string, body: NewContactInput) =>
  api.post<{ contact: Contact }>(`/api/clients/${clientId}/contacts`, body).then((r) => r.contact);
