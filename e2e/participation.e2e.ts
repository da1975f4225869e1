// Participation closes its loop: a client answers after-meeting feedback on a phone without
// JavaScript; the worker sees "too few answers" until the minimum is reached; a manager moderates a
// free-text answer, turns it into a proposal, marks it done with a response; the public page shows it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, checkA11y, launchBrowser, login, newPage, screenshot } from './browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// The demo worker "Olli Ohjaaja" has three answers (below the minimum of five) and the code OLLIOH.
const CODE = 'ollioh';

async function noJsPhone() {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: { width: 360, height: 640 },
    javaScriptEnabled: false,
    locale: 'fi-FI',
  });
  return { context, page: await context.newPage() };
}

/**
 * axe-core runs inside the page, which needs JavaScript; the pages themselves have none, so the
 * check runs in a JavaScript-enabled context at the same phone size on the same HTML.
 */
async function checkPublicA11y(path: string, submitEmpty = false) {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: { width: 360, height: 640 },
    locale: 'fi-FI',
  });
  try {
    const page = await context.newPage();
    await page.goto(path);
    if (submitEmpty) {
      await page.locator('form[method="post"] button[type="submit"]').click();
      await page.locator('.error-summary').waitFor();
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checkA11y(page, path + (submitEmpty ? ' (errors)' : ''));
  } finally {
    await context.close();
  }
}

async function answerFeedback(
  page: Page,
  opts: { met: 'yes' | 'partly' | 'no'; opinion?: string; wishes?: string; rating?: number },
) {
  await page.goto(`/palaute/${CODE}`);
  await page.locator(`#met-${opts.met}`).check();
  if (opts.opinion) await page.locator('#opinion').fill(opts.opinion);
  if (opts.wishes) await page.locator('#wishes').fill(opts.wishes);
  if (opts.rating) await page.locator(`#rating-${opts.rating}`).check();
  await page.getByRole('button', { name: 'Lähetä palaute' }).click();
  await page.waitForURL(`**/palaute/${CODE}/kiitos`);
}

describe('after-meeting feedback closes its loop', () => {
  it('a client answers on a 360 px phone without JavaScript; errors show next to the field', async () => {
    const { context, page } = await noJsPhone();
    try {
      await page.goto(`/palaute/${CODE}`);
      await expect(page.locator('h1').textContent()).resolves.toBe('Palaute tapaamisesta');
      // Nothing fits sideways on a small phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await checkPublicA11y(`/palaute/${CODE}`);
      // Sending an empty form saves nothing and points at the first question.
      await page.getByRole('button', { name: 'Lähetä palaute' }).click();
      await page.locator('#met_expectations-error').waitFor();
      expect(await page.locator('#met_expectations-error').textContent()).toContain(
        'Vastaa ainakin yhteen kysymykseen',
      );
      await checkPublicA11y(`/palaute/${CODE}`, true);
      await answerFeedback(page, { met: 'partly', wishes: 'Toivoisin, että aulassa olisi vesiautomaatti.', rating: 4 });
      await page.getByRole('heading', { name: 'Kiitos palautteestasi!' }).waitFor();
      await screenshot(page, 'participation-feedback-thanks-360');
      for (const path of [
        `/palaute/${CODE}/kiitos`,
        `/sv/respons/${CODE}`,
        `/en/feedback/${CODE}`,
        `/palaute/${CODE}?selko=1`,
      ])
        await checkPublicA11y(path);
    } finally {
      await context.close();
    }
  });

  it('the worker sees "too few answers" until the minimum, then the results', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'sosiaaliohjaaja');
      await page.goto('/app/feedback');
      await page.getByTestId('feedback-too-few').waitFor();
      expect(await page.getByTestId('feedback-code').textContent()).toBe(CODE.toUpperCase());
      await checkA11y(page, 'own feedback below the minimum');
      // Four answers now (3 demo + 1 above); one more reaches five.
      const phone = await noJsPhone();
      await answerFeedback(phone.page, { met: 'yes', opinion: 'Asiat hoituivat hyvin.', rating: 5 });
      await phone.context.close();
      await page.reload();
      await page.getByTestId('feedback-results').waitFor();
      expect(await page.getByTestId('feedback-count').textContent()).toBe('5');
      await checkA11y(page, 'own feedback results');
      await screenshot(page, 'participation-own-results');
    } finally {
      await context.close();
    }
  });

  it('a manager moderates, makes a proposal, marks it done, and the public page shows it', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'esihenkilo');
      await page.goto('/app/feedback/team');
      const card = page.getByTestId('moderation-item').filter({ hasText: 'vesiautomaatti' });
      await card.waitFor();
      await checkA11y(page, 'unit feedback and moderation');
      await card.getByRole('button', { name: 'Hyväksy sellaisenaan' }).click();
      // After approval the answer is listed under approved ones.
      await page.locator('#fb-mod-status').selectOption('approved');
      const approved = page.getByTestId('moderation-item').filter({ hasText: 'vesiautomaatti' });
      await approved.getByRole('button', { name: 'Tee kehittämisehdotus' }).click();
      await approved.getByLabel('Otsikko').fill('Vesiautomaatti odotustilaan');
      await approved.getByLabel('Aihe').selectOption('premises');
      await approved.getByRole('button', { name: 'Tallenna ehdotus' }).click();
      await approved.getByRole('link', { name: 'Ehdotus tehty' }).click();

      await page.waitForURL('**/app/proposals');
      await page.getByRole('button', { name: 'Vesiautomaatti odotustilaan' }).click();
      await page.locator('#prop-status').selectOption('done');
      await page.locator('#prop-response').fill('Odotustilassa on nyt vesiautomaatti.');
      await page.getByRole('button', { name: 'Tallenna tila' }).click();
      await page.locator('#prop-detail-title + p').filter({ hasText: 'Toteutettu' }).waitFor();
      await checkA11y(page, 'proposals');
    } finally {
      await context.close();
    }
    const pub = await noJsPhone();
    try {
      await pub.page.goto('/mita-teimme');
      await pub.page.locator('#aihe').selectOption('premises');
      await pub.page.locator('#tila').selectOption('done');
      await pub.page.getByRole('button', { name: 'Näytä' }).click();
      await pub.page.waitForURL(/aihe=premises/);
      const item = pub.page.locator('li', { hasText: 'Vesiautomaatti odotustilaan' });
      await item.waitFor();
      expect(await item.textContent()).toContain('Odotustilassa on nyt vesiautomaatti.');
      // The answer's own words stay inside: only the title and the response are public.
      expect(await pub.page.content()).not.toContain('Toivoisin, että aulassa');
      await screenshot(pub.page, 'participation-what-we-did-360');
      for (const path of ['/mita-teimme?aihe=premises&tila=done', '/sv/vad-vi-gjorde', '/en/what-we-did'])
        await checkPublicA11y(path);
    } finally {
      await pub.context.close();
    }
  });

  it('the model survey is answered on the web without JavaScript and the yearly report compares with last year', async () => {
    const { context, page } = await newPage(browser);
    let surveyPath = '';
    try {
      await login(page, 'esihenkilo');
      await page.goto('/app/surveys');
      const link = page.getByRole('link', { name: 'Asiakastyytyväisyyskysely' }).first();
      await link.waitFor();
      await checkA11y(page, 'surveys list');
      surveyPath = (await page.getByRole('link', { name: 'Verkkolomake' }).first().getAttribute('href'))!;
    } finally {
      await context.close();
    }
    const phone = await noJsPhone();
    try {
      await phone.page.goto(surveyPath);
      await phone.page.locator('#gender-woman').check();
      await phone.page.locator('#birth_year').fill('1980');
      await phone.page.locator('#q1-5').check();
      await phone.page.locator('#q12-4').check();
      await phone.page.locator('#free_text').fill('Kiitos avusta.');
      await phone.page.getByRole('button', { name: 'Lähetä vastaus' }).click();
      await phone.page.getByRole('heading', { name: 'Kiitos vastauksestasi!' }).waitFor();
      // Kiosk: a fresh form after each answer.
      await phone.page.goto(`${surveyPath}?kiosk=1`);
      await phone.page.locator('#q4-5').check();
      await phone.page.getByRole('button', { name: 'Lähetä vastaus' }).click();
      await phone.page.getByText('Lomake on valmis seuraavalle vastaajalle').waitFor();
      expect(await phone.page.locator('#q4-5').isChecked()).toBe(false);
    } finally {
      await phone.context.close();
    }
    for (const path of [
      surveyPath,
      `${surveyPath}?kiosk=1`,
      `${surveyPath}/tulosta`,
      surveyPath.replace('/kysely/', '/sv/enkat/'),
      surveyPath.replace('/kysely/', '/en/survey/'),
    ])
      await checkPublicA11y(path);
    await checkPublicA11y(surveyPath, true);

    const manager = await newPage(browser);
    try {
      await login(manager.page, 'esihenkilo');
      await manager.page.goto(`/app/surveys/${surveyPath.split('/').pop()}`);
      await manager.page.getByTestId('survey-results').waitFor();
      // Last year's survey in the same month is shown alongside.
      expect(Number(await manager.page.getByTestId('prev-q1').textContent())).toBeGreaterThan(0);
      expect(Number(await manager.page.getByTestId('mean-q1').textContent())).toBeGreaterThan(0);
      await checkA11y(manager.page, 'survey results');
      await screenshot(manager.page, 'participation-survey-results');
    } finally {
      await manager.context.close();
    }
  });

  it('the other participation pages of the staff app pass axe', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'esihenkilo');
      for (const [path, heading] of [
        ['/app/feedback', 'Asiakaspalaute'],
        ['/app/feedback/paper', 'Paperisten palautekorttien kirjaus'],
        ['/app/group-interviews', 'Ryhmähaastattelut'],
      ] as const) {
        await page.goto(path);
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await page
          .locator('.state-loading')
          .first()
          .waitFor({ state: 'detached' })
          .catch(() => undefined);
        await checkA11y(page, path);
      }
      // The demo group interview's actions are listed with their owners.
      expect(await page.locator('main').textContent()).toContain('Kokeile iltapäivän puhelinaikaa');

      // The survey builder: a one-question survey in three languages is saved as a draft.
      await page.goto('/app/surveys/new');
      await page.getByRole('heading', { level: 1, name: 'Uusi kysely' }).waitFor();
      await checkA11y(page, 'survey builder');
      for (const [prefix, text] of [
        ['b-title', 'Ryhmäkysely'],
        ['b-intro', 'Kerro mielipiteesi'],
        ['b-s0', 'Ryhmä'],
        ['b-s0-i0', 'Ryhmä auttoi minua'],
      ] as const) {
        for (const l of ['fi', 'sv', 'en']) await page.locator(`#${prefix}-${l}`).fill(`${text} (${l})`);
      }
      await page.getByRole('button', { name: 'Tallenna luonnos' }).click();
      await page.waitForURL(/\/app\/surveys\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { level: 1, name: 'Ryhmäkysely (fi)' }).waitFor();
    } finally {
      await context.close();
    }
  });
});
