// Participation: the public no-JavaScript pages (after-meeting feedback, survey form and kiosk, the
// "what we did" page) and the workers' pages (own and unit feedback, moderation, proposals, surveys,
// the survey builder, group interviews). Everything is found by data-qa hooks; no visible texts.
import type { Locator, Page } from 'playwright-core';
import { field, qa, settled } from './common';

type Lang = 'fi' | 'sv' | 'en';

// ---------- public pages (server-rendered, no JavaScript) ----------

/** The public after-meeting feedback form of a worker code. */
export class PublicFeedbackForm {
  constructor(
    readonly page: Page,
    readonly code: string,
  ) {}

  static path(code: string, lang: Lang = 'fi', plain = false): string {
    const base = { fi: `/palaute/${code}`, sv: `/sv/respons/${code}`, en: `/en/feedback/${code}` }[lang];
    return plain ? `${base}?selko=1` : base;
  }

  static thanksPath(code: string): string {
    return `/palaute/${code}/kiitos`;
  }

  async open(lang: Lang = 'fi'): Promise<this> {
    await this.page.goto(PublicFeedbackForm.path(this.code, lang));
    await this.form.waitFor();
    return this;
  }

  get form(): Locator {
    return qa(this.page, 'feedback-form');
  }

  /** The page's language (html lang). */
  async lang(): Promise<string | null> {
    return this.page.getAttribute('html', 'lang');
  }

  async fill(answer: { met?: 'yes' | 'partly' | 'no'; opinion?: string; wishes?: string; rating?: number }) {
    if (answer.met) await qa(this.form, 'feedback-met').locator(`input[value="${answer.met}"]`).check();
    if (answer.opinion) await qa(this.form, 'feedback-opinion').fill(answer.opinion);
    if (answer.wishes) await qa(this.form, 'feedback-wishes').fill(answer.wishes);
    if (answer.rating) await qa(this.form, 'feedback-rating').locator(`input[value="${answer.rating}"]`).check();
  }

  async submit(): Promise<void> {
    await qa(this.form, 'submit').click();
  }

  /** Sends an answer and waits for the thank-you page. */
  async answer(answer: Parameters<PublicFeedbackForm['fill']>[0]): Promise<void> {
    await this.open();
    await this.fill(answer);
    await this.submit();
    await this.page.waitForURL(`**${PublicFeedbackForm.thanksPath(this.code)}`);
    await this.thanks.waitFor();
  }

  get errorSummary(): Locator {
    return qa(this.page, 'error-summary');
  }

  /** The message next to a field (`met_expectations`, `opinion`, `wishes`, `rating`). */
  fieldError(fieldName: string): Locator {
    return qa(this.page, `error-${fieldName}`);
  }

  get thanks(): Locator {
    return qa(this.page, 'thanks');
  }
}

/** A public survey form (web or kiosk). */
export class PublicSurveyForm {
  constructor(
    readonly page: Page,
    /** The form's path, e.g. /kysely/<id>. */
    readonly path: string,
  ) {}

  async open(opts: { kiosk?: boolean } = {}): Promise<this> {
    await this.page.goto(opts.kiosk ? `${this.path}?kiosk=1` : this.path);
    await this.form.waitFor();
    return this;
  }

  get form(): Locator {
    return qa(this.page, 'survey-form');
  }

  /** The input of a choice (rating 1–5, single or multiple choice) of an item. */
  choice(key: string, value: string | number): Locator {
    return qa(this.form, `item-${key}`).locator(`input[value="${value}"]`);
  }

  async choose(key: string, value: string | number): Promise<void> {
    await this.choice(key, value).check();
  }

  /** Types into a year or free-text item. */
  async write(key: string, text: string): Promise<void> {
    await qa(this.form, `item-${key}`).fill(text);
  }

  async submit(): Promise<void> {
    await qa(this.form, 'submit').click();
  }

  get thanks(): Locator {
    return qa(this.page, 'thanks');
  }

  /** Kiosk mode: the notice on the fresh form after an answer. */
  get kioskThanks(): Locator {
    return qa(this.page, 'kiosk-thanks');
  }

  /** The other language versions and the printable version of the same survey. */
  static variants(path: string): string[] {
    return [
      path,
      `${path}?kiosk=1`,
      `${path}/tulosta`,
      path.replace('/kysely/', '/sv/enkat/'),
      path.replace('/kysely/', '/en/survey/'),
    ];
  }
}

/** The public "what we did" page. */
export class WhatWeDidPage {
  static readonly paths = { fi: '/mita-teimme', sv: '/sv/vad-vi-gjorde', en: '/en/what-we-did' } as const;

  constructor(readonly page: Page) {}

  async open(lang: Lang = 'fi', query = ''): Promise<this> {
    await this.page.goto(WhatWeDidPage.paths[lang] + query);
    await qa(this.page, 'filters').waitFor();
    return this;
  }

  async filter(values: { theme?: string; status?: string }): Promise<void> {
    if (values.theme !== undefined) await qa(this.page, 'filter-theme').selectOption(values.theme);
    if (values.status !== undefined) await qa(this.page, 'filter-status').selectOption(values.status);
    await qa(this.page, 'filter-apply').click();
    await this.page.waitForLoadState();
  }

  /** A published proposal, found by its title. */
  proposal(title: string): Locator {
    return qa(this.page, 'public-proposal').filter({ hasText: title });
  }
}

/** A public page's own submit button and error summary (for the accessibility check with errors). */
export async function submitEmptyPublicForm(page: Page): Promise<void> {
  await qa(page, 'submit').click();
  await qa(page, 'error-summary').waitFor();
}

// ---------- the workers' app ----------

/** The worker's own feedback: their code and results under the minimum-size rule. */
export class OwnFeedbackPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/app/feedback');
    await settled(this.page);
    return this;
  }

  async code(): Promise<string> {
    return (await qa(this.page, 'feedback-code').first().textContent()) ?? '';
  }

  get tooFew(): Locator {
    return qa(this.page, 'feedback-too-few');
  }

  get results(): Locator {
    return qa(this.page, 'feedback-results');
  }

  async count(): Promise<number> {
    return Number(await qa(this.page, 'feedback-count').textContent());
  }
}

/** A manager's unit feedback page: staff, and the moderation of free text. */
export class TeamFeedbackPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/app/feedback/team');
    await settled(this.page);
    return this;
  }

  /** A free-text answer in the moderation list, found by its words. */
  answer(text: string): Locator {
    return qa(this.page, 'moderation-item').filter({ hasText: text });
  }

  async showModeration(status: 'pending' | 'approved' | 'redacted' | 'all'): Promise<void> {
    await field(this.page, 'moderation-status').selectOption(status);
  }

  async approve(text: string): Promise<void> {
    await qa(this.answer(text), 'approve').click();
  }

  /** Turns a moderated answer into a proposal and waits for the link to it. */
  async makeProposal(text: string, proposal: { title: string; theme: string }): Promise<void> {
    const answer = this.answer(text);
    await qa(answer, 'make-proposal').click();
    await field(answer, 'proposal-title').fill(proposal.title);
    await field(answer, 'proposal-theme').selectOption(proposal.theme);
    await qa(answer, 'proposal-save').click();
    await qa(answer, 'proposal-made').waitFor();
  }

  async openProposalMade(text: string): Promise<void> {
    await qa(this.answer(text), 'proposal-made').click();
    await this.page.waitForURL('**/app/proposals');
    await settled(this.page);
  }
}

/** The proposal register. */
export class ProposalsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/app/proposals');
    await settled(this.page);
    return this;
  }

  row(title: string): Locator {
    return qa(this.page, 'proposal-row').filter({ hasText: title });
  }

  get detail(): Locator {
    return qa(this.page, 'proposal-detail');
  }

  async openProposal(title: string): Promise<void> {
    await qa(this.row(title), 'open').click();
    await this.detail.waitFor();
  }

  /** Moves the open proposal to a status, with a public response (and a reason when rejected). */
  async changeStatus(change: { status: string; response?: string; reason?: string }): Promise<void> {
    const form = qa(this.page, 'proposal-status-form');
    await field(form, 'proposal-new-status').selectOption(change.status);
    if (change.reason !== undefined) await field(form, 'proposal-reason').fill(change.reason);
    if (change.response !== undefined) await field(form, 'proposal-response').fill(change.response);
    await form.locator('button[type="submit"]').click();
    await this.page.locator(`[data-qa="proposal-detail"][data-status="${change.status}"]`).waitFor();
  }

  async detailStatus(): Promise<string | null> {
    return this.detail.getAttribute('data-status');
  }
}

/** The survey list. */
export class SurveysPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/app/surveys');
    await settled(this.page);
    await qa(this.page, 'surveys').waitFor();
    return this;
  }

  /** Surveys of a template that are open for answers (published). */
  published(): Locator {
    return qa(this.page, 'survey-row').filter({ has: this.page.locator('[data-status="published"]') });
  }

  /** The public form's path of the first published survey. */
  async firstPublishedFormPath(): Promise<string> {
    return (await qa(this.published().first(), 'survey-web-link').getAttribute('href')) ?? '';
  }
}

/** One survey's page: results with last year alongside. */
export class SurveyResultsPage {
  constructor(readonly page: Page) {}

  async open(surveyId: string): Promise<this> {
    await this.page.goto(`/app/surveys/${surveyId}`);
    await settled(this.page);
    await this.results.waitFor();
    return this;
  }

  get results(): Locator {
    return qa(this.page, 'survey-results');
  }

  async mean(key: string): Promise<number> {
    return Number(await qa(this.page, `mean-${key}`).textContent());
  }

  async previousMean(key: string): Promise<number> {
    return Number(await qa(this.page, `prev-${key}`).textContent());
  }
}

/** The survey builder: texts in three languages per title, section and item. */
export class SurveyBuilderPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/app/surveys/new');
    await settled(this.page);
    await qa(this.page, 'survey-builder').waitFor();
    return this;
  }

  /** Fills one text in fi/sv/en: `b-title`, `b-intro`, `b-s0` (a section), `b-s0-i0` (an item). */
  async fillTexts(prefix: string, text: string): Promise<void> {
    for (const lang of ['fi', 'sv', 'en'] as const)
      await field(this.page, `${prefix}-${lang}`).fill(`${text} (${lang})`);
  }

  /** Saves the draft, waits for the new survey's page and answers its title. */
  async save(): Promise<string> {
    await qa(this.page, 'builder-save').click();
    await this.page.waitForURL(/\/app\/surveys\/[0-9a-f-]{36}$/);
    const title = qa(this.page, 'survey-title');
    await title.waitFor();
    return (await title.textContent()) ?? '';
  }
}

/** Group interviews with their agreed actions. */
export class GroupInterviewsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/app/group-interviews');
    await settled(this.page);
    return this;
  }

  /** The agreed actions of every interview shown, as text. */
  async agreedActions(): Promise<string> {
    return (await qa(this.page, 'agreed-actions').allTextContents()).join('\n');
  }
}

/** The page for typing in paper feedback cards. */
export class PaperFeedbackPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/app/feedback/paper');
    await settled(this.page);
    await qa(this.page, 'paper-feedback-form').waitFor();
    return this;
  }
}
