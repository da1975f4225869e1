// The login page of both apps (/).
import type { Page } from 'playwright-core';
import { field, qa, settled } from './common';

export const DEMO_PASSWORD = 'osallinen-demo';

export class LoginPage {
  constructor(readonly page: Page) {}

  async open(next?: string): Promise<this> {
    await this.page.goto(next ? `/?next=${encodeURIComponent(next)}` : '/');
    await field(this.page, 'login-username').waitFor();
    return this;
  }

  async submit(username: string, password = DEMO_PASSWORD): Promise<void> {
    await field(this.page, 'login-username').fill(username);
    await field(this.page, 'login-password').fill(password);
    await qa(this.page, 'login-submit').click();
  }

  /** Logs in and waits for the landing page of the user's app (employee app or portal). */
  async login(username: string, password = DEMO_PASSWORD): Promise<void> {
    await this.open();
    await this.submit(username, password);
    await this.page.waitForURL((url) => url.pathname.startsWith('/app/') || url.pathname.startsWith('/oma/'));
    // The login page's own heading must not count: wait for the next page's content.
    await this.page.waitForFunction(() => !document.querySelector('[data-qa="login-username"]'));
    await settled(this.page);
  }
}

/** Logs `username` in on `page`. */
export function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  return new LoginPage(page).login(username, password);
}
