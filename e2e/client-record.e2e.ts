// Client record (issue 3, part A): a social worker creates a client, records a contact, completes
// the service needs assessment, assigns a named worker, records consent and a close person.
// Also: the client page passes axe and works at 320 px.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, login, newPage, screenshot, syntheticHetu } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('client record', () => {
  it('a social worker takes a new client through contact, assessment, named worker and network', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'sosiaalityontekija');
      await page.getByRole('link', { name: 'Asiakkaat' }).first().click();
      await page.waitForURL('**/app/clients');
      await page.getByRole('link', { name: 'Uusi asiakas' }).click();
      await page.waitForURL('**/app/clients/new');

      const lastName = `Selain${Date.now().toString(36)}`;
      // A bad identity code gets a field-level error and creates nothing.
      await page.locator('#new-first').fill('Eemeli');
      await page.locator('#new-last').fill(lastName);
      await page.locator('#new-hetu').fill('131052-308U');
      await page.getByRole('button', { name: 'Lisää asiakas' }).click();
      await page
        .locator('#new-hetu-error, .fi-text-input_statusText, [id$="statusText"]')
        .getByText('Henkilötunnus ei ole kelvollinen', { exact: false })
        .first()
        .waitFor();
      await page.locator('#new-hetu').fill(syntheticHetu('91'));
      await page.getByRole('button', { name: 'Lisää asiakas' }).click();
      await page.waitForURL(/\/app\/clients\/[0-9a-f-]{36}$/);
      const clientUrl = new URL(page.url()).pathname;
      await page.locator('main h1', { hasText: lastName }).waitFor();
      await checkA11y(page, 'client basic data');

      // Contact
      await page.getByRole('link', { name: 'Yhteydenotot' }).click();
      await page.locator('#contact-reason').fill('Vuokrarästejä, tarvitsee apua');
      await page.getByRole('button', { name: 'Kirjaa yhteydenotto' }).click();
      await page.getByText('Arviointi aloitettava viimeistään', { exact: false }).waitFor();

      // Assessment: start, try to approve empty (names the missing statutory parts), fill, approve.
      await page.getByRole('link', { name: 'Palvelutarpeen arviointi' }).click();
      await page.getByRole('button', { name: 'Aloita arviointi' }).click();
      await page.locator('#as-situationSummary').waitFor();
      await page.getByRole('button', { name: 'Hyväksy valmiiksi' }).click();
      await page.locator('.error-summary').getByText('ammattihenkilön johtopäätökset', { exact: false }).waitFor();
      await page.locator('#as-situationSummary').fill('Työtön, vuokrarästejä, asunto vaarassa.');
      await page.locator('#as-professionalConclusion').fill('Asiakkuuden edellytykset täyttyvät.');
      await page.locator('#as-clientView').fill('Haluan pitää asuntoni.');
      await page.locator('#as-namedWorkerClientView').fill('Toivon omaa työntekijää.');
      await page.locator('#as-namedWorkerProfessionalView').fill('Omatyöntekijä tarpeen.');
      await page.locator('#as-supportNeeded-yes').check();
      await page.locator('#as-supportDuration-long-term').check();
      await page.locator('#as-specialSupportNeeded-no').check();
      await page.locator('#as-rightsInformation').fill('Kerrottu oikeuksista ja vaihtoehdoista; asiakas ymmärsi.');
      await page.locator('[id="as-sections.housing"]').fill('Vuokra-asunto.');
      await page.getByRole('button', { name: 'Hyväksy valmiiksi' }).click();
      await page.getByText('Valmis arviointi on asiakirja', { exact: false }).waitFor();
      await expect(page.getByText('Vuokra-asunto.').count()).resolves.toBe(1);

      // Named worker
      await page.getByRole('link', { name: 'Omatyöntekijä' }).click();
      await page.locator('#nw-worker').selectOption({ label: 'Sanna Sosiaalityöntekijä' });
      await page
        .locator('#nw-informed')
        .fill(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date()));
      await page.getByRole('button', { name: 'Tallenna' }).click();
      await page.locator('#nw-current').waitFor();
      await page.locator('.client-header', { hasText: 'Sanna Sosiaalityöntekijä' }).waitFor();

      // Close network: blocked until consent is recorded.
      await page.getByRole('link', { name: 'Läheisverkosto' }).click();
      await page.getByText('ei ole suostumusta', { exact: false }).waitFor();
      expect(await page.locator('#person-name').count()).toBe(0);
      await page.locator('#consent-by').fill('Asiakas itse');
      await page.locator('#consent-scope').fill('Läheisverkoston kartoitus');
      await page.getByRole('button', { name: 'Kirjaa peruste' }).click();
      await page.locator('#person-name').waitFor();
      await page.locator('#person-name').fill('Maija Sisko');
      await page.locator('#person-rel').fill('sisar');
      await page.locator('#person-support').fill('Auttaa asioinnissa');
      await page.locator('#person-needs').fill('Uupunut');
      await page.getByRole('button', { name: 'Lisää läheinen' }).click();
      await page.getByRole('heading', { name: 'Maija Sisko (sisar)' }).waitFor();
      await checkA11y(page, 'close network');
      await screenshot(page, 'client-network');

      // The page works on a narrow phone: no horizontal scrolling at 320 px.
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(`${clientUrl}/assessment`);
      await page.locator('main h2').first().waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, 'client-assessment-320');
    } finally {
      await context.close();
    }
  });
  it('a benefit handler raises a concern and cannot open the client page', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'etuuskasittelija');
      await page.getByRole('link', { name: 'Huoli' }).first().click();
      await page.waitForURL('**/app/concerns');
      await page.locator('#concern-search').fill('Aino Asiakas');
      await page.getByRole('button', { name: 'Hae' }).click();
      await page.getByRole('button', { name: /Asiakas, Aino/ }).click();
      await page.locator('#concern-text').fill('Asiakas kertoi vuokrarästeistä ja vaikutti uupuneelta.');
      await page.getByRole('button', { name: 'Lähetä huoli' }).click();
      await page.getByText('Huoli on välitetty sosiaalityölle.').waitFor();
      await page.locator('.record-list', { hasText: 'vaikutti uupuneelta' }).waitFor();
      await checkA11y(page, 'concern page');
      await page.goto('/app/clients');
      await page.getByRole('heading', { name: 'Ei käyttöoikeutta' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
