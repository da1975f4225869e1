// Client portal: plain-language plan on a phone, the client's own mark on a goal, thoughts before
// the meeting, meetings and worker, who viewed my data; the reading pages work without JavaScript.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, checkA11y, DEMO_PASSWORD, launchBrowser, login, newPage, screenshot } from './browser';
import { NoJsPortal, PortalAccessLogPage, PortalMeetingsPage, PortalPlanPage } from './pages/portal';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// The demo data's named worker of the demo client, and one of the client's goals.
const WORKER = 'Sanna Sosiaalityöntekijä';
const GOAL = 'Vuokrarästit maksuun';

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

      const plan = await new PortalPlanPage(page).open();
      expect(await plan.goals.count()).toBeGreaterThanOrEqual(2);
      const pdf = await plan.pdfHref();
      const goal = plan.goal(1);
      await goal.mark('not-yet');
      await goal.write('Herään nyt aiemmin.');
      await goal.save();
      await plan.writeThoughts('Haluan puhua työkokeilusta.');
      // The worker sees both.
      const seen = await (await page.request.get('/api/portal/plan')).json();
      expect(seen.plan.goals[1]).toMatchObject({ clientMark: 'not-yet', clientView: 'Herään nyt aiemmin.' });
      expect(seen.draft.clientPreparation).toBe('Haluan puhua työkokeilusta.');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await checkA11y(page, 'portal plan');
      await screenshot(page, 'portal-plan-320');

      const meetings = await new PortalMeetingsPage(page).open();
      await meetings.upcoming.first().waitFor();
      expect(await meetings.worker.textContent()).toContain(WORKER);
      await checkA11y(page, 'portal meetings');

      const log = await new PortalAccessLogPage(page).open();
      await log.entries.first().waitFor();
      expect(await log.entries.filter({ hasText: WORKER }).count()).toBeGreaterThan(0);
      await checkA11y(page, 'portal viewing log');
      await screenshot(page, 'portal-viewing-log');

      // The plan PDF downloads.
      const res = await page.request.get(pdf);
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
      const portal = new NoJsPortal(await context.newPage());
      await portal.goto('/asiointi/suunnitelma');
      await portal.waitForLoginForm();
      await portal.login('asiakas', '/asiointi/suunnitelma');
      await portal.plan.waitFor();
      expect(await portal.plan.textContent()).toContain(GOAL);
      expect(await portal.plan.textContent()).toContain(WORKER);
      await screenshot(portal.page, 'portal-nojs-plan');
      await portal.goto('/asiointi/katselut');
      await portal.accessLogOrEmpty.waitFor();
      // The SPA shell points there when JavaScript is off.
      await portal.page.goto('/oma/');
      await portal.noScriptLink('/asiointi/suunnitelma').waitFor();
      await portal.noScriptLink('/asiointi/katselut').waitFor();
    } finally {
      await context.close();
    }
    // axe needs JavaScript to run: check the same server-rendered pages in a normal browser.
    const { context: js, page } = await newPage(browser, { width: 320, height: 700 });
    try {
      await login(page, 'asiakas');
      const portal = new NoJsPortal(page);
      await portal.goto('/asiointi/suunnitelma');
      await portal.plan.waitFor();
      await checkA11y(page, '/asiointi/suunnitelma');
      await portal.goto('/asiointi/katselut');
      await portal.accessLogOrEmpty.waitFor();
      await checkA11y(page, '/asiointi/katselut');
      await page.goto('/kirjaudu');
      await portal.loginForm.waitFor();
      await checkA11y(page, '/kirjaudu');
    } finally {
      await js.close();
    }
  });
});
