// The frame of the employee app: grouped navigation (behind the menu button on a phone), the
// account link, the language switch and logout; and the start page's groups of cards.
import type { Locator, Page } from 'playwright-core';
import { qa, settled } from './common';

export class EmployeeShell {
  constructor(readonly page: Page) {}

  get nav(): Locator {
    return qa(this.page, 'main-nav');
  }

  /** Opens the navigation when it is behind the menu button (narrow screens). */
  async openMenu(): Promise<void> {
    const button = qa(this.page, 'menu-button');
    if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  }

  /** The navigation link to an app path, e.g. '/app/clients'. */
  link(path: string): Locator {
    return this.nav.locator(`a[href="${path}"]`);
  }

  /** Follows the navigation to an app path and waits for the page. */
  async navigate(path: string): Promise<void> {
    await this.openMenu();
    await this.link(path).click();
    await this.page.waitForURL((url) => url.pathname === path);
    await settled(this.page);
  }

  /** The paths the user's navigation offers, in order. */
  async paths(): Promise<string[]> {
    return this.nav.locator('a').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
  }

  /** The navigation's group keys (client work, measures …) shown to the user. */
  async groups(): Promise<string[]> {
    return this.nav
      .locator('[data-qa^="nav-group-"]')
      .evaluateAll((els) => els.map((e) => (e.getAttribute('data-qa') ?? '').replace('nav-group-', '')));
  }

  /** A group of cards on the start page. */
  startGroup(key: string): Locator {
    return qa(this.page, `start-group-${key}`);
  }

  async openAccount(): Promise<void> {
    await qa(this.page, 'account-link').click();
    await settled(this.page);
  }

  async chooseLanguage(lang: 'fi' | 'sv' | 'en'): Promise<void> {
    await qa(this.page, `lang-${lang}`).click();
  }

  async logout(): Promise<void> {
    await qa(this.page, 'logout').click();
  }
}
