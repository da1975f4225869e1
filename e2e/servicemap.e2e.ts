// Service map: a resident finds substance-abuse services on a phone without JavaScript; a worker
// opens the map view, shows a service to a client and prints a handout; a public suggestion is
// visible only after an updater approves it; the updater edits opening hours and makes a theme map;
// the pages pass axe.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, checkA11y, launchBrowser, newPage, screenshot } from './browser';
import { login } from './pages/login';
import {
  PublicSearchPage,
  PublicServicePage,
  SuggestionForm,
  SuggestionsPage,
  ThemeMapsPage,
  WorkerServicesPage,
} from './pages/servicemap';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const SUBSTANCE_SERVICES = ['Päihdeklinikka Seinäjoki', 'Päihdepalvelut, avovastaanotto', 'Päihdepoliklinikka Alavus'];

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
      const search = await new PublicSearchPage(page).open();
      await search.search('päihde');
      expect(await search.resultTitles()).toEqual(expect.arrayContaining(SUBSTANCE_SERVICES));
      await screenshot(page, 'servicemap-search-phone-nojs');
      const searchUrl = page.url();
      const service = await search.openResult('Päihdeklinikka Seinäjoki');
      expect(await service.hoursTables.count()).toBeGreaterThan(0);
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
      const search = await new PublicSearchPage(page).open('sv', '?theme=paihteet');
      await search.markers.first().waitFor();
      expect(await search.markers.count()).toBeGreaterThan(3);
      await checkA11y(page, 'service search (sv, JS)');
    } finally {
      await context.close();
    }
  });

  it('a worker opens the map view, shows a service to a client and prints a handout', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'sosiaaliohjaaja');
      const services = await new WorkerServicesPage(page).open('?theme=paihteet');
      await services.map.waitFor();
      await services.internalNotes.first().waitFor();
      await checkA11y(page, 'worker service map');
      // Show to client: large text and the location.
      await services.showToClient(0);
      await services.showAddress.waitFor();
      await services.showMap.waitFor();
      await screenshot(page, 'servicemap-show-to-client');
      await services.closeShowToClient();
      // Choose two services and print the handout: service details only, no internal notes.
      const notes = [...(await services.internalNotesOf(0)), ...(await services.internalNotesOf(1))];
      expect(notes.length).toBeGreaterThan(0);
      await services.selectForHandout(0);
      await services.selectForHandout(1);
      const handout = await services.printHandout();
      await page.emulateMedia({ media: 'print' });
      expect(await handout.services.count()).toBe(2);
      expect(await handout.siteHeader.isVisible()).toBe(false);
      const printed = await page.content();
      for (const note of notes) expect(printed).not.toContain(note);
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
      const form = await new SuggestionForm(resident.page).open();
      await checkA11y(resident.page, 'suggestion form');
      await form.fill({ name, streetAddress: 'Kylätie 5', municipality: 'Kurikka' });
      await form.send();
      const search = await new PublicSearchPage(resident.page).open('fi', `?q=${encodeURIComponent(name)}`);
      expect(await search.result(name).count()).toBe(0);

      const updater = await newPage(browser);
      try {
        await login(updater.page, 'esihenkilo');
        const queue = await new SuggestionsPage(updater.page).open();
        await queue.approve(name);
      } finally {
        await updater.context.close();
      }
      await search.open('fi', `?q=${encodeURIComponent(name)}`);
      await search.result(name).waitFor();
    } finally {
      await resident.context.close();
    }
  });

  it('the manager edits a service’s opening hours and the public page shows the change', async () => {
    const { context, page } = await newPage(browser, { width: 320, height: 800 });
    try {
      await login(page, 'esihenkilo');
      const services = await new WorkerServicesPage(page).open(`?q=${encodeURIComponent('Kriisikeskus Mieli')}`);
      const detail = await services.openService('Kriisikeskus Mieli');
      const serviceUrl = page.url();
      const editor = await detail.edit();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await checkA11y(page, 'service editor');
      // A bad time gets a field-level error and a summary, and nothing is saved.
      await editor.hours(0, 0, 'closes').fill('11:00');
      await editor.hours(0, 0, 'opens').fill('12:00');
      await editor.save();
      await editor.errorSummary.waitFor();
      await editor.fieldError('hours-0-0-closes').waitFor();
      expect(page.url()).not.toBe(serviceUrl);
      // Saturday 10:00–13:30 added as a new row.
      await editor.hours(0, 0, 'opens').fill('12:00');
      await editor.hours(0, 0, 'closes').fill('20:00');
      const row = await editor.addHours(0);
      await editor.hours(0, row, 'day').selectOption('6');
      await editor.hours(0, row, 'opens').fill('10:00');
      await editor.hours(0, row, 'closes').fill('13:30');
      await editor.save();
      await page.waitForURL(serviceUrl);
      const pub = await new PublicServicePage(await context.newPage()).open(serviceUrl.split('/').pop()!);
      expect(await pub.hoursOf(6).innerText()).toMatch(/10[.:]00\D+13[.:]30/);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('the manager creates a theme map; its public page lists the chosen services', async () => {
    const { context, page } = await newPage(browser);
    const slug = `e2e-kartta-${Date.now()}`;
    const title = 'Nuorten tilat';
    try {
      await login(page, 'esihenkilo');
      const maps = await new ThemeMapsPage(page).open();
      await maps.startNew();
      await maps.fill({ slug, titleFi: title });
      await maps.choose('Nuorisotila Pilari');
      await maps.choose('Nuorisotila Nappi');
      await maps.save();
      expect(await maps.embedSnippet(slug)).toContain(`/palvelut/upotus/${slug}`);
      await checkA11y(page, 'theme maps');
      const publicMap = await maps.openPublic(slug);
      expect((await publicMap.resultTitles()).sort()).toEqual(['Nuorisotila Nappi', 'Nuorisotila Pilari']);
    } finally {
      await context.close();
    }
  }, 120_000);
});
