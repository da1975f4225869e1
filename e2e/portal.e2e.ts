// Client portal: plain-language plan on a phone, the client's own mark on a goal, thoughts before
// the meeting, meetings and worker, who viewed my data; the reading pages work without JavaScript.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, checkA11y, DEMO_PASSWORD, launchBrowser, login, newPage, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('client portal', () => {
  it('works on a 320 px phone: plan, own mark on a goal, thoughts for the meeting, meetings, viewing log', async () => {
    const { context, page } = await newPage(browser, { width: 320, height: 700 });
    try {
      // A worker reads the client's plan first, so the viewing log has a row to show.
      const staff = await browser.newContext({ baseURL: baseUrl() });
      await staff.request.post('/api/auth/login', {
        data: { username: 'sosiaalityontekija', password: DEMO_PASSWORD },
      });
      await login(page, 'asiakas');
      const me = await (await page.request.get('/api/me')).json();
      expect((await staff.request.get(`/api/clients/${me.clientId}/plans`)).status()).toBe(200);
      await staff.close();
      await page.goto('/oma/suunnitelma');
      await page.getByRole('heading', { name: 'Sinun suunnitelmasi' }).waitFor();
      const goal = page.locator('.portal-goal').nth(1);
      await goal.getByLabel('Ei vielä').check();
      await goal.locator('textarea').fill('Herään nyt aiemmin.');
      await goal.getByRole('button', { name: 'Tallenna' }).click();
      await goal.getByText('Tallennettu. Työntekijäsi näkee tämän.').waitFor();
      await page.locator('#prep-text').fill('Haluan puhua työkokeilusta.');
      await page.getByRole('button', { name: 'Tallenna ajatukset' }).click();
      await page.getByText('Ajatuksesi on tallennettu.').waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await checkA11y(page, 'portal plan');
      await screenshot(page, 'portal-plan-320');

      await page.goto('/oma/tapaamiset');
      await page.getByRole('heading', { name: 'Tulevat tapaamiset' }).waitFor();
      await page.getByText('Sanna Sosiaalityöntekijä').first().waitFor();
      await checkA11y(page, 'portal meetings');

      await page.goto('/oma/katselut');
      await page.locator('.portal-log li').first().waitFor();
      expect(await page.locator('.portal-log').textContent()).toContain('Sosiaalityöntekijä');
      await checkA11y(page, 'portal viewing log');
      await screenshot(page, 'portal-viewing-log');

      // The plan PDF downloads.
      const res = await page.request.get('/api/portal/plan/pdf');
      expect(res.headers()['content-type']).toBe('application/pdf');
    } finally {
      await context.close();
    }
  });

  it('reads the plan and the viewing log without JavaScript', async () => {
    const context = await browser.newContext({
      baseURL: baseUrl(),
      javaScriptEnabled: false,
      locale: 'fi-FI',
      viewport: { width: 320, height: 700 },
    });
    try {
      // Without a session the plan page leads to the plain login form, and back after logging in.
      const page = await context.newPage();
      await page.goto('/asiointi/suunnitelma');
      await page.waitForURL((url) => url.pathname === '/kirjaudu');
      await page.getByLabel('Käyttäjätunnus').fill('asiakas');
      await page.getByLabel('Salasana').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Kirjaudu' }).click();
      await page.waitForURL((url) => url.pathname === '/asiointi/suunnitelma');
      await page.getByRole('heading', { name: 'Sinun suunnitelmasi' }).waitFor();
      expect(await page.locator('main').textContent()).toContain('Vuokrarästit maksuun');
      await screenshot(page, 'portal-nojs-plan');
      await page.goto('/asiointi/katselut');
      await page.getByRole('heading', { name: 'Kuka on katsonut minun tietojani' }).waitFor();
      // The SPA shell points there when JavaScript is off.
      await page.goto('/oma/');
      await page.getByRole('link', { name: 'oman suunnitelmasi' }).waitFor();
    } finally {
      await context.close();
    }
    // axe needs JavaScript to run: check the same server-rendered pages in a normal browser.
    const { context: js, page } = await newPage(browser, { width: 320, height: 700 });
    try {
      await login(page, 'asiakas');
      for (const path of ['/asiointi/suunnitelma', '/asiointi/katselut', '/kirjaudu']) {
        await page.goto(path);
        await page.locator('main h1').waitFor();
        await checkA11y(page, path);
      }
    } finally {
      await js.close();
    }
  });
});
