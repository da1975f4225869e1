// Measures: one full rehabilitative work activity path (provider → activation plan → agreement →
// attendance with an absence → interim evaluation → end) and one group from invitation to the
// closing session, plus the expert-by-experience leader's first-name-only view.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, DEMO_PASSWORD, launchBrowser, login, newPage, screenshot } from './browser';

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

async function phase(page: Page) {
  return (await page.getByTestId('wa-phase').textContent())?.trim();
}

describe('rehabilitative work activity', () => {
  it('goes the whole path from a new provider to the end with a coded reason', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'sosiaaliohjaaja');
      await page.goto('/app/measures');
      await page.getByRole('link', { name: 'Työtoiminnan järjestäjät' }).click();
      await page.locator('#provider-name').fill('E2E-työpaja');
      await page.locator('#provider-transport').fill('Bussi 2');
      await page.locator('#provider-capacity').fill('4');
      await page.getByRole('button', { name: 'Lisää' }).click();
      await page.getByRole('cell', { name: 'E2E-työpaja', exact: true }).waitFor();
      await checkA11y(page, 'providers register');

      await page.goto(`/app/measures/clients/${clientId}`);
      await page.getByRole('button', { name: 'Aloita työtoiminnan polku' }).click();
      await page.locator('#step-summary').fill('Kokonaisvaltainen tilannearvio tehty yhdessä.');
      await page.getByRole('button', { name: 'Tallenna' }).click();
      await expect.poll(() => phase(page)).toBe('Tilannearvio');

      await page.locator('#step-kind').selectOption('activation-plan');
      await page.locator('#step-employmentWorker').fill('TE-asiantuntija Testinen');
      await page.locator('#step-need').fill('Päivärytmi ja työkyvyn arviointi');
      await page.locator('#step-suitablePlacement').fill('Puutyöt pajalla');
      await page.getByRole('button', { name: 'Tallenna' }).click();
      await expect.poll(() => phase(page)).toBe('Aktivointisuunnitelma');

      const today = helsinkiToday();
      await page.getByText('Toimintasuunnitelma ja sopimus').click();
      await page.locator('#agreement-provider').selectOption({ label: 'E2E-työpaja' });
      await page.locator('#agreement-start').fill(shift(today, -14));
      await page.locator('#agreement-end').fill(shift(today, 60));
      await page.locator('#agreement-goals').fill('Säännöllinen päivärytmi');
      await page.locator('#agreement-interim').fill(today);
      await page.locator('form:has(#agreement-provider)').getByRole('button', { name: 'Tallenna' }).click();
      await expect.poll(() => phase(page)).toBe('Työtoiminnassa');

      // Attendance: one day present, one day absent (creates a task), then TE informed.
      const attForm = page.locator('form[aria-label="Kirjaa päivä"]');
      await attForm.getByLabel('Päivä', { exact: true }).fill(today);
      await attForm.getByLabel('Tunnit').fill('5');
      await attForm.getByRole('button', { name: 'Kirjaa päivä' }).click();
      await expect
        .poll(async () => page.getByTestId('attendance-summary').textContent())
        .toContain('Läsnäolopäiviä 1, tunteja 5, poissaoloja 0');
      const absentDay = shift(today, -1);
      await attForm.getByLabel('Päivä', { exact: true }).fill(absentDay);
      await attForm.getByLabel('Läsnä').selectOption('no');
      await attForm.getByLabel('Poissaolon syy').selectOption('sick');
      await attForm.getByRole('button', { name: 'Kirjaa päivä' }).click();
      await expect.poll(async () => page.getByTestId('attendance-summary').textContent()).toContain('poissaoloja 1');
      if (absentDay.slice(0, 7) !== today.slice(0, 7)) await page.getByLabel('Kuukausi').fill(absentDay.slice(0, 7));
      await page.getByRole('button', { name: 'Merkitse: ilmoitettu TE-palveluille' }).click();
      await page
        .getByRole('cell', { name: today.slice(0, 4), exact: false })
        .first()
        .waitFor();
      await expect
        .poll(() => page.getByRole('button', { name: 'Merkitse: ilmoitettu TE-palveluille' }).count())
        .toBe(0);

      await page.locator('#step-kind').selectOption('interim-evaluation');
      await page.locator('#step-feedback').fill('Sujunut hyvin, aamut vielä vaikeita.');
      await page.locator('#step-rating').selectOption('4');
      await page.locator('form:has(#step-kind)').getByRole('button', { name: 'Tallenna' }).click();
      await expect.poll(() => phase(page)).toBe('Väliarviointi');

      await page.locator('#step-kind').selectOption('end');
      await page.locator('#step-reasonCode').selectOption('education');
      await page.locator('#step-finalEvaluation').fill('Tavoitteet saavutettiin.');
      await page.locator('#step-followOnPlan').fill('Ammatilliseen koulutukseen syksyllä.');
      await page.locator('form:has(#step-kind)').getByRole('button', { name: 'Tallenna' }).click();
      await expect.poll(() => phase(page)).toBe('Päättynyt');
      await checkA11y(page, 'client measures after the path');
      await screenshot(page, 'measures-work-activity-path');

      // The absence reached the counsellor as a task and was closed by the TE notice; the allowance list shows the day.
      await page.goto('/app/measures/allowances');
      await page.locator('#allowance-month').fill(today.slice(0, 7));
      await page.getByText('Korvaus 9,00 € / läsnäolopäivä').waitFor();
      await checkA11y(page, 'allowances');

      // The client plan tab lists the path among the client's measures and links to the measures tab.
      await page.goto(`/app/clients/${clientId}/plan`);
      const planMeasures = page.getByTestId('plan-measures');
      await planMeasures.getByRole('link', { name: 'Kuntouttava työtoiminta' }).first().waitFor();
      expect(await planMeasures.textContent()).toContain('Päättynyt');
      await checkA11y(page, 'plan tab with measures');
      await planMeasures.getByRole('link', { name: 'Avaa toimenpiteet' }).click();
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
      await page.waitForURL((url) => url.pathname === '/app/provider');
      await page.getByRole('heading', { level: 1, name: 'Työtoiminnan osallistujat' }).waitFor();
      await page.getByText('Työpaja Verstas: kirjaa osallistujien läsnäolo', { exact: false }).waitFor();

      // Only its own agreements, each shown as first name + last-name initial.
      const api = (await (await page.request.get('/api/work-activity/provider/agreements')).json()) as {
        agreements: { participant: string; providerName: string; status: string }[];
      };
      expect(api.agreements.length).toBeGreaterThan(0);
      expect(new Set(api.agreements.map((a) => a.providerName))).toEqual(new Set(['Työpaja Verstas']));
      const cards = page.getByTestId('provider-agreement');
      await expect.poll(() => cards.count()).toBe(api.agreements.length);
      for (const name of await cards.locator('h2').allTextContents()) expect(name).toMatch(/^\S+ \S\.$/);
      await checkA11y(page, 'provider page');
      // Nothing wider than the 320 px viewport.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

      const card = cards.filter({ has: page.locator('form') }).first();
      const form = card.locator('form');
      const today = helsinkiToday();
      await form.getByLabel('Päivä', { exact: true }).fill(today);
      // A clear field error for impossible hours; nothing is sent.
      await form.getByLabel('Tunnit').fill('13');
      await form.getByRole('button', { name: 'Kirjaa päivä' }).click();
      await form.getByText('Anna tunnit väliltä 0,5–12 puolen tunnin tarkkuudella.').waitFor();
      await form.getByLabel('Tunnit').fill('4,5');
      await form.getByRole('button', { name: 'Kirjaa päivä' }).click();
      await form.getByText(`Päivä ${today} tallennettu.`).waitFor();
      await card
        .getByRole('row')
        .filter({ hasText: today })
        .filter({ hasText: 'Paikalla' })
        .filter({ hasText: '4,5' })
        .waitFor();

      const absentDay = shift(today, -1);
      await form.getByLabel('Päivä', { exact: true }).fill(absentDay);
      await form.getByLabel('Paikalla', { exact: true }).selectOption('no');
      await form.getByLabel('Poissaolon syy').selectOption('sick');
      await form.getByRole('button', { name: 'Kirjaa päivä' }).click();
      await form.getByText(`Päivä ${absentDay} tallennettu.`).waitFor();
      await card.getByRole('row').filter({ hasText: absentDay }).filter({ hasText: 'Sairaus' }).waitFor();
      await checkA11y(page, 'provider page after recording');
      await screenshot(page, 'measures-provider-page-320');

      // Staff pages stay closed to the provider account.
      await page.goto('/app/measures');
      await page.getByRole('heading', { level: 1, name: 'Ei käyttöoikeutta', exact: false }).waitFor();
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
      await page.goto('/app/measures/groups');
      await page.locator('#group-name').fill(groupName);
      await page.locator('#group-target').fill('Pitkään työttömänä olleet');
      await page.getByLabel('Kaisa Kokemusasiantuntija').check();
      await page.locator('#group-first').fill(helsinkiToday());
      await page.locator('form:has(#group-name)').getByRole('button', { name: 'Tallenna' }).click();
      await page.waitForURL(/\/app\/measures\/groups\/[0-9a-f-]{36}$/);
      groupUrl = new URL(page.url()).pathname;
      await page.getByRole('heading', { name: 'Tapaaminen 6:', exact: false }).waitFor();
      expect(await page.getByText('Päätöstapaaminen päättäjien kanssa').count()).toBe(1);

      // Invitation from the client's measures.
      await page.goto(`/app/measures/clients/${clientId}`);
      await page.locator('#invite-group').selectOption({ label: groupName });
      await page.getByRole('button', { name: 'Kutsu' }).click();
      await page.getByText(`${groupName} — Kutsuttu`).waitFor();

      // First session: present, the confidentiality rule accepted.
      await page.goto(groupUrl);
      await page.locator('#s1-present-0').check();
      await page.locator('#s1-conf-0').check();
      await page.locator('article:has(#s1-title)').getByRole('button', { name: 'Tallenna läsnäolot' }).click();
      await page.getByText('Luottamuksellisuussääntö hyväksytty', { exact: false }).waitFor();
      // Anonymous feedback after the session.
      await page.locator('article:has(#s1-title)').getByText('Palaute tapaamisesta (nimetön)').click();
      await page.locator('#s1-met').selectOption('yes');
      await page.locator('#s1-thoughts').fill('Mukava porukka');
      await page.locator('article:has(#s1-title)').getByRole('button', { name: 'Tallenna palaute' }).click();
      await expect.poll(() => page.getByTestId('s1-feedback').textContent()).toContain('Kyllä 1');

      // Closing session with decision makers.
      await page.locator('#s6-present-0').check();
      await page.locator('article:has(#s6-title)').getByRole('button', { name: 'Tallenna läsnäolot' }).click();
      await page.locator('article:has(#s6-title)').getByText('Ryhmän muistiinpanot / Päättäjät (vieraat)').click();
      await page.locator('#s6-guests').fill('Perusturvalautakunnan puheenjohtaja');
      await page.locator('article:has(#s6-title)').getByRole('button', { name: 'Tallenna', exact: true }).click();
      await expect.poll(() => page.locator('#s6-guests').inputValue()).toBe('Perusturvalautakunnan puheenjohtaja');
      await page.getByRole('button', { name: 'Päätä ryhmä' }).click();
      await page.getByText('Pitkään työttömänä olleet · Päättynyt').waitFor();
      // A closed group is read-only.
      await expect.poll(() => page.getByRole('button', { name: 'Tallenna läsnäolot' }).count()).toBe(0);
      await checkA11y(page, 'closed group');
      await screenshot(page, 'measures-group-closed');
    } finally {
      await context.close();
    }

    const expert = await newPage(browser);
    try {
      await login(expert.page, 'kokemusasiantuntija');
      await expert.page.goto('/app/measures/groups');
      await expert.page.getByRole('link', { name: groupName }).click();
      await expert.page.getByText('Näet ryhmän kokemusasiantuntijaohjaajana', { exact: false }).waitFor();
      expect(await expert.page.getByRole('button', { name: 'Tallenna läsnäolot' }).count()).toBe(0);
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
      await page.goto('/app/measures/benefit-decisions');
      await page.getByRole('heading', { name: 'Käsittelyajat kuukausittain' }).waitFor();
      await page.getByRole('region', { name: 'Päätökset ja asiakastapaamiset ammattiryhmittäin' }).waitFor();
      expect(await page.getByRole('link', { name: 'Lataa CSV' }).count()).toBe(2);
      await checkA11y(page, 'benefit decision reports');
      await page.goto('/app/measures/allowances');
      await page.locator('#rate-eur').waitFor();
      expect(await page.locator('#rate-eur').inputValue()).toBe('9,00');
      await checkA11y(page, 'allowances with rate form');
      await screenshot(page, 'measures-allowances-manager');
    } finally {
      await context.close();
    }
  });
});
