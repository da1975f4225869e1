// Service map: the public pages (server-rendered, work without JavaScript) and the workers' pages.
// Every element is found by its data-qa hook; the Leaflet markers and the site header are found by the
// classes their libraries and the page frame give them.
import type { Locator, Page } from 'playwright-core';
import { field, qa, settled } from './common';

const PUBLIC_SEARCH = { fi: '/palvelut', sv: '/sv/tjanster', en: '/en/services' } as const;

/** The public search page (no JavaScript needed; the map appears with it). */
export class PublicSearchPage {
  constructor(readonly page: Page) {}

  async open(lang: keyof typeof PUBLIC_SEARCH = 'fi', query = ''): Promise<this> {
    await this.page.goto(`${PUBLIC_SEARCH[lang]}${query}`);
    await qa(this.page, 'search-form').waitFor();
    return this;
  }

  /** Searches with the form and waits for the results page of the words. */
  async search(words: string): Promise<void> {
    await field(this.page, 'search-q').fill(words);
    await qa(this.page, 'search-submit').click();
    await this.page.waitForURL((url) => url.searchParams.get('q') === words);
  }

  async resultTitles(): Promise<string[]> {
    return qa(this.page, 'result-title').allTextContents();
  }

  result(name: string): Locator {
    return qa(this.page, 'result-title').filter({ hasText: name });
  }

  /** Opens a service's page from the results. */
  async openResult(name: string): Promise<PublicServicePage> {
    await this.result(name).locator('a').click();
    const service = new PublicServicePage(this.page);
    await service.name.filter({ hasText: name }).waitFor();
    return service;
  }

  /** The map's markers (Leaflet draws them when JavaScript runs). */
  get markers(): Locator {
    return qa(this.page, 'map').locator('.leaflet-marker-icon');
  }
}

/** One service's public page, or a printed handout of several. */
export class PublicServicePage {
  constructor(readonly page: Page) {}

  async open(serviceId: string): Promise<this> {
    await this.page.goto(`/palvelut/${serviceId}`);
    await this.name.first().waitFor();
    return this;
  }

  get name(): Locator {
    return qa(this.page, 'service-name');
  }

  /** The services shown (one on a service page, each chosen one on a handout). */
  get services(): Locator {
    return qa(this.page, 'service');
  }

  get hoursTables(): Locator {
    return qa(this.page, 'hours');
  }

  /** The opening hours row of an ISO weekday (1 = Monday). */
  hoursOf(weekday: number): Locator {
    return qa(this.page, `hours-${weekday}`);
  }

  /** The page frame's header (a handout hides it in print). */
  get siteHeader(): Locator {
    return this.page.locator('header.site-header');
  }
}

/** The public suggestion form. */
export class SuggestionForm {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/palvelut/ehdota');
    await qa(this.page, 'suggest-form').waitFor();
    return this;
  }

  async fill(values: { name: string; streetAddress?: string; municipality?: string }): Promise<void> {
    await field(this.page, 'suggest-name').fill(values.name);
    if (values.streetAddress) await field(this.page, 'suggest-streetAddress').fill(values.streetAddress);
    if (values.municipality) await field(this.page, 'suggest-municipality').fill(values.municipality);
  }

  /** Sends the form and waits for the thanks page. */
  async send(): Promise<void> {
    await qa(this.page, 'suggest-submit').click();
    await qa(this.page, 'suggest-thanks').waitFor();
  }
}

/** The public page of a theme map. */
export class PublicThemeMapPage {
  constructor(readonly page: Page) {}

  get title(): Locator {
    return qa(this.page, 'theme-map-title');
  }

  async resultTitles(): Promise<string[]> {
    await this.title.waitFor();
    return qa(this.page, 'result-title').allTextContents();
  }
}

/** The workers' service map: search, results with internal notes, the map, show to client, handout. */
export class WorkerServicesPage {
  constructor(readonly page: Page) {}

  async open(query = ''): Promise<this> {
    await this.page.goto(`/app/services${query}`);
    await settled(this.page);
    await qa(this.page, 'service-search').waitFor();
    return this;
  }

  get results(): Locator {
    return qa(this.page, 'search-result');
  }

  get map(): Locator {
    return qa(this.page, 'service-map');
  }

  /** The internal notes of the results (workers only; never on public pages). */
  get internalNotes(): Locator {
    return qa(this.page, 'internal-notes');
  }

  /** The texts of the nth result's internal notes. */
  async internalNotesOf(n: number): Promise<string[]> {
    return qa(this.results.nth(n), 'internal-notes').locator('p').allTextContents();
  }

  /** "Show to client" for the nth result: large text with the address and the map. */
  async showToClient(n = 0): Promise<void> {
    await qa(this.results.nth(n), 'show-to-client').click();
    await this.showView.waitFor();
  }

  get showView(): Locator {
    return qa(this.page, 'show-to-client-view');
  }

  get showAddress(): Locator {
    return qa(this.showView, 'show-address');
  }

  get showMap(): Locator {
    return qa(this.showView, 'service-map');
  }

  async closeShowToClient(): Promise<void> {
    await qa(this.page, 'close-show-to-client').click();
    await qa(this.page, 'service-search').waitFor();
  }

  async selectForHandout(n: number): Promise<void> {
    await field(this.results.nth(n), 'select-for-handout').check();
  }

  /** Follows the handout link to the public print page. */
  async printHandout(): Promise<PublicServicePage> {
    await qa(this.page, 'print-handout').click();
    await this.page.waitForURL(/\/palvelut\/tuloste\?id=/);
    return new PublicServicePage(this.page);
  }

  /** Opens a service from the results. */
  async openService(name: string): Promise<ServiceDetailPage> {
    await qa(this.results.filter({ hasText: name }), 'search-result-link').click();
    const detail = new ServiceDetailPage(this.page);
    await detail.name.filter({ hasText: name }).waitFor();
    return detail;
  }
}

/** One service in the workers' app. */
export class ServiceDetailPage {
  constructor(readonly page: Page) {}

  get name(): Locator {
    return qa(this.page, 'service-name');
  }

  /** The updater's edit link (shown when the server lets the user change the service). */
  get editLink(): Locator {
    return qa(this.page, 'edit-service');
  }

  async edit(): Promise<ServiceEditorPage> {
    await this.editLink.click();
    const editor = new ServiceEditorPage(this.page);
    await editor.form.waitFor();
    return editor;
  }
}

/** The updater's service editor. */
export class ServiceEditorPage {
  constructor(readonly page: Page) {}

  get form(): Locator {
    return qa(this.page, 'service-form');
  }

  /** A field of the nth hours row of a location: its weekday, opening or closing time. */
  hours(location: number, row: number, part: 'day' | 'opens' | 'closes'): Locator {
    return field(this.form, `hours-${location}-${row}-${part}`);
  }

  /** The server's message next to a field (by its hook, e.g. 'hours-0-0-closes'). */
  fieldError(hook: string): Locator {
    return qa(this.form, hook).locator('.fi-status-text--error');
  }

  get errorSummary(): Locator {
    return qa(this.form, 'error-summary');
  }

  /** Adds an hours row to a location and returns its index. */
  async addHours(location: number): Promise<number> {
    const row = await this.form.locator(`[data-qa^="hours-${location}-"][data-qa$="-opens"]`).count();
    await qa(this.form, `add-hours-${location}`).click();
    await this.hours(location, row, 'opens').waitFor();
    return row;
  }

  async save(): Promise<void> {
    await this.form.locator('button[type="submit"]').click();
  }
}

/** The updater's moderation queue. */
export class SuggestionsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/app/services/suggestions');
    await settled(this.page);
    return this;
  }

  suggestion(name: string): Locator {
    return qa(this.page, 'suggestion').filter({ hasText: name });
  }

  async approve(name: string): Promise<void> {
    await qa(this.suggestion(name), 'approve').click();
    await qa(this.page, 'suggestion-handled').waitFor();
  }
}

/** The updater's theme maps: the list with public links and embed snippets, and the editor. */
export class ThemeMapsPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/app/services/theme-maps');
    await settled(this.page);
    await qa(this.page, 'new-theme-map').waitFor();
    return this;
  }

  get form(): Locator {
    return qa(this.page, 'theme-map-form');
  }

  async startNew(): Promise<void> {
    await qa(this.page, 'new-theme-map').click();
    await this.form.waitFor();
  }

  async fill(values: { slug: string; titleFi: string }): Promise<void> {
    await field(this.form, 'theme-map-slug').fill(values.slug);
    await field(this.form, 'theme-map-title-fi').fill(values.titleFi);
  }

  /** Finds a service by name and adds it to the chosen ones. */
  async choose(name: string): Promise<void> {
    const chosen = qa(this.form, 'theme-map-chosen-service');
    const before = await chosen.count();
    await field(this.form, 'theme-map-search').fill(name);
    await qa(this.form, 'theme-map-find').click();
    // Ticking a found service moves it to the chosen ones (the box leaves the found list).
    await qa(this.form, 'theme-map-found').getByLabel(name, { exact: true }).click();
    await chosen.nth(before).filter({ hasText: name }).waitFor();
  }

  async save(): Promise<void> {
    await this.form.locator('button[type="submit"]').click();
    await qa(this.page, 'theme-maps').waitFor();
  }

  /** A map in the list, by its slug (shown in its public address). */
  map(slug: string): Locator {
    return qa(this.page, 'theme-map').filter({ has: qa(this.page, 'theme-map-public-link').filter({ hasText: slug }) });
  }

  async embedSnippet(slug: string): Promise<string> {
    return field(this.map(slug), 'theme-map-embed').inputValue();
  }

  /** Follows the map's public link. */
  async openPublic(slug: string): Promise<PublicThemeMapPage> {
    await qa(this.map(slug), 'theme-map-public-link').click();
    return new PublicThemeMapPage(this.page);
  }
}
