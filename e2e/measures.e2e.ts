// Measures: one full rehabilitative work activity path (provider → activation plan → agreement →
// attendance with an absence → interim evaluation → end) and one group from invitation to the
// closing session, plus the expert-by-experience leader's first-name-only view, the provider
// account's page at 320 px and the manager's reports. Page objects only (e2e/pages/measures.ts).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, DEMO_PASSWORD, launchBrowser, login, newPage, screenshot } from './browser';
import { qa } from './pages/common';
import {
  AllowancesPage,
  BenefitDecisionsPage,
  ClientMeasuresPage,
  GroupPage,
  GroupsPage,
  measuresHub,
  PlanMeasures,
  ProviderPortalPage,
  ProvidersPage,
} from './pages/measures';

let browser: Browser;
let clientId: string;

const helsinkiToday = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());
const shift = (iso: string, days: number) => {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

beforeAll(async () => {
  browser = await launchBrowser();
  // The demo client record is the one the `asiakas` account is linked to.
  const { context, page } = await newPage(browser);
  const res = await page.request.post('/api/auth/login', { data: { username: 'asiakas', password: DEMO_PASSWORD } });
  expect(res.ok()).toBe(true);
  clientId = (await (await page.request.get('/api/me')).json()).clientId;
  await context.close();
});

afterAll(async () => {
  await browser?.close();
});

describe('rehabilitative work activity', () => {
  it('goes the whole path from a new provider to the end with a coded reason', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'sosiaaliohjaaja');
      const providers = await new ProvidersPage(page).open();
      await providers.add({ name: 'E2E-työpaja', publicTransport: 'Bussi 2', capacity: '4' });
      await checkA11y(page, 'providers register');

      const measures = await new ClientMeasuresPage(page, clientId).open();
      await measures.startPath();
      await measures.recordStep('situation-assessment', {
        summary: 'Kokonaisvaltainen tilannearvio tehty yhdessä.',
      });
      await expect.poll(() => measures.phase()).toBe('situation-assessment');
      await measures.recordStep('activation-plan', {
        'employment-worker': 'TE-asiantuntija Testinen',
        need: 'Päivärytmi ja työkyvyn arviointi',
        'suitable-placement': 'Puutyöt pajalla',
      });
      await expect.poll(() => measures.phase()).toBe('activation-plan');

      const today = helsinkiToday();
      await measures.makeAgreement({
        provider: 'E2E-työpaja',
        start: shift(today, -14),
        end: shift(today, 60),
        goals: 'Säännöllinen päivärytmi',
        interim: today,
      });
      await expect.poll(() => measures.phase()).toBe('activity');

      // Attendance: one day present, one day absent (creates a task), then TE informed.
      const agreement = measures.agreement();
      await agreement.recordPresent(today, '5');
      await expect.poll(() => agreement.attendedDays()).toBe(1);
      const absentDay = shift(today, -1);
      await agreement.recordAbsent(absentDay, 'sick');
      await expect.poll(() => agreement.absences()).toBe(1);
      if (absentDay.slice(0, 7) !== today.slice(0, 7)) await agreement.showMonth(absentDay.slice(0, 7));
      await agreement.row(absentDay).waitFor();
      await agreement.teButtons.first().click();
      await expect.poll(() => agreement.teButtons.count()).toBe(0);
      expect(await agreement.row(absentDay).getAttribute('data-te-informed')).toMatch(/^\d{4}-\d{2}-\d{2}T/);

      await measures.recordStep('interim-evaluation', {
        feedback: 'Sujunut hyvin, aamut vielä vaikeita.',
        rating: '4',
      });
      await expect.poll(() => measures.phase()).toBe('interim-evaluation');

      await measures.recordStep('end', {
        reason: 'education',
        'final-evaluation': 'Tavoitteet saavutettiin.',
        'follow-on-plan': 'Ammatilliseen koulutukseen syksyllä.',
      });
      await expect.poll(() => measures.phase()).toBe('end');
      await checkA11y(page, 'client measures after the path');
      await screenshot(page, 'measures-work-activity-path');

      // The allowance list of the month shows the organisation's rate.
      const allowances = await new AllowancesPage(page).open(today.slice(0, 7));
      await expect.poll(async () => (await allowances.rate.textContent()) ?? '').toContain('9,00');
      await checkA11y(page, 'allowances');

      // The client plan tab lists the path among the client's measures and links to the measures tab.
      const plan = await new PlanMeasures(page, clientId).open();
      await plan.linksToMeasures.first().waitFor();
      const listed = (await (await page.request.get(`/api/clients/${clientId}/measures`)).json()) as {
        measures: { kind: string; status: string }[];
      };
      expect(listed.measures).toContainEqual(expect.objectContaining({ kind: 'work-activity', status: 'end' }));
      await checkA11y(page, 'plan tab with measures');
      await plan.linksToMeasures.last().click();
      await page.waitForURL((url) => url.pathname === `/app/clients/${clientId}/measures`);
    } finally {
      await context.close();
    }
  });
});

describe('provider account', () => {
  it('lands on its own participants, records a day with hours and an absence, at 320 px', async () => {
    const { context, page } = await newPage(browser, { width: 320, height: 800 });
    try {
      await login(page, 'tyotoiminta');
      const portal = await new ProviderPortalPage(page).waitForLanding();
      expect(await portal.intro.textContent()).toContain('Työpaja Verstas');

      // Only its own agreements, each shown as first name + last-name initial.
      const api = (await (await page.request.get('/api/work-activity/provider/agreements')).json()) as {
        agreements: { participant: string; providerName: string; status: string }[];
      };
      expect(api.agreements.length).toBeGreaterThan(0);
      expect(new Set(api.agreements.map((a) => a.providerName))).toEqual(new Set(['Työpaja Verstas']));
      await expect.poll(() => portal.cards.count()).toBe(api.agreements.length);
      for (const name of await portal.participants()) expect(name).toMatch(/^\S+ \S\.$/);
      await checkA11y(page, 'provider page');
      // Nothing wider than the 320 px viewport.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

      const card = portal.recordable();
      const today = helsinkiToday();
      // A clear field error for impossible hours; nothing is sent.
      await card.recordPresent(today, '13');
      await expect.poll(() => card.hours.getAttribute('aria-invalid')).toBe('true');
      expect(await card.row(today).count()).toBe(0);
      await card.recordPresent(today, '4,5');
      await expect.poll(async () => (await card.saved.textContent()) ?? '').toContain(today);
      await card.row(today).and(page.locator('[data-attended="true"][data-hours="4.5"]')).waitFor();

      const absentDay = shift(today, -1);
      await card.recordAbsent(absentDay, 'sick');
      await expect.poll(async () => (await card.saved.textContent()) ?? '').toContain(absentDay);
      await card.row(absentDay).and(page.locator('[data-reason="sick"]')).waitFor();
      await checkA11y(page, 'provider page after recording');
      await screenshot(page, 'measures-provider-page-320');

      // Staff pages stay closed to the provider account.
      await page.goto('/app/measures');
      await qa(page, 'forbidden').waitFor();
      expect(await measuresHub(page).count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe('group-based social work', () => {
  it('runs a group from invitation to the closing session; the expert-by-experience leader sees first names only', async () => {
    const { context, page } = await newPage(browser);
    const groupName = `E2E-ryhmä ${Date.now()}`;
    let groupUrl = '';
    try {
      await login(page, 'sosiaalityontekija');
      await (
        await new GroupsPage(page).open()
      ).create({
        name: groupName,
        targetGroup: 'Pitkään työttömänä olleet',
        leaders: ['Kaisa Kokemusasiantuntija'],
        firstDate: helsinkiToday(),
      });
      groupUrl = new URL(page.url()).pathname;
      const group = new GroupPage(page);
      await group.session(6).waitFor();
      expect(await group.closingSessions.count()).toBe(1);
      expect(await group.closingSessions.getAttribute('data-no')).toBe('6');

      // Invitation from the client's measures.
      const measures = await new ClientMeasuresPage(page, clientId).open();
      await measures.invite(groupName);
      await expect.poll(() => measures.membership(groupName).getAttribute('data-status')).toBe('invited');

      // First session: present, the confidentiality rule accepted.
      await group.open(groupUrl);
      await group.recordAttendance(1, [0], true);
      await expect.poll(() => group.member(0).getAttribute('data-confidentiality-accepted')).toMatch(/^\d{4}-/);
      expect(await group.member(0).getAttribute('data-status')).toBe('joined');
      // Anonymous feedback after the session.
      await group.addFeedback(1, { met: 'yes', thoughts: 'Mukava porukka' });
      await expect.poll(() => group.feedbackYes(1)).toBe(1);

      // Closing session with decision makers.
      await group.recordAttendance(6, [0]);
      await group.setGuests(6, 'Perusturvalautakunnan puheenjohtaja');
      await expect.poll(() => group.guests(6).inputValue()).toBe('Perusturvalautakunnan puheenjohtaja');
      await group.close();
      await expect.poll(() => group.status()).toBe('closed');
      // A closed group is read-only.
      await expect.poll(() => group.saveAttendanceButtons.count()).toBe(0);
      await checkA11y(page, 'closed group');
      await screenshot(page, 'measures-group-closed');
    } finally {
      await context.close();
    }

    const expert = await newPage(browser);
    try {
      await login(expert.page, 'kokemusasiantuntija');
      const group = await (await new GroupsPage(expert.page).open()).openGroup(groupName);
      await group.leaderView.waitFor();
      expect(await group.saveAttendanceButtons.count()).toBe(0);
      expect(await expert.page.content()).not.toContain(clientId);
      await checkA11y(expert.page, 'expert leader view');
    } finally {
      await expert.context.close();
    }
  });
});

describe('manager views', () => {
  it('shows the benefit-decision reports and the allowance rate form, accessibly', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'esihenkilo');
      const decisions = await new BenefitDecisionsPage(page).open();
      await decisions.processingTimesTitle.waitFor();
      await decisions.professionalGroups.waitFor();
      expect(await decisions.csvLinks.count()).toBe(2);
      await checkA11y(page, 'benefit decision reports');
      const allowances = await new AllowancesPage(page).open();
      await allowances.rateField.waitFor();
      expect(await allowances.rateField.inputValue()).toBe('9,00');
      await checkA11y(page, 'allowances with rate form');
      await screenshot(page, 'measures-allowances-manager');
    } finally {
      await context.close();
    }
  });
});
