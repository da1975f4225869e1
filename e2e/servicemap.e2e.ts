// Service map: a resident finds substance-abuse services on a phone without JavaScript; a worker
// opens the map view, shows a service to a client and prints a handout; a public suggestion is
// visible only after an updater approves it; public pages pass axe.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, checkA11y, launchBrowser, login, newPage, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('service map', () => {
  it('a resident searches "päihde" on a 360×640 phone without JavaScript and finds the substance-abuse services', async () => {
    const context = await browser.newContext({
      baseURL: baseUrl(),
      viewport: { width: 360, height: 640 },
      javaScriptEnabled: false,
      locale: 'fi-FI',
    });
    const page = await context.newPage();
    try {
      await page.goto('/palvelut');
      await page.locator('#sm-q').fill('päihde');
      await page.locator('form.sm-search button[type="submit"]').click();
      await page.waitForURL(/q=p%C3%A4ihde/);
      const titles = await page.locator('.sm-result-title').allTextContents();
      expect(titles).toEqual(
        expect.arrayContaining([
          'Päihdeklinikka Seinäjoki',
          'Päihdepalvelut, avovastaanotto',
          'Päihdepoliklinikka Alavus',
        ]),
      );
      await screenshot(page, 'servicemap-search-phone-nojs');
      const searchUrl = page.url();
      await page.locator('.sm-result-title a', { hasText: 'Päihdeklinikka Seinäjoki' }).click();
      await page.locator('h1', { hasText: 'Päihdeklinikka Seinäjoki' }).waitFor();
      expect(await page.locator('.sm-hours').count()).toBeGreaterThan(0);
      const serviceUrl = page.url();
      // axe runs as a script, so the same pages are checked in a script-enabled phone context.
      const checker = await browser.newContext({
        baseURL: baseUrl(),
        viewport: { width: 360, height: 640 },
        locale: 'fi-FI',
      });
      const p2 = await checker.newPage();
      for (const url of [searchUrl, serviceUrl]) {
        await p2.goto(url);
        expect(await p2.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        await checkA11y(p2, url);
      }
      await checker.close();
    } finally {
      await context.close();
    }
  }, 120_000);

  it('the public search shows the map with JavaScript and passes axe in Swedish', async () => {
    const { context, page } = await newPage(browser);
    try {
      await page.goto('/sv/tjanster?theme=paihteet');
      await page.locator('#service-map .leaflet-marker-icon').first().waitFor();
      expect(await page.locator('#service-map .leaflet-marker-icon').count()).toBeGreaterThan(3);
      await checkA11y(page, 'service search (sv, JS)');
    } finally {
      await context.close();
    }
  });

  it('a worker opens the map view, shows a service to a client and prints a handout', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'sosiaaliohjaaja');
      await page.goto('/app/services?theme=paihteet');
      await page.locator('h1', { hasText: 'Palvelukartta' }).waitFor();
      await page.locator('.sm-worker-map').waitFor();
      await page.locator('summary', { hasText: 'Sisäiset tiedot' }).first().waitFor();
      await checkA11y(page, 'worker service map');
      // Show to client: large text and the location.
      await page.getByRole('button', { name: 'Näytä asiakkaalle' }).first().click();
      const show = page.locator('.sm-show');
      await show.waitFor();
      expect(await show.locator('h2', { hasText: 'Osoite' }).count()).toBe(1);
      await show.locator('.sm-worker-map').waitFor();
      await screenshot(page, 'servicemap-show-to-client');
      await page.getByRole('button', { name: 'Sulje asiakasnäkymä' }).click();
      // Choose two services and print the handout.
      const boxes = page.locator('input[type="checkbox"][id^="sel-"]');
      await boxes.nth(0).check();
      await boxes.nth(1).check();
      await page.locator('[data-testid="print-handout"]').click();
      await page.waitForURL(/\/palvelut\/tuloste\?id=/);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('article.sm-service').count()).toBe(2);
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.content()).not.toContain('Sisäiset tiedot');
      await page.emulateMedia({ media: 'screen' });
      await checkA11y(page, 'handout');
    } finally {
      await context.close();
    }
  });

  it('a public suggestion appears only after approval', async () => {
    const resident = await newPage(browser);
    const name = `Kylätalo Ehdotus ${Date.now()}`;
    try {
      await resident.page.goto('/palvelut/ehdota');
      await checkA11y(resident.page, 'suggestion form');
      await resident.page.locator('#sg-name').fill(name);
      await resident.page.locator('#sg-streetAddress').fill('Kylätie 5');
      await resident.page.locator('#sg-municipality').fill('Kurikka');
      await resident.page.locator('form button[type="submit"]').click();
      await resident.page.locator('h1', { hasText: 'Kiitos ehdotuksesta' }).waitFor();
      await resident.page.goto(`/palvelut?q=${encodeURIComponent(name)}`);
      expect(await resident.page.locator('.sm-result-title', { hasText: name }).count()).toBe(0);

      const updater = await newPage(browser);
      try {
        await login(updater.page, 'esihenkilo');
        await updater.page.goto('/app/services/suggestions');
        const card = updater.page.locator('li.card', { hasText: name });
        await card.getByRole('button', { name: 'Hyväksy ja julkaise' }).click();
        await updater.page.locator('.success-message').waitFor();
      } finally {
        await updater.context.close();
      }
      await resident.page.goto(`/palvelut?q=${encodeURIComponent(name)}`);
      await resident.page.locator('.sm-result-title', { hasText: name }).waitFor();
    } finally {
      await resident.context.close();
    }
  });

  it('the manager edits a service’s opening hours and the public page shows the change', async () => {
    const { context, page } = await newPage(browser, { width: 320, height: 800 });
    try {
      await login(page, 'esihenkilo');
      await page.goto(`/app/services?q=${encodeURIComponent('Kriisikeskus Mieli')}`);
      await page.locator('h3 a', { hasText: 'Kriisikeskus Mieli' }).click();
      await page.locator('h1', { hasText: 'Kriisikeskus Mieli' }).waitFor();
      const serviceUrl = page.url();
      await page.getByRole('link', { name: 'Muokkaa' }).click();
      await page.locator('h1', { hasText: 'Muokkaa palvelua' }).waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await checkA11y(page, 'service editor');
      // A bad time gets a field-level error and nothing is saved.
      await page.locator('#h-0-0-closes').fill('11:00');
      await page.locator('#h-0-0-opens').fill('12:00');
      await page.getByRole('button', { name: 'Tallenna' }).click();
      await page.getByText('Sulkemisajan pitää olla avaamisajan jälkeen.').waitFor();
      // Saturday 10:00–13:30 added as a new row.
      await page.locator('#h-0-0-opens').fill('12:00');
      await page.locator('#h-0-0-closes').fill('20:00');
      await page.getByRole('button', { name: 'Lisää aukiolorivi' }).click();
      const rows = await page.locator('[data-testid^="hours-0-"]').count();
      await page.locator(`#h-0-${rows - 1}-day`).selectOption('6');
      await page.locator(`#h-0-${rows - 1}-opens`).fill('10:00');
      await page.locator(`#h-0-${rows - 1}-closes`).fill('13:30');
      await page.getByRole('button', { name: 'Tallenna' }).click();
      await page.waitForURL(serviceUrl);
      const id = serviceUrl.split('/').pop();
      const pub = await context.newPage();
      await pub.goto(`/palvelut/${id}`);
      await pub.locator('.sm-hours', { hasText: 'lauantai' }).waitFor();
      expect(await pub.locator('.sm-hours').innerText()).toMatch(/lauantai[^\n]*10[.:]00[^\n]*13[.:]30/);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('the manager creates a theme map; its public page lists the chosen services', async () => {
    const { context, page } = await newPage(browser);
    const slug = `e2e-kartta-${Date.now()}`;
    try {
      await login(page, 'esihenkilo');
      await page.goto('/app/services/theme-maps');
      await page.locator('h1', { hasText: 'Teemakartat' }).waitFor();
      await page.getByRole('button', { name: 'Uusi teemakartta' }).click();
      await page.locator('#tm-slug').fill(slug);
      await page.locator('#title-fi').fill('Nuorten tilat');
      for (const name of ['Nuorisotila Pilari', 'Nuorisotila Nappi']) {
        await page.locator('#tm-search').fill(name);
        await page.getByRole('button', { name: 'Hae palveluita valintaan' }).click();
        await page.getByLabel(name, { exact: true }).check();
        await page
          .locator('[id^="tm-chosen-"]')
          .nth(name.endsWith('Nappi') ? 1 : 0)
          .waitFor();
      }
      await page.getByRole('button', { name: 'Tallenna' }).click();
      const card = page.locator('li.card', { hasText: 'Nuorten tilat' });
      await card.waitFor();
      expect(await card.locator('textarea').inputValue()).toContain(`/palvelut/upotus/${slug}`);
      await checkA11y(page, 'theme maps');
      await card.getByRole('link', { name: new RegExp(`/palvelut/teema/${slug}$`) }).click();
      await page.locator('h1', { hasText: 'Nuorten tilat' }).waitFor();
      const titles = await page.locator('.sm-result-title').allTextContents();
      expect(titles.sort()).toEqual(['Nuorisotila Nappi', 'Nuorisotila Pilari']);
    } finally {
      await context.close();
    }
  }, 120_000);
});
