// The client's plan and meetings tabs (/app/clients/:clientId/plan and …/meetings): starting the
// plan, the draft editor with the nine statutory elements, accepting, versions, the review into a
// new version, the client's printable copy; meetings with their notes.
import type { Locator, Page } from 'playwright-core';
import { field, qa, settled } from './common';

/** The lists of the plan that rows are added to. */
export type PlanList = 'goal' | 'action' | 'partner' | 'consent' | 'service';

/** What a complete plan needs, element by element (SHL 39 §); every text has a default. */
export interface PlanValues {
  supportNeed: { client: string; professional: string };
  servicesAndMeasures: { client: string; professional: string };
  essentialServicesAssessment: string;
  intervalWeeks: string;
  strengths: { client: string; professional: string };
  goal: string;
  action: string;
  estimatedDuration: string;
  partner: { name: string; responsibility: string };
  followUp: { monitoring: string; goalEvaluation: string; reassessment: string };
  consent: { partnerName: string; scope: string };
}

export const SAMPLE_PLAN: PlanValues = {
  supportNeed: { client: 'Rahat eivät riitä vuokraan.', professional: 'Vuokrarästit, asunto vaarassa.' },
  servicesAndMeasures: { client: 'Apua raha-asioihin.', professional: 'Talous- ja velkaneuvonta.' },
  essentialServicesAssessment: 'Ei välttämättömiä terveyspalveluja nyt.',
  intervalWeeks: '4',
  strengths: { client: 'Haluan pitää asuntoni.', professional: 'Motivoitunut, sisko tukee.' },
  goal: 'Vuokrarästit maksuun',
  action: 'Varaan ajan velkaneuvontaan',
  estimatedDuration: 'Noin vuosi.',
  partner: { name: 'Talous- ja velkaneuvonta', responsibility: 'Velkaneuvonta ja maksusuunnitelma' },
  followUp: {
    monitoring: 'Tapaamisissa neljän viikon välein.',
    goalEvaluation: 'Puolen vuoden välein yhdessä.',
    reassessment: 'Tarkistuksessa.',
  },
  consent: { partnerName: 'Talous- ja velkaneuvonta', scope: 'Tulot, menot ja velat' },
};

export class PlanTab {
  constructor(readonly page: Page) {}

  async open(clientId: string): Promise<this> {
    await this.page.goto(`/app/clients/${clientId}/plan`);
    await settled(this.page);
    await this.page.locator('[data-qa="plan-tab"], [data-qa="plan-start"], [data-qa="plan-none"]').first().waitFor();
    return this;
  }

  /** Starts the plan (version 1, a draft), with the review date the form offers unless one is given. */
  async start(reviewDate?: string): Promise<void> {
    const start = qa(this.page, 'plan-start');
    if (reviewDate) await field(start, 'plan-start-reviewDate').fill(reviewDate);
    await start.locator('button[type="submit"]').click();
    await this.draft.waitFor();
  }

  /** The statutory elements the draft still misses, as the page names them. */
  get missing(): Locator {
    return qa(this.page, 'plan-missing').locator('li');
  }

  /** Shown when nothing statutory is missing. */
  get complete(): Locator {
    return qa(this.page, 'plan-complete');
  }

  get draft(): Locator {
    return qa(this.page, 'plan-draft');
  }

  /** A field of the draft by its place in the plan's content, e.g. 'supportNeed.client', 'goals.0.title'. */
  field(path: string): Locator {
    return field(this.draft, `plan-${path.replace(/\./g, '-')}`);
  }

  async fill(path: string, value: string): Promise<void> {
    await this.field(path).fill(value);
  }

  /** Adds a row to a list of the plan (a goal, an agreed action …). */
  async add(list: PlanList): Promise<void> {
    await qa(this.draft, `plan-add-${list}`).click();
  }

  /** Fills every statutory element of a new draft, one row in each list. */
  async fillComplete(v: PlanValues = SAMPLE_PLAN): Promise<void> {
    await this.fill('supportNeed.client', v.supportNeed.client);
    await this.fill('supportNeed.professional', v.supportNeed.professional);
    await this.fill('servicesAndMeasures.client', v.servicesAndMeasures.client);
    await this.fill('servicesAndMeasures.professional', v.servicesAndMeasures.professional);
    await this.fill('essentialServicesAssessment', v.essentialServicesAssessment);
    await this.fill('meetingFrequency.intervalWeeks', v.intervalWeeks);
    await this.fill('strengths.client', v.strengths.client);
    await this.fill('strengths.professional', v.strengths.professional);
    await this.add('goal');
    await this.fill('goals.0.title', v.goal);
    await this.add('action');
    await this.fill('agreedActions.0.action', v.action);
    await this.fill('estimatedDuration', v.estimatedDuration);
    await this.add('partner');
    await this.fill('partners.0.name', v.partner.name);
    await this.fill('partners.0.responsibility', v.partner.responsibility);
    await this.fill('followUp.monitoring', v.followUp.monitoring);
    await this.fill('followUp.goalEvaluation', v.followUp.goalEvaluation);
    await this.fill('followUp.reassessment', v.followUp.reassessment);
    await this.add('consent');
    await this.fill('consents.0.partnerName', v.consent.partnerName);
    await this.fill('consents.0.scope', v.consent.scope);
  }

  /** Saves the draft and waits for the confirmation. */
  async save(): Promise<void> {
    await this.draft.locator('button[type="submit"]').first().click();
    await qa(this.draft, 'saved').waitFor();
  }

  /** Saves and accepts the draft (without waiting: acceptance may be refused). */
  async accept(): Promise<void> {
    await qa(this.draft, 'plan-accept').click();
  }

  /** Every field error of a refused save or acceptance, as links to the fields. */
  get errorSummary(): Locator {
    return qa(this.page, 'error-summary');
  }

  /** The button of version `n` in the list of versions. */
  version(n: number): Locator {
    return qa(this.page, `plan-version-${n}`);
  }

  /** 'draft', 'accepted' or 'superseded'. */
  async versionStatus(n: number): Promise<string | null> {
    return this.version(n).getAttribute('data-status');
  }

  /** Waits until version `n` is in the status. */
  async waitForVersion(n: number, status: 'draft' | 'accepted' | 'superseded'): Promise<void> {
    await qa(this.page, 'plan-versions').locator(`[data-qa="plan-version-${n}"][data-status="${status}"]`).waitFor();
  }

  async openVersion(n: number): Promise<void> {
    await this.version(n).click();
    await this.page.locator(`[data-qa="plan-version-${n}"][aria-current="true"]`).waitFor();
  }

  /** The line under the versions: number, status, review date, who accepted. */
  get meta(): Locator {
    return qa(this.page, 'plan-meta');
  }

  /** Shown on an accepted or superseded version: changes go into a new version. */
  get locked(): Locator {
    return qa(this.page, 'plan-locked');
  }

  /** Starts a review: a new draft version copying the content. */
  async startReview(reviewDate?: string): Promise<void> {
    const review = qa(this.page, 'plan-review');
    if (reviewDate) await field(review, 'plan-review-reviewDate').fill(reviewDate);
    await review.locator('button[type="submit"]').click();
    await this.draft.waitFor();
  }

  /** The address of the client's printable copy of the version shown. */
  async printHref(): Promise<string> {
    return (await qa(this.page, 'plan-print').getAttribute('href')) ?? '';
  }
}

/** The client's printable copy (server-rendered, opened from the plan tab). */
export class PlanCopy {
  constructor(readonly page: Page) {}

  async open(href: string): Promise<this> {
    await this.page.goto(href);
    await this.copy.waitFor();
    return this;
  }

  get copy(): Locator {
    return qa(this.page, 'plan-copy');
  }

  async title(): Promise<string> {
    return (await this.copy.locator('h1').textContent()) ?? '';
  }

  async text(): Promise<string> {
    return (await this.copy.textContent()) ?? '';
  }
}

export interface MeetingValues {
  date?: string;
  time?: string;
  kind?: 'face-to-face' | 'phone' | 'video' | 'home-visit' | 'network-meeting';
  status?: 'held' | 'planned';
  participants?: string;
  location?: string;
  note?: string;
}

export class MeetingsTab {
  constructor(readonly page: Page) {}

  async open(clientId: string): Promise<this> {
    await this.page.goto(`/app/clients/${clientId}/meetings`);
    await settled(this.page);
    await qa(this.page, 'meeting-counts').waitFor();
    return this;
  }

  get form(): Locator {
    return qa(this.page, 'meeting-form');
  }

  /** Records a meeting (held today unless told otherwise) and waits for the confirmation. */
  async record(v: MeetingValues): Promise<void> {
    if (v.date) await field(this.form, 'meeting-date').fill(v.date);
    if (v.time) await field(this.form, 'meeting-time').fill(v.time);
    if (v.kind) await field(this.form, 'meeting-kind').selectOption(v.kind);
    if (v.status) await field(this.form, 'meeting-status').selectOption(v.status);
    if (v.participants) await field(this.form, 'meeting-participants').fill(v.participants);
    if (v.location) await field(this.form, 'meeting-location').fill(v.location);
    if (v.note) await field(this.form, 'meeting-note').fill(v.note);
    await this.form.locator('button[type="submit"]').click();
    await qa(this.form, 'saved').waitFor();
  }

  /** The rows of the meetings table, newest first. */
  get rows(): Locator {
    return qa(this.page, 'meetings').locator('[data-qa="meeting-row"]');
  }

  /** The row that shows `text` (a note, a place …). */
  row(text: string): Locator {
    return this.rows.filter({ hasText: text });
  }

  /** Held, face to face and booked, as counted for the deadline rules. */
  get counts(): Locator {
    return qa(this.page, 'meeting-counts');
  }
}
