// Client work, the whole path as a social worker: new client → contact → assessment → named worker →
// network with consent → plan (completeness, accept) → printout → meeting → review makes version 2 →
// end of the relationship; My work and the manager's overview; and the client sees their plan.
// Screenshots of the key pages go to test-results/screenshots/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, login, newPage, screenshot, syntheticHetu } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());

async function fillPlan(page: Page) {
  await page.locator('#plan-content-supportNeed-client').fill('Rahat eivät riitä vuokraan.');
  await page.locator('#plan-content-supportNeed-professional').fill('Vuokrarästit, asunto vaarassa.');
  await page.locator('#plan-content-servicesAndMeasures-client').fill('Apua raha-asioihin.');
  await page.locator('#plan-content-servicesAndMeasures-professional').fill('Talous- ja velkaneuvonta.');
  await page.locator('#plan-content-essentialServicesAssessment').fill('Ei välttämättömiä terveyspalveluja nyt.');
  await page.locator('#plan-content-meetingFrequency-intervalWeeks').fill('4');
  await page.locator('#plan-content-strengths-client').fill('Haluan pitää asuntoni.');
  await page.locator('#plan-content-strengths-professional').fill('Motivoitunut, sisko tukee.');
  await page.getByRole('button', { name: 'Lisää tavoite' }).click();
  await page.locator('#plan-content-goals-0-title').fill('Vuokrarästit maksuun');
  await page.getByRole('button', { name: 'Lisää tehtävä' }).click();
  await page.locator('#plan-content-agreedActions-0-action').fill('Varaan ajan velkaneuvontaan');
  await page.locator('#plan-content-estimatedDuration').fill('Noin vuosi.');
  await page.getByRole('button', { name: 'Lisää yhteistyötaho' }).click();
  await page.locator('#plan-content-partners-0-name').fill('Talous- ja velkaneuvonta');
  await page.locator('#plan-content-partners-0-responsibility').fill('Velkaneuvonta ja maksusuunnitelma');
  await page.locator('#plan-content-followUp-monitoring').fill('Tapaamisissa neljän viikon välein.');
  await page.locator('#plan-content-followUp-goalEvaluation').fill('Puolen vuoden välein yhdessä.');
  await page.locator('#plan-content-followUp-reassessment').fill('Tarkistuksessa.');
  await page.getByRole('button', { name: 'Lisää lupa' }).click();
  await page.locator('#plan-content-consents-0-partnerName').fill('Talous- ja velkaneuvonta');
  await page.locator('#plan-content-consents-0-scope').fill('Tulot, menot ja velat');
}

describe('client work path', () => {
  it('a social worker walks a new client from contact to the end of the relationship', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'sosiaalityontekija');
      await page.goto('/app/clients/new');
      const lastName = `Polku${Date.now().toString(36)}`;
      await page.locator('#new-first').fill('Pekka');
      await page.locator('#new-last').fill(lastName);
      await page.locator('#new-hetu').fill(syntheticHetu('92'));
      await page.getByRole('button', { name: 'Lisää asiakas' }).click();
      await page.waitForURL(/\/app\/clients\/[0-9a-f-]{36}$/);
      const clientUrl = new URL(page.url()).pathname;

      // Contact, assessment, named worker, network with consent (part A's pages).
      await page.getByRole('link', { name: 'Yhteydenotot' }).click();
      await page.locator('#contact-reason').fill('Vuokrarästejä');
      await page.getByRole('button', { name: 'Kirjaa yhteydenotto' }).click();
      await page.getByText('Arviointi aloitettava viimeistään', { exact: false }).waitFor();
      await page.getByRole('link', { name: 'Palvelutarpeen arviointi' }).click();
      await page.getByRole('button', { name: 'Aloita arviointi' }).click();
      await page.locator('#as-situationSummary').fill('Työtön, vuokrarästejä.');
      await page.locator('#as-professionalConclusion').fill('Asiakkuuden edellytykset täyttyvät.');
      await page.locator('#as-clientView').fill('Haluan pitää asuntoni.');
      await page.locator('#as-namedWorkerClientView').fill('Toivon omaa työntekijää.');
      await page.locator('#as-namedWorkerProfessionalView').fill('Omatyöntekijä tarpeen.');
      await page.locator('#as-supportNeeded-yes').check();
      await page.locator('#as-supportDuration-long-term').check();
      await page.locator('#as-specialSupportNeeded-no').check();
      await page.locator('#as-rightsInformation').fill('Kerrottu oikeuksista; asiakas ymmärsi.');
      await page.getByRole('button', { name: 'Hyväksy valmiiksi' }).click();
      await page.getByText('Valmis arviointi on asiakirja', { exact: false }).waitFor();
      await page.getByRole('link', { name: 'Omatyöntekijä' }).click();
      await page.locator('#nw-worker').selectOption({ label: 'Sanna Sosiaalityöntekijä' });
      await page.locator('#nw-informed').fill(today());
      await page.getByRole('button', { name: 'Tallenna' }).click();
      await page.locator('#nw-current').waitFor();
      await page.getByRole('link', { name: 'Läheisverkosto' }).click();
      await page.locator('#consent-by').fill('Asiakas itse');
      await page.locator('#consent-scope').fill('Läheisverkoston kartoitus');
      await page.getByRole('button', { name: 'Kirjaa peruste' }).click();
      await page.locator('#person-name').fill('Maija Sisko');
      await page.locator('#person-rel').fill('sisar');
      await page.getByRole('button', { name: 'Lisää läheinen' }).click();
      await page.getByRole('heading', { name: 'Maija Sisko (sisar)' }).waitFor();

      // Plan: a new draft names all nine missing elements; filled in and accepted it is in force.
      await page.getByRole('link', { name: 'Suunnitelma', exact: true }).click();
      await page.getByRole('button', { name: 'Aloita suunnitelma' }).click();
      await page.locator('.missing-list li').first().waitFor();
      expect(await page.locator('.missing-list li').count()).toBe(9);
      await checkA11y(page, 'plan draft');
      await screenshot(page, 'plan-draft-missing');
      await fillPlan(page);
      await page.getByRole('button', { name: 'Tallenna luonnos' }).click();
      await page.getByText('Kaikki lakisääteiset kohdat on täytetty.').waitFor();
      await page.getByRole('button', { name: 'Hyväksy suunnitelma' }).click();
      await page.getByText('Tämä versio on lukittu', { exact: false }).waitFor();
      await page.getByRole('button', { name: 'Versio 1 (voimassa)' }).waitFor();
      await screenshot(page, 'plan-accepted');

      // The client's printout, in plain Finnish.
      const printHref = await page.getByRole('link', { name: 'Tulostettava versio asiakkaalle' }).getAttribute('href');
      expect(printHref).toMatch(
        /^\/api\/clients\/[0-9a-f-]{36}\/plans\/[0-9a-f-]{36}\/versions\/[0-9a-f-]{36}\/print$/,
      );
      const print = await context.newPage();
      await print.goto(printHref!);
      await print.getByRole('heading', { name: 'Sinun suunnitelmasi' }).waitFor();
      expect(await print.locator('main').textContent()).toContain('Varaan ajan velkaneuvontaan');
      await checkA11y(print, 'plan printout');
      await screenshot(print, 'plan-print');
      await print.close();

      // A meeting with a short note.
      await page.getByRole('link', { name: 'Tapaamiset', exact: true }).click();
      await page.locator('#meeting-note').fill('Kävimme suunnitelman läpi.');
      await page.getByRole('button', { name: 'Kirjaa tapaaminen' }).click();
      await page.getByText('Tapaaminen kirjattu.').waitFor();
      await page.getByRole('cell', { name: 'Kävimme suunnitelman läpi.' }).waitFor();
      await screenshot(page, 'meetings');

      // Review: version 2 copies the content; accepting it leaves version 1 readable.
      await page.getByRole('link', { name: 'Suunnitelma', exact: true }).click();
      await page.getByRole('button', { name: 'Luo' }).click();
      await page.getByRole('button', { name: 'Versio 2 (luonnos)' }).waitFor();
      expect(await page.locator('#plan-content-goals-0-title').inputValue()).toBe('Vuokrarästit maksuun');
      await page.getByRole('button', { name: 'Hyväksy suunnitelma' }).click();
      await page.getByRole('button', { name: 'Versio 2 (voimassa)' }).waitFor();
      await page.getByRole('button', { name: 'Versio 1 (aiempi)' }).click();
      await page.getByText('Versio 1 · aiempi', { exact: false }).waitFor();
      await screenshot(page, 'plan-version-2');

      // My work lists the new client.
      await page.getByRole('link', { name: 'Oma työ' }).first().click();
      await page
        .locator('#my-work-clients')
        .getByRole('link', { name: `Pekka ${lastName}` })
        .waitFor();
      await checkA11y(page, 'my work');
      await screenshot(page, 'my-work');

      // End of the client relationship.
      await page.goto(clientUrl);
      await page.getByRole('button', { name: 'Päätä asiakkuus' }).click();
      await page.locator('#end-reason').fill('Tavoitteet saavutettu.');
      await page.locator('#end-title').waitFor();
      await page.locator('form').getByRole('button', { name: 'Päätä asiakkuus' }).click();
      await page.getByText('Asiakkuus päättyi', { exact: false }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('the manager sees the unit overview', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'esihenkilo');
      await page.getByRole('link', { name: 'Yksikön tilannekuva' }).first().click();
      await page.waitForURL(/\/app\/units\/[0-9a-f-]{36}\/overview$/);
      await page.locator('[data-count="activeClients"] .count-number').waitFor();
      expect(Number(await page.locator('[data-count="activeClients"] .count-number').textContent())).toBeGreaterThan(0);
      await checkA11y(page, 'unit overview');
      await screenshot(page, 'unit-overview');
    } finally {
      await context.close();
    }
  });

  it('the client logs in and sees their plan', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'asiakas');
      await page.getByRole('link', { name: 'Suunnitelma' }).first().click();
      await page.getByRole('heading', { name: 'Sinun suunnitelmasi' }).waitFor();
      expect(await page.locator('.portal-goal').count()).toBe(3);
      await screenshot(page, 'portal-plan');
    } finally {
      await context.close();
    }
  });
});
