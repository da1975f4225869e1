// The client portal (/oma/…): the own plan with the client's mark and words on each goal and their
// thoughts for the next meeting, meetings and the named worker, who has viewed my data; and the
// same reading pages without JavaScript (/asiointi/…), reached through the plain login form.
import type { Locator, Page } from 'playwright-core';
import { field, qa, settled } from './common';
import { DEMO_PASSWORD } from './login';

export type ClientMark = 'going-well' | 'some-progress' | 'not-yet' | 'needs-change';

/** One goal of the plan in force, as a card with the client's own mark and words. */
export class GoalCard {
  constructor(readonly card: Locator) {}

  async title(): Promise<string> {
    return (await this.card.locator('h3').textContent()) ?? '';
  }

  async mark(mark: ClientMark): Promise<void> {
    await qa(this.card, `mark-${mark}`).check();
  }

  async write(text: string): Promise<void> {
    await field(this.card, 'goal-view').fill(text);
  }

  /** Saves and waits for "saved, your worker sees this". */
  async save(): Promise<void> {
    await qa(this.card, 'save-goal').click();
    await qa(this.card, 'saved').waitFor();
  }
}

export class PortalPlanPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/oma/suunnitelma');
    await settled(this.page);
    await this.page.locator('[data-qa="portal-goals"], [data-qa="portal-no-plan"]').first().waitFor();
    return this;
  }

  get goals(): Locator {
    return qa(this.page, 'portal-goals').locator('[data-qa="portal-goal"]');
  }

  goal(index: number): GoalCard {
    return new GoalCard(this.goals.nth(index));
  }

  get preparation(): Locator {
    return qa(this.page, 'portal-preparation');
  }

  /** Writes the thoughts for the next meeting into the review draft and saves them. */
  async writeThoughts(text: string): Promise<void> {
    await field(this.preparation, 'preparation-text').fill(text);
    await this.preparation.locator('button[type="submit"]').click();
    await qa(this.preparation, 'saved').waitFor();
  }

  /** The address of the plan as a PDF. */
  async pdfHref(): Promise<string> {
    return (await qa(this.page, 'portal-pdf').getAttribute('href')) ?? '';
  }
}

export class PortalMeetingsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/oma/tapaamiset');
    await settled(this.page);
    await this.page.locator('[data-qa="portal-upcoming"], [data-qa="portal-no-upcoming"]').first().waitFor();
    return this;
  }

  get upcoming(): Locator {
    return qa(this.page, 'portal-upcoming').locator('[data-qa="portal-meeting"]');
  }

  /** The named worker's card: name, office, phone and email. */
  get worker(): Locator {
    return qa(this.page, 'portal-worker');
  }
}

export class PortalAccessLogPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/oma/katselut');
    await settled(this.page);
    await this.page.locator('[data-qa="portal-log"], [data-qa="portal-log-empty"]').first().waitFor();
    return this;
  }

  /** One line per worker, day and kind of data. */
  get entries(): Locator {
    return qa(this.page, 'portal-log').locator('[data-qa="portal-log-entry"]');
  }
}

/** The portal's pages that work without JavaScript, and the plain login form that leads to them. */
export class NoJsPortal {
  constructor(readonly page: Page) {}

  /** Opens a page; without a session the browser lands on the plain login form. */
  async goto(path: '/asiointi/suunnitelma' | '/asiointi/katselut'): Promise<void> {
    await this.page.goto(path);
  }

  async waitForLoginForm(): Promise<void> {
    await this.page.waitForURL((url) => url.pathname === '/kirjaudu');
  }

  /** The plain login form (/kirjaudu). */
  get loginForm(): Locator {
    return this.page.locator('form[method="post"]').filter({ has: this.page.locator('input[name="username"]') });
  }

  /** Logs in on the plain form and waits to be back at `path`. */
  async login(username: string, path: string, password = DEMO_PASSWORD): Promise<void> {
    await this.loginForm.locator('input[name="username"]').fill(username);
    await this.loginForm.locator('input[name="password"]').fill(password);
    await this.loginForm.locator('button[type="submit"]').click();
    await this.page.waitForURL((url) => url.pathname === path);
  }

  /** The plan in force as the client's plain-language copy. */
  get plan(): Locator {
    return qa(this.page, 'plan-copy');
  }

  get accessLog(): Locator {
    return qa(this.page, 'access-log');
  }

  /** The viewing log, or the line saying nobody has viewed anything yet. */
  get accessLogOrEmpty(): Locator {
    return this.page.locator('[data-qa="access-log"], [data-qa="access-log-empty"]').first();
  }

  /** The portal app's page without JavaScript points to these pages. */
  noScriptLink(path: '/asiointi/suunnitelma' | '/asiointi/katselut'): Locator {
    return this.page.locator(`a[href="${path}"]`);
  }
}
