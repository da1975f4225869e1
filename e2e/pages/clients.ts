// Client record pages (client work, part A): the client list, a new client, the client page with its
// tab navigation (a row of tabs, or one menu button on a phone), and each tab: basic data, contacts,
// assessment, named worker, close network, authority requests; the benefit handler's concern page.
import type { Locator, Page } from 'playwright-core';
import { field, qa, settled } from './common';

/** The message of a form field (TextField, SelectField, TextAreaField, DateField) with `qa="<hook>"`. */
export function fieldMessage(scope: Page | Locator, hook: string): Locator {
  return qa(scope, hook).locator('.field-error, [id$="statusText"]').first();
}

async function submit(form: Locator): Promise<void> {
  await form.locator('button[type="submit"]').first().click();
}

/** The client list: search by name or identity code, and the link to a new client. */
export class ClientListPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/app/clients');
    await settled(this.page);
    return this;
  }

  get list(): Locator {
    return qa(this.page, 'client-list');
  }

  rows(): Locator {
    return qa(this.list, 'client-row');
  }

  async search(text: string, status: 'active' | 'ended' | 'all' = 'active'): Promise<void> {
    const form = qa(this.page, 'client-search');
    await field(form, 'client-search-text').fill(text);
    await field(form, 'client-search-status').selectOption(status);
    await submit(form);
    await settled(this.page);
  }

  async newClient(): Promise<NewClientPage> {
    await qa(this.page, 'new-client-link').click();
    await this.page.waitForURL((url) => url.pathname === '/app/clients/new');
    await settled(this.page);
    return new NewClientPage(this.page);
  }

  /** The page was refused ("no access"): the app's heading without the search form. */
  async refused(): Promise<boolean> {
    await settled(this.page);
    return (await qa(this.page, 'client-search').count()) === 0;
  }

  async openClient(name: string): Promise<ClientPage> {
    await this.rows().filter({ hasText: name }).locator('a').first().click();
    const client = new ClientPage(this.page);
    await client.waitFor();
    return client;
  }
}

export interface ClientValues {
  firstName?: string;
  lastName?: string;
  henkilotunnus?: string;
  birthDate?: string;
  phone?: string;
  city?: string;
  group?: 'adult' | 'youth';
}

/** The basic-data fields, in the new-client form and on the basic-data tab alike. */
async function fillClient(form: Locator, v: ClientValues): Promise<void> {
  if (v.firstName !== undefined) await field(form, 'client-first-name').fill(v.firstName);
  if (v.lastName !== undefined) await field(form, 'client-last-name').fill(v.lastName);
  if (v.henkilotunnus !== undefined) await field(form, 'client-hetu').fill(v.henkilotunnus);
  if (v.birthDate !== undefined) await field(form, 'client-birth-date').fill(v.birthDate);
  if (v.phone !== undefined) await field(form, 'client-phone').fill(v.phone);
  if (v.city !== undefined) await field(form, 'client-city').fill(v.city);
  if (v.group) await field(form, 'client-group').selectOption(v.group);
}

export class NewClientPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/app/clients/new');
    await settled(this.page);
    return this;
  }

  get form(): Locator {
    return qa(this.page, 'new-client-form');
  }

  async fill(values: ClientValues): Promise<void> {
    await fillClient(this.form, values);
  }

  async submit(): Promise<void> {
    await submit(this.form);
  }

  /** The server's message next to a field, e.g. 'client-hetu'. */
  error(hook: string): Locator {
    return fieldMessage(this.form, hook);
  }

  /** The possible duplicates the server found (shown instead of creating the client). */
  get duplicates(): Locator {
    return qa(this.form, 'duplicates');
  }

  async confirmDuplicate(): Promise<void> {
    await qa(this.duplicates, 'confirm-duplicate').click();
  }

  /** Submits and waits for the new client's page. */
  async create(values: ClientValues): Promise<ClientPage> {
    await this.fill(values);
    await this.submit();
    await this.page.waitForURL(/\/app\/clients\/[0-9a-f-]{36}$/);
    const client = new ClientPage(this.page);
    await client.waitFor();
    return client;
  }
}

export type ClientTabKey = 'basic' | 'contacts' | 'assessment' | 'named-worker' | 'network' | 'authority-requests';

/** The client page: the header, the tab navigation and the open tab. */
export class ClientPage {
  constructor(readonly page: Page) {}

  static async open(page: Page, clientId: string, tab: ClientTabKey = 'basic'): Promise<ClientPage> {
    await page.goto(`/app/clients/${clientId}${tab === 'basic' ? '' : `/${tab}`}`);
    const client = new ClientPage(page);
    await client.waitFor();
    return client;
  }

  async waitFor(): Promise<void> {
    await qa(this.page, 'client-name').waitFor();
    await settled(this.page);
  }

  /** The client's id, from the page's address. */
  get id(): string {
    return new URL(this.page.url()).pathname.split('/')[3];
  }

  get name(): Locator {
    return qa(this.page, 'client-name');
  }

  get status(): Locator {
    return qa(this.page, 'client-status');
  }

  get namedWorker(): Locator {
    return qa(this.page, 'client-named-worker');
  }

  get tabs(): TabNavObject {
    return new TabNavObject(this.page, 'client-tabs');
  }

  async tab(key: ClientTabKey): Promise<void> {
    await this.tabs.open(key);
    await settled(this.page);
  }

  async basicData(): Promise<BasicDataTab> {
    await this.tab('basic');
    return new BasicDataTab(this.page);
  }

  async contacts(): Promise<ContactsTab> {
    await this.tab('contacts');
    return new ContactsTab(this.page);
  }

  async assessment(): Promise<AssessmentTab> {
    await this.tab('assessment');
    return new AssessmentTab(this.page);
  }

  async namedWorkerTab(): Promise<NamedWorkerTab> {
    await this.tab('named-worker');
    return new NamedWorkerTab(this.page);
  }

  async network(): Promise<NetworkTab> {
    await this.tab('network');
    return new NetworkTab(this.page);
  }

  async authorityRequests(): Promise<AuthorityRequestsTab> {
    await this.tab('authority-requests');
    return new AuthorityRequestsTab(this.page);
  }
}

/** web/src/lib/TabNav: a row of tabs on a wide screen, one menu button on a phone. */
export class TabNavObject {
  constructor(
    readonly page: Page,
    readonly hook: string,
  ) {}

  get nav(): Locator {
    return qa(this.page, this.hook);
  }

  get toggle(): Locator {
    return qa(this.nav, 'tab-nav-toggle');
  }

  link(key: string): Locator {
    return qa(this.nav, `tab-${key}`);
  }

  /** The tabs are folded behind the menu button (narrow screens). */
  async folded(): Promise<boolean> {
    return this.toggle.isVisible();
  }

  /** The tab keys offered, in order. */
  async keys(): Promise<string[]> {
    return this.nav
      .locator('[data-qa^="tab-"]:not([data-qa="tab-nav-toggle"])')
      .evaluateAll((els) => els.map((e) => (e.getAttribute('data-qa') ?? '').replace(/^tab-/, '')));
  }

  /** The label of the open tab. */
  async current(): Promise<string> {
    return (await this.nav.locator('a[aria-current="page"]').textContent()) ?? '';
  }

  async open(key: string): Promise<void> {
    if ((await this.folded()) && (await this.toggle.getAttribute('aria-expanded')) !== 'true') {
      await this.toggle.click();
    }
    await this.link(key).click();
    await this.nav.locator(`[data-qa="tab-${key}"][aria-current="page"]`).waitFor({ state: 'attached' });
  }
}

export class BasicDataTab {
  constructor(readonly page: Page) {}

  get form(): Locator {
    return qa(this.page, 'client-basic-form');
  }

  async edit(values: ClientValues): Promise<void> {
    await fillClient(this.form, values);
    await submit(this.form);
  }

  get saved(): Locator {
    return qa(this.form, 'saved');
  }

  get identityCode(): Locator {
    return qa(this.page, 'identity-code');
  }

  async revealIdentityCode(): Promise<void> {
    await qa(this.page, 'reveal-identity-code').click();
    await qa(this.page, 'reveal-identity-code').waitFor({ state: 'detached' });
  }

  async endRelationship(reason: string, options: { followUp?: boolean } = {}): Promise<void> {
    await qa(this.page, 'end-relationship').click();
    const form = qa(this.page, 'end-form');
    await field(form, 'end-reason').fill(reason);
    if (options.followUp !== undefined) await field(form, 'end-followup').setChecked(options.followUp);
    await submit(form);
    await qa(this.page, 'client-ended').waitFor();
  }

  get ended(): Locator {
    return qa(this.page, 'client-ended');
  }
}

export class ContactsTab {
  constructor(readonly page: Page) {}

  get form(): Locator {
    return qa(this.page, 'contact-form');
  }

  contacts(): Locator {
    return qa(this.page, 'contact');
  }

  /** Records a contact (today, by phone, from the client unless said otherwise) and waits for it. */
  async record(values: {
    reason: string;
    date?: string;
    channel?: string;
    contactedBy?: string;
    assessmentRequired?: boolean;
  }): Promise<Locator> {
    if (values.date) await field(this.form, 'contact-date').fill(values.date);
    if (values.channel) await field(this.form, 'contact-channel').selectOption(values.channel);
    if (values.contactedBy) await field(this.form, 'contact-by').selectOption(values.contactedBy);
    await field(this.form, 'contact-reason').fill(values.reason);
    if (values.assessmentRequired !== undefined)
      await field(this.form, 'contact-required').setChecked(values.assessmentRequired);
    await submit(this.form);
    const contact = this.contacts().filter({ hasText: values.reason });
    await contact.waitFor();
    return contact;
  }

  /** The statutory start deadline shown on a contact, while no assessment has started. */
  startDue(contact: Locator): Locator {
    return qa(contact, 'contact-start-due');
  }
}

export interface AssessmentValues {
  situationSummary?: string;
  professionalConclusion?: string;
  clientView?: string;
  namedWorkerClientView?: string;
  namedWorkerProfessionalView?: string;
  supportNeeded?: 'yes' | 'no';
  supportDuration?: 'temporary' | 'recurring' | 'long-term';
  specialSupportNeeded?: 'yes' | 'no';
  rightsInformation?: string;
  /** Extra sections of the organisation by key, e.g. { housing: '…' }. */
  sections?: Record<string, string>;
}

export class AssessmentTab {
  constructor(readonly page: Page) {}

  get form(): Locator {
    return qa(this.page, 'assessment-form');
  }

  async start(): Promise<void> {
    await qa(this.page, 'assessment-start').click();
    await this.form.waitFor();
  }

  async fill(v: AssessmentValues): Promise<void> {
    const texts = [
      'situationSummary',
      'professionalConclusion',
      'clientView',
      'namedWorkerClientView',
      'namedWorkerProfessionalView',
      'rightsInformation',
    ] as const;
    for (const key of texts) if (v[key] !== undefined) await field(this.form, `as-${key}`).fill(v[key]!);
    const choices = ['supportNeeded', 'supportDuration', 'specialSupportNeeded'] as const;
    for (const key of choices) {
      if (v[key] !== undefined) await qa(this.form, `as-${key}`).locator(`input[value="${v[key]}"]`).check();
    }
    for (const [key, text] of Object.entries(v.sections ?? {})) await field(this.form, `as-section-${key}`).fill(text);
  }

  async saveDraft(): Promise<void> {
    await qa(this.form, 'assessment-save').click();
    await qa(this.form, 'saved').waitFor();
  }

  /** Saves and asks to complete (the server refuses when a statutory part is missing). */
  async complete(): Promise<void> {
    await qa(this.form, 'assessment-complete').click();
  }

  /** After a refused completion: the fields whose statutory part is missing (their paths). */
  async missingParts(): Promise<string[]> {
    const summary = qa(this.form, 'assessment-missing');
    await summary.waitFor();
    return summary
      .locator('a')
      .evaluateAll((els) => els.map((e) => (e.getAttribute('href') ?? '').replace(/^#as-/, '')));
  }

  /** The completed assessment (read only). */
  get completed(): Locator {
    return qa(this.page, 'assessment-view');
  }
}

export class NamedWorkerTab {
  constructor(readonly page: Page) {}

  get form(): Locator {
    return qa(this.page, 'named-worker-form');
  }

  get current(): Locator {
    return qa(this.page, 'named-worker-current');
  }

  /** Names `worker` (as the list shows them) from today; `informedToday`: the client was told today. */
  async assign(worker: string, options: { informedToday?: boolean } = {}): Promise<void> {
    await qa(this.form, 'nw-status').locator('input[value="assigned"]').check();
    await field(this.form, 'nw-worker').selectOption({ label: worker });
    if (options.informedToday) {
      // The day field starts at today (the app's clock): the client was told on the same day.
      await field(this.form, 'nw-informed').fill(await field(this.form, 'nw-date').inputValue());
    }
    await submit(this.form);
    await this.current.filter({ hasText: worker }).waitFor();
  }

  async recordNotNeeded(reason: string): Promise<void> {
    await qa(this.form, 'nw-status').locator('input[value="not-needed"]').check();
    await field(this.form, 'nw-reason').fill(reason);
    await submit(this.form);
  }

  error(hook: string): Locator {
    return fieldMessage(this.form, hook);
  }
}

export class NetworkTab {
  constructor(readonly page: Page) {}

  /** Shown while no consent or exception is in force. */
  get noConsent(): Locator {
    return qa(this.page, 'network-no-consent');
  }

  get personForm(): Locator {
    return qa(this.page, 'network-person-form');
  }

  async recordConsent(givenBy: string, scope: string): Promise<void> {
    const form = qa(this.page, 'network-consent-form');
    await qa(form, 'consent-basis').locator('input[value="consent"]').check();
    await field(form, 'consent-by').fill(givenBy);
    await field(form, 'consent-scope').fill(scope);
    await submit(form);
    await this.personForm.waitFor();
  }

  async addPerson(p: { name: string; relationship?: string; supportRole?: string; ownSupportNeeds?: string }) {
    const form = this.personForm;
    await field(form, 'person-name').fill(p.name);
    if (p.relationship !== undefined) await field(form, 'person-rel').fill(p.relationship);
    if (p.supportRole !== undefined) await field(form, 'person-support').fill(p.supportRole);
    if (p.ownSupportNeeds !== undefined) await field(form, 'person-needs').fill(p.ownSupportNeeds);
    await submit(form);
    await this.person(p.name).waitFor();
  }

  person(name: string): Locator {
    return qa(this.page, 'network-person').filter({ hasText: name });
  }

  consents(): Locator {
    return qa(this.page, 'network-consent');
  }

  async withdrawConsent(): Promise<void> {
    await qa(this.page, 'network-withdraw').first().click();
    await this.noConsent.waitFor();
  }
}

export class AuthorityRequestsTab {
  constructor(readonly page: Page) {}

  requests(): Locator {
    return qa(this.page, 'authority-request');
  }

  request(authority: string): Locator {
    return this.requests().filter({ hasText: authority });
  }

  /** Sends a request (sent today; the due date by the organisation's rule unless given). */
  async send(r: {
    authority: string;
    kind?: string;
    purpose?: 'assessment' | 'plan' | 'other';
    text?: string;
    shared?: string;
    dueDate?: string;
  }): Promise<Locator> {
    await qa(this.page, 'authority-request-new').click();
    const form = qa(this.page, 'authority-request-form');
    await field(form, 'ar-authority').fill(r.authority);
    if (r.kind) await field(form, 'ar-kind').selectOption(r.kind);
    if (r.purpose) await field(form, 'ar-purpose').selectOption(r.purpose);
    if (r.text !== undefined) await field(form, 'ar-text').fill(r.text);
    if (r.shared !== undefined) await field(form, 'ar-shared').fill(r.shared);
    if (r.dueDate !== undefined) await field(form, 'ar-due').fill(r.dueDate);
    await submit(form);
    const row = this.request(r.authority);
    await row.waitFor();
    return row;
  }

  /** 'sent', 'answered', 'contributed' or 'cancelled'. */
  async state(row: Locator): Promise<string | null> {
    return row.getAttribute('data-status');
  }

  /** Records the answer (answered today unless the field is changed) on a sent request. */
  async recordAnswer(row: Locator, answer: string): Promise<void> {
    await qa(row, 'authority-request-progress').click();
    const form = qa(row, 'authority-request-progress-form');
    await field(form, 'ar-answer').fill(answer);
    await submit(form);
    await row.and(this.page.locator('[data-status="answered"]')).waitFor();
  }

  async recordContribution(row: Locator, contribution: string): Promise<void> {
    await qa(row, 'authority-request-progress').click();
    const form = qa(row, 'authority-request-progress-form');
    await field(form, 'ar-contribution').fill(contribution);
    await submit(form);
    await row.and(this.page.locator('[data-status="contributed"]')).waitFor();
  }
}

/** The benefit handler's concern page: find a client of the unit, describe the concern, send it. */
export class ConcernPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/app/concerns');
    await settled(this.page);
    return this;
  }

  async chooseClient(search: string, name: string): Promise<void> {
    const picker = qa(this.page, 'concern-client-picker');
    await field(picker, 'concern-search').fill(search);
    await submit(picker);
    await qa(picker, 'concern-client').filter({ hasText: name }).click();
    await qa(this.page, 'concern-form').waitFor();
  }

  async send(text: string): Promise<void> {
    const form = qa(this.page, 'concern-form');
    await field(form, 'concern-text').fill(text);
    await submit(form);
    await qa(form, 'saved').waitFor();
  }

  concerns(): Locator {
    return qa(this.page, 'concern');
  }
}
