// Measures pages: the providers register, one client's measures (work activity path, attendance,
// groups), the provider account's page, groups, the expense allowance and the benefit-decision
// reports. Found by data-qa hooks; states are read from data attributes (codes, not texts).
import type { Locator, Page } from 'playwright-core';
import { field, qa, settled } from './common';
import { ListEditPageObject } from './administration';

export class ProvidersPage extends ListEditPageObject {
  constructor(page: Page) {
    super(page, '/app/measures/providers', 'providers', 'provider-form');
  }

  /** Adds a provider with the new-provider form and waits for its row. */
  async add(values: { name: string; publicTransport?: string; capacity?: string }): Promise<void> {
    await field(this.form, 'provider-name').fill(values.name);
    if (values.publicTransport) await field(this.form, 'provider-transport').fill(values.publicTransport);
    if (values.capacity) await field(this.form, 'provider-capacity').fill(values.capacity);
    await this.save();
    await this.row(values.name).waitFor();
  }
}

/** One agreement of a work activity path, with its attendance. */
export class AgreementCard {
  constructor(readonly root: Locator) {}

  private summary(): Locator {
    return qa(this.root, 'attendance-summary');
  }

  async attendedDays(): Promise<number> {
    return Number(await this.summary().getAttribute('data-attended-days'));
  }

  async absences(): Promise<number> {
    return Number(await this.summary().getAttribute('data-absences'));
  }

  async showMonth(month: string): Promise<void> {
    await field(this.root, 'attendance-month').fill(month);
  }

  async recordPresent(day: string, hours: string): Promise<void> {
    const form = qa(this.root, 'attendance-form');
    await field(form, 'attendance-day').fill(day);
    await field(form, 'attendance-attended').selectOption('yes');
    await field(form, 'attendance-hours').fill(hours);
    await qa(form, 'attendance-save').click();
  }

  async recordAbsent(day: string, reason: 'sick' | 'own-matter' | 'unannounced' | 'other'): Promise<void> {
    const form = qa(this.root, 'attendance-form');
    await field(form, 'attendance-day').fill(day);
    await field(form, 'attendance-attended').selectOption('no');
    await field(form, 'attendance-reason').selectOption(reason);
    await qa(form, 'attendance-save').click();
  }

  /** The buttons that mark an absence as told to employment services. */
  get teButtons(): Locator {
    return qa(this.root, 'mark-te-informed');
  }

  row(day: string): Locator {
    return this.root.locator(`[data-qa="attendance-row"][data-day="${day}"]`);
  }
}

type StepKind = 'situation-assessment' | 'activation-plan' | 'evaluation-visit' | 'interim-evaluation' | 'end';

/** One client's measures (/app/measures/clients/:id, or the measures tab of the client page). */
export class ClientMeasuresPage {
  constructor(
    readonly page: Page,
    readonly clientId: string,
  ) {}

  async open(): Promise<this> {
    await this.page.goto(`/app/measures/clients/${this.clientId}`);
    await settled(this.page);
    return this;
  }

  get workActivity(): Locator {
    return qa(this.page, 'work-activity');
  }

  async startPath(): Promise<void> {
    await qa(this.workActivity, 'start-path').click();
    await qa(this.workActivity, 'step-form').waitFor();
  }

  /** The phase code of the open path ('situation-assessment' … 'end'). */
  async phase(): Promise<string | null> {
    return qa(this.workActivity, 'wa-phase').first().getAttribute('data-phase');
  }

  private get stepForm(): Locator {
    return qa(this.workActivity, 'step-form');
  }

  /** Records a step; `fields` are the step form's hooks without the `step-` prefix. */
  async recordStep(kind: StepKind, fields: Record<string, string>): Promise<void> {
    const form = this.stepForm;
    await field(form, 'step-kind').selectOption(kind);
    for (const [hook, value] of Object.entries(fields)) {
      const input = field(form, `step-${hook}`);
      if ((await input.evaluate((e) => e.tagName)) === 'SELECT') await input.selectOption(value);
      else await input.fill(value);
    }
    await qa(form, 'step-save').click();
  }

  async makeAgreement(values: {
    provider: string;
    start: string;
    end: string;
    goals: string;
    interim?: string;
  }): Promise<void> {
    const form = qa(this.workActivity, 'agreement-form');
    await qa(form, 'agreement-open').click();
    await field(form, 'agreement-provider').selectOption({ label: values.provider });
    await field(form, 'agreement-start').fill(values.start);
    await field(form, 'agreement-end').fill(values.end);
    await field(form, 'agreement-goals').fill(values.goals);
    if (values.interim) await field(form, 'agreement-interim').fill(values.interim);
    await qa(form, 'agreement-save').click();
  }

  agreement(index = 0): AgreementCard {
    return new AgreementCard(qa(this.workActivity, 'agreement').nth(index));
  }

  get groups(): Locator {
    return qa(this.page, 'client-groups');
  }

  async invite(groupName: string): Promise<void> {
    const form = qa(this.groups, 'invite-form');
    await field(form, 'invite-group').selectOption({ label: groupName });
    await qa(form, 'invite-save').click();
  }

  /** The membership row of a group (by the group's name). */
  membership(groupName: string): Locator {
    return qa(this.groups, 'membership').filter({ hasText: groupName });
  }
}

/** The groups list with the new-group form. */
export class GroupsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/app/measures/groups');
    await settled(this.page);
    return this;
  }

  /** Creates a group and waits for its page. */
  async create(values: { name: string; targetGroup: string; leaders: string[]; firstDate: string }): Promise<void> {
    const form = qa(this.page, 'group-form');
    await field(form, 'group-name').fill(values.name);
    await field(form, 'group-target').fill(values.targetGroup);
    for (const leader of values.leaders)
      await qa(form, 'group-leader').filter({ hasText: leader }).locator('input').check();
    await field(form, 'group-first').fill(values.firstDate);
    await qa(form, 'group-save').click();
    await this.page.waitForURL(/\/app\/measures\/groups\/[0-9a-f-]{36}$/);
    await settled(this.page);
  }

  async openGroup(name: string): Promise<GroupPage> {
    await qa(this.page, 'group-card').filter({ hasText: name }).locator('[data-qa="group-link"]').click();
    await this.page.waitForURL(/\/app\/measures\/groups\/[0-9a-f-]{36}$/);
    await settled(this.page);
    return new GroupPage(this.page);
  }
}

/** One group's page. */
export class GroupPage {
  constructor(readonly page: Page) {}

  async open(path: string): Promise<this> {
    await this.page.goto(path);
    await settled(this.page);
    return this;
  }

  session(no: number): Locator {
    return this.page.locator(`[data-qa="session"][data-no="${no}"]`);
  }

  get closingSessions(): Locator {
    return this.page.locator('[data-qa="session"][data-closing="true"]');
  }

  /** Marks the first `count` members present in a session and saves; accepts the confidentiality
   *  rule for those who have not yet. */
  async recordAttendance(no: number, present: number[], acceptConfidentiality = false): Promise<void> {
    const session = this.session(no);
    for (const i of present) {
      await qa(session, `present-${i}`).locator('input').check();
      if (acceptConfidentiality) await qa(session, `confidentiality-${i}`).locator('input').check();
    }
    await qa(session, 'save-attendance').click();
  }

  get saveAttendanceButtons(): Locator {
    return qa(this.page, 'save-attendance');
  }

  member(index = 0): Locator {
    return qa(this.page, 'member').nth(index);
  }

  async addFeedback(no: number, values: { met: 'yes' | 'partly' | 'no'; thoughts?: string }): Promise<void> {
    const box = qa(this.session(no), 'feedback');
    await qa(box, 'feedback-open').click();
    await field(box, 'feedback-met').selectOption(values.met);
    if (values.thoughts) await field(box, 'feedback-thoughts').fill(values.thoughts);
    await qa(box, 'feedback-save').click();
  }

  async feedbackYes(no: number): Promise<number> {
    return Number(await qa(this.session(no), 'feedback-counts').getAttribute('data-yes'));
  }

  async setGuests(no: number, guests: string): Promise<void> {
    const box = qa(this.session(no), 'session-edit');
    await qa(box, 'session-edit-open').click();
    await field(box, 'session-guests').fill(guests);
    await qa(box, 'session-save').click();
  }

  guests(no: number): Locator {
    return field(this.session(no), 'session-guests');
  }

  async close(): Promise<void> {
    await qa(this.page, 'close-group').click();
  }

  async status(): Promise<string | null> {
    return qa(this.page, 'group-status').getAttribute('data-status');
  }

  /** Shown to an expert-by-experience leader: first names only. */
  get leaderView(): Locator {
    return qa(this.page, 'leader-view');
  }
}

/** The provider account's page (/app/provider). */
export class ProviderPortalPage {
  constructor(readonly page: Page) {}

  async waitForLanding(): Promise<this> {
    await this.page.waitForURL((url) => url.pathname === '/app/provider');
    await qa(this.page, 'provider-intro').waitFor();
    return this;
  }

  get intro(): Locator {
    return qa(this.page, 'provider-intro');
  }

  get cards(): Locator {
    return qa(this.page, 'provider-agreement');
  }

  async participants(): Promise<string[]> {
    return qa(this.page, 'participant').allTextContents();
  }

  /** The first agreement that can still be recorded (it has a form). */
  recordable(): ProviderAgreement {
    return new ProviderAgreement(this.cards.filter({ has: qa(this.page, 'provider-attendance-form') }).first());
  }
}

export class ProviderAgreement {
  constructor(readonly root: Locator) {}

  private get form(): Locator {
    return qa(this.root, 'provider-attendance-form');
  }

  get hours(): Locator {
    return field(this.form, 'provider-hours');
  }

  async recordPresent(day: string, hours: string): Promise<void> {
    await field(this.form, 'provider-day').fill(day);
    await field(this.form, 'provider-present').selectOption('yes');
    await this.hours.fill(hours);
    await qa(this.form, 'provider-record').click();
  }

  async recordAbsent(day: string, reason: 'sick' | 'own-matter' | 'unannounced' | 'other'): Promise<void> {
    await field(this.form, 'provider-day').fill(day);
    await field(this.form, 'provider-present').selectOption('no');
    await field(this.form, 'provider-reason').selectOption(reason);
    await qa(this.form, 'provider-record').click();
  }

  /** The confirmation after saving a day (names the day). */
  get saved(): Locator {
    return qa(this.form, 'provider-saved');
  }

  row(day: string): Locator {
    return this.root.locator(`[data-qa="provider-attendance-row"][data-day="${day}"]`);
  }
}

export class AllowancesPage {
  constructor(readonly page: Page) {}

  async open(month?: string): Promise<this> {
    await this.page.goto('/app/measures/allowances');
    await settled(this.page);
    if (month) await field(this.page, 'allowance-month').fill(month);
    return this;
  }

  /** The line that states the rate per attended day. */
  get rate(): Locator {
    return qa(this.page, 'allowance-rate');
  }

  /** The manager's rate field (euros). */
  get rateField(): Locator {
    return field(qa(this.page, 'rate-form'), 'rate-euros');
  }
}

export class BenefitDecisionsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/app/measures/benefit-decisions');
    await settled(this.page);
    return this;
  }

  get reports(): Locator {
    return qa(this.page, 'benefit-reports');
  }

  get processingTimesTitle(): Locator {
    return qa(this.reports, 'processing-times-title');
  }

  get professionalGroups(): Locator {
    return qa(this.reports, 'professional-groups');
  }

  get csvLinks(): Locator {
    return qa(this.reports, 'report-csv');
  }
}

/** The measures section of the client plan tab (client work's page). */
export class PlanMeasures {
  constructor(
    readonly page: Page,
    readonly clientId: string,
  ) {}

  async open(): Promise<this> {
    await this.page.goto(`/app/clients/${this.clientId}/plan`);
    await settled(this.page);
    await this.root.waitFor();
    return this;
  }

  get root(): Locator {
    return this.page.locator('[data-qa="plan-measures"], [data-testid="plan-measures"]');
  }

  /** Links to the client's measures tab (an item of the list, and the "open the measures" link). */
  get linksToMeasures(): Locator {
    return this.root.locator(`a[href="/app/clients/${this.clientId}/measures"]`);
  }
}

/** The measures hub (/app/measures); absent for a user who may not open it. */
export function measuresHub(page: Page): Locator {
  return qa(page, 'measures-hub');
}
