// Participation closes its loop: a client answers after-meeting feedback on a phone without
// JavaScript; the worker sees "too few answers" until the minimum is reached; a manager moderates a
// free-text answer, turns it into a proposal, marks it done with a response; the public page shows it.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, checkA11y, launchBrowser, newPage, screenshot } from './browser';
import { login } from './pages/login';
import {
  GroupInterviewsPage,
  OwnFeedbackPage,
  PaperFeedbackPage,
  ProposalsPage,
  PublicFeedbackForm,
  PublicSurveyForm,
  submitEmptyPublicForm,
  SurveyBuilderPage,
  SurveyResultsPage,
  SurveysPage,
  TeamFeedbackPage,
  WhatWeDidPage,
} from './pages/participation';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// The demo worker "Olli Ohjaaja" has three answers (below the minimum of five) and the code OLLIOH.
const CODE = 'ollioh';
const WISH = 'Toivoisin, että aulassa olisi vesiautomaatti.';
const PROPOSAL = 'Vesiautomaatti odotustilaan';
const RESPONSE = 'Odotustilassa on nyt vesiautomaatti.';

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
    if (submitEmpty) await submitEmptyPublicForm(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await checkA11y(page, path + (submitEmpty ? ' (errors)' : ''));
  } finally {
    await context.close();
  }
}

describe('after-meeting feedback closes its loop', () => {
  it('a client answers on a 360 px phone without JavaScript; errors show next to the field', async () => {
    const { context, page } = await noJsPhone();
    try {
      const form = await new PublicFeedbackForm(page, CODE).open();
      expect(await form.lang()).toBe('fi');
      // Nothing fits sideways on a small phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      await checkPublicA11y(PublicFeedbackForm.path(CODE));
      // Sending an empty form saves nothing and points at the first question.
      await form.submit();
      await form.fieldError('met_expectations').waitFor();
      await form.errorSummary.waitFor();
      await checkPublicA11y(PublicFeedbackForm.path(CODE), true);
      await form.answer({ met: 'partly', wishes: WISH, rating: 4 });
      await screenshot(page, 'participation-feedback-thanks-360');
      for (const path of [
        PublicFeedbackForm.thanksPath(CODE),
        PublicFeedbackForm.path(CODE, 'sv'),
        PublicFeedbackForm.path(CODE, 'en'),
        PublicFeedbackForm.path(CODE, 'fi', true),
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
      const own = await new OwnFeedbackPage(page).open();
      await own.tooFew.waitFor();
      expect(await own.code()).toBe(CODE.toUpperCase());
      await checkA11y(page, 'own feedback below the minimum');
      // Four answers now (3 demo + 1 above); one more reaches five.
      const phone = await noJsPhone();
      await new PublicFeedbackForm(phone.page, CODE).answer({
        met: 'yes',
        opinion: 'Asiat hoituivat hyvin.',
        rating: 5,
      });
      await phone.context.close();
      await page.reload();
      await own.results.waitFor();
      expect(await own.count()).toBe(5);
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
      const team = await new TeamFeedbackPage(page).open();
      await team.answer('vesiautomaatti').waitFor();
      await checkA11y(page, 'unit feedback and moderation');
      await team.approve('vesiautomaatti');
      // After approval the answer is listed under approved ones.
      await team.showModeration('approved');
      await team.makeProposal('vesiautomaatti', { title: PROPOSAL, theme: 'premises' });
      await team.openProposalMade('vesiautomaatti');

      const proposals = new ProposalsPage(page);
      await proposals.openProposal(PROPOSAL);
      await proposals.changeStatus({ status: 'done', response: RESPONSE });
      expect(await proposals.detailStatus()).toBe('done');
      await checkA11y(page, 'proposals');
    } finally {
      await context.close();
    }
    const pub = await noJsPhone();
    try {
      const whatWeDid = await new WhatWeDidPage(pub.page).open();
      await whatWeDid.filter({ theme: 'premises', status: 'done' });
      await pub.page.waitForURL(/aihe=premises/);
      const item = whatWeDid.proposal(PROPOSAL);
      await item.waitFor();
      expect(await item.textContent()).toContain(RESPONSE);
      // The answer's own words stay inside: only the title and the response are public.
      expect(await pub.page.content()).not.toContain(WISH.slice(0, 20));
      await screenshot(pub.page, 'participation-what-we-did-360');
      for (const path of [
        `${WhatWeDidPage.paths.fi}?aihe=premises&tila=done`,
        WhatWeDidPage.paths.sv,
        WhatWeDidPage.paths.en,
      ])
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
      await new SurveysPage(page).open();
      await checkA11y(page, 'surveys list');
      surveyPath = await new SurveysPage(page).firstPublishedFormPath();
      expect(surveyPath).toMatch(/^\/kysely\/[0-9a-f-]{36}$/);
    } finally {
      await context.close();
    }
    const phone = await noJsPhone();
    try {
      const survey = await new PublicSurveyForm(phone.page, surveyPath).open();
      await survey.choose('gender', 'woman');
      await survey.write('birth_year', '1980');
      await survey.choose('q1', 5);
      await survey.choose('q12', 4);
      await survey.write('free_text', 'Kiitos avusta.');
      await survey.submit();
      await survey.thanks.waitFor();
      // Kiosk: a fresh form after each answer.
      await survey.open({ kiosk: true });
      await survey.choose('q4', 5);
      await survey.submit();
      await survey.kioskThanks.waitFor();
      expect(await survey.choice('q4', 5).isChecked()).toBe(false);
    } finally {
      await phone.context.close();
    }
    for (const path of PublicSurveyForm.variants(surveyPath)) await checkPublicA11y(path);
    await checkPublicA11y(surveyPath, true);

    const manager = await newPage(browser);
    try {
      await login(manager.page, 'esihenkilo');
      const results = await new SurveyResultsPage(manager.page).open(surveyPath.split('/').pop()!);
      // Last year's survey in the same month is shown alongside.
      expect(await results.previousMean('q1')).toBeGreaterThan(0);
      expect(await results.mean('q1')).toBeGreaterThan(0);
      await checkA11y(manager.page, 'survey results');
      await screenshot(manager.page, 'participation-survey-results');
    } finally {
      await manager.context.close();
    }
    // Seven accessibility checks of public pages, each in a fresh browser context: more than the
    // default minute on a busy machine.
  }, 180_000);

  it('the other participation pages of the staff app pass axe', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'esihenkilo');
      await new OwnFeedbackPage(page).open();
      await checkA11y(page, 'own feedback');
      await new PaperFeedbackPage(page).open();
      await checkA11y(page, 'paper feedback cards');
      const interviews = await new GroupInterviewsPage(page).open();
      await checkA11y(page, 'group interviews');
      // The demo group interview's actions are listed with their owners.
      expect(await interviews.agreedActions()).toContain('Kokeile iltapäivän puhelinaikaa');

      // The survey builder: a one-question survey in three languages is saved as a draft.
      const builder = await new SurveyBuilderPage(page).open();
      await checkA11y(page, 'survey builder');
      await builder.fillTexts('b-title', 'Ryhmäkysely');
      await builder.fillTexts('b-intro', 'Kerro mielipiteesi');
      await builder.fillTexts('b-s0', 'Ryhmä');
      await builder.fillTexts('b-s0-i0', 'Ryhmä auttoi minua');
      expect(await builder.save()).toBe('Ryhmäkysely (fi)');
    } finally {
      await context.close();
    }
  });
});
