// Browser helpers for the e2e specs: Debian's Chromium driven by playwright-core, login,
// axe-core accessibility checks and screenshots.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { checkCharacter } from '../src/modules/client-work/clients/henkilotunnus';

export { DEMO_PASSWORD } from './pages/login';
const repo = path.resolve(import.meta.dirname, '..');

export function baseUrl(): string {
  return inject('baseUrl');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A fresh context (own cookies and storage) with the server as base URL. */
export async function newPage(
  browser: Browser,
  options: { width?: number; height?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: 'fi-FI',
  });
  const page = await context.newPage();
  return { context, page };
}

/** Logs in through the login page (the LoginPage page object). */
export { login } from './pages/login';

/** Fails on serious or critical axe violations (WCAG 2.1 A and AA). */
export async function checkA11y(page: Page, label = page.url()): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (bad.length) {
    const details = bad
      .map(
        (v) =>
          `- [${v.impact}] ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`).join('\n')}`,
      )
      .join('\n');
    throw new Error(`Accessibility violations on ${label}:\n${details}`);
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = path.join(repo, 'test-results/screenshots');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * A synthetic identity code in the temporary 9xx range, different on every run. Each spec passes
 * its own two-digit birth year so specs never create the same code.
 */
export function syntheticHetu(year: string): string {
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
  const ind = String(900 + Math.floor(Math.random() * 100));
  const digits = `${day}${month}${year}`;
  return `${digits}-${ind}${checkCharacter(digits, ind)}`;
}
