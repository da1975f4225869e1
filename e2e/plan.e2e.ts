// Client plan, meetings, My work and the unit overview on their page objects: a social worker starts
// a plan, is told every missing element at once, fills and accepts it, prints the client's copy,
// records a meeting and reviews the plan into version 2; My work and the manager's overview show.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, login, newPage, screenshot } from './browser';
import { MyWorkPage, UnitOverviewPage } from './pages/my-work';
import { MeetingsTab, PlanCopy, PlanTab, SAMPLE_PLAN } from './pages/plan';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A new client of the worker's unit, through the API (the client record is part A's page). */
async function newClient(page: Page, lastName: string): Promise<string> {
  const { token } = await (await page.request.get('/api/auth/csrf')).json();
  const res = await page.request.post('/api/clients', {
    headers: { 'x-csrf-token': token },
    data: { firstName: 'Suvi', lastName },
  });
  expect(res.status()).toBe(201);
  return (await res.json()).client.id;
}

describe('client plan', () => {
  it('starts, names what is missing, is accepted, printed, met on and reviewed into version 2', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'sosiaalityontekija');
      const clientId = await newClient(page, `Suunnitelma${Date.now().toString(36)}`);
      const plan = await new PlanTab(page).open(clientId);
      await plan.start();
      expect(await plan.missing.count()).toBe(9);
      // Accepting at once is refused with every missing element in the error summary.
      await plan.accept();
      await plan.errorSummary.waitFor();
      expect(await plan.errorSummary.locator('li').count()).toBe(9);
      await checkA11y(page, 'plan draft with errors');
      await plan.fillComplete();
      await plan.save();
      await plan.complete.waitFor();
      await plan.accept();
      await plan.waitForVersion(1, 'accepted');
      await plan.locked.waitFor();
      await screenshot(page, 'plan-accepted-page-objects');

      // The client's copy, in plain language by default.
      const copy = await new PlanCopy(await context.newPage()).open(await plan.printHref());
      expect(await copy.text()).toContain(SAMPLE_PLAN.action);
      await checkA11y(copy.page, 'plan copy');
      await copy.page.close();

      const meetings = await new MeetingsTab(page).open(clientId);
      await meetings.record({ note: 'Kävimme suunnitelman läpi.', participants: 'Suvi, Sanna' });
      await meetings.row('Kävimme suunnitelman läpi.').waitFor();
      await checkA11y(page, 'meetings');

      // Review: version 2 copies the content; accepting it leaves version 1 readable.
      await plan.open(clientId);
      await plan.startReview();
      await plan.waitForVersion(2, 'draft');
      expect(await plan.field('goals.0.title').inputValue()).toBe(SAMPLE_PLAN.goal);
      await plan.accept();
      await plan.waitForVersion(2, 'accepted');
      await plan.waitForVersion(1, 'superseded');
      await plan.openVersion(1);
      await plan.locked.waitFor();
    } finally {
      await context.close();
    }
  });

  it('My work lists what is due, sortable; the manager sees the unit overview', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'sosiaalityontekija');
      const myWork = await new MyWorkPage(page).open();
      await myWork.items.first().waitFor();
      await myWork.clients.first().waitFor();
      await myWork.sortBy('client');
      await checkA11y(page, 'my work');
      await screenshot(page, 'my-work-page-objects');
    } finally {
      await context.close();
    }
    const manager = await newPage(browser);
    try {
      await login(manager.page, 'esihenkilo');
      const overview = await new UnitOverviewPage(manager.page).open();
      expect(await overview.count('activeClients')).toBeGreaterThan(0);
      expect(await overview.workers.count()).toBeGreaterThan(0);
      await checkA11y(manager.page, 'unit overview');
    } finally {
      await manager.context.close();
    }
  });
});
