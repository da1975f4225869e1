// Foundation: every demo role logs in to a start page and navigation that show what the server lets
// them do, the language switch changes the texts, admin pages, the portal and the accessibility
// statement pass axe, the navigation fits a phone, logout ends the session.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, newPage, screenshot } from './browser';
import { ActivationPage, OrganisationsPage, UsersPage } from './pages/administration';
import { field, qa } from './pages/common';
import { login, LoginPage } from './pages/login';
import { EmployeeShell } from './pages/shell';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

// What each demo user's navigation offers: the groups, and one page of each that must be there.
// Written out by hand (not derived from the registry), so a changed rule shows up here.
const STAFF: { username: string; groups: string[]; has: string[]; hasNot: string[] }[] = [
  {
    username: 'sosiaalityontekija',
    groups: ['clientWork', 'measures', 'participation', 'servicemap'],
    has: ['/app/my-work', '/app/clients', '/app/services'],
    hasNot: ['/app/admin/users', '/app/unit-overview', '/app/concerns'],
  },
  {
    username: 'sosiaaliohjaaja',
    groups: ['clientWork', 'measures', 'participation', 'servicemap'],
    has: ['/app/my-work', '/app/clients'],
    hasNot: ['/app/admin/users', '/app/feedback/team'],
  },
  {
    username: 'etuuskasittelija',
    groups: ['clientWork', 'measures', 'participation', 'servicemap'],
    has: ['/app/concerns', '/app/measures/benefit-decisions'],
    hasNot: ['/app/clients', '/app/my-work'],
  },
  {
    // The manager works with clients too (the server allows client work to the manager).
    username: 'esihenkilo',
    groups: ['clientWork', 'measures', 'participation', 'servicemap'],
    has: ['/app/unit-overview', '/app/clients', '/app/feedback/team', '/app/services/suggestions'],
    hasNot: ['/app/admin/users'],
  },
  {
    username: 'kokemusasiantuntija',
    groups: ['measures', 'participation', 'servicemap'],
    has: ['/app/measures/groups', '/app/proposals'],
    hasNot: ['/app/clients', '/app/my-work'],
  },
  {
    username: 'yllapitaja',
    groups: ['servicemap', 'administration'],
    has: ['/app/admin/users', '/app/admin/audit', '/app/services'],
    hasNot: ['/app/clients'],
  },
];

describe('login', () => {
  it.each(STAFF)('$username lands on the start page with the navigation their actions allow', async (user) => {
    const { context, page } = await newPage(browser);
    const shell = new EmployeeShell(page);
    try {
      await login(page, user.username);
      expect(new URL(page.url()).pathname).toBe('/app/');
      expect(await shell.groups()).toEqual(user.groups);
      const paths = await shell.paths();
      for (const p of user.has) expect(paths, p).toContain(p);
      for (const p of user.hasNot) expect(paths, p).not.toContain(p);
      // The start page's cards lead to the same pages.
      for (const group of user.groups) await shell.startGroup(group).waitFor();
      expect(await page.title()).toContain('Osallinen');
      // After a full page load the first Tab stop is the skip link.
      await page.reload();
      await shell.nav.waitFor();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
      await checkA11y(page, `start page of ${user.username}`);
      await screenshot(page, `start-${user.username}`);
    } finally {
      await context.close();
    }
  });

  it('the client lands on the portal and is greeted by name', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'asiakas');
      expect(new URL(page.url()).pathname).toBe('/oma/');
      const h1 = await page.locator('main h1').textContent();
      expect(h1).toContain('Aino');
      // The start page leads to the plan, the meetings and the viewing log.
      const links = await page.locator('main .card-link').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
      expect(links).toEqual(['/oma/suunnitelma', '/oma/tapaamiset', '/oma/katselut']);
      await checkA11y(page, 'client portal');
      await screenshot(page, 'portal-start');
    } finally {
      await context.close();
    }
  });

  it('the portal sends a visitor without a session to the login page and back', async () => {
    const { context, page } = await newPage(browser);
    try {
      await page.goto('/oma/');
      await page.waitForURL((url) => url.pathname === '/' && url.searchParams.get('next') === '/oma/');
      await new LoginPage(page).submit('asiakas');
      await page.waitForURL((url) => url.pathname === '/oma/');
    } finally {
      await context.close();
    }
  });

  it('a wrong password shows an accessible error and the login page passes axe', async () => {
    const { context, page } = await newPage(browser);
    try {
      const loginPage = await new LoginPage(page).open();
      await loginPage.submit('sosiaalityontekija', 'not-the-password');
      const alert = page.locator('[role="alert"]').filter({ hasText: /\S/ });
      await alert.first().waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      await checkA11y(page, 'login page with an error');
      await screenshot(page, 'login-error');
    } finally {
      await context.close();
    }
  });
});

describe('language', () => {
  it('switching fi → sv → en changes the texts, <html lang> and the lang cookie', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'sosiaalityontekija');
      expect(await page.locator('main h1').textContent()).toContain('Tervetuloa');
      expect(await page.getAttribute('html', 'lang')).toBe('fi');

      const shell = new EmployeeShell(page);
      await shell.chooseLanguage('sv');
      await page.locator('main h1', { hasText: 'Välkommen' }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('sv');
      expect(await qa(page, 'lang-sv').getAttribute('aria-current')).toBe('true');
      expect(await shell.nav.textContent()).toContain('Mitt arbete');

      await shell.chooseLanguage('en');
      await page.locator('main h1', { hasText: 'Welcome' }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      const cookies = await context.cookies();
      expect(cookies.find((c) => c.name === 'lang')?.value).toBe('en');

      // The choice survives a reload.
      await page.reload();
      await page.locator('main h1', { hasText: 'Welcome' }).waitFor();
      await checkA11y(page, 'start page in English');
    } finally {
      await context.close();
    }
  });
});

describe('administration', () => {
  const pages = [
    { path: '/app/admin/organisations', name: 'organisations', ready: 'table' },
    { path: '/app/admin/units', name: 'units', ready: 'table' },
    { path: '/app/admin/users', name: 'users', ready: 'table' },
    { path: '/app/admin/audit', name: 'audit', ready: 'table, main .state-empty' },
    { path: '/app/account', name: 'account', ready: 'form' },
  ];

  it('admin pages render data and pass axe', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'yllapitaja');
      for (const p of pages) {
        await page.goto(p.path);
        await page
          .locator(
            p.ready
              .split(', ')
              .map((r) => (r.startsWith('main') ? r : `main ${r}`))
              .join(', '),
          )
          .first()
          .waitFor();
        await checkA11y(page, p.path);
        await screenshot(page, `admin-${p.name}`);
      }
    } finally {
      await context.close();
    }
  });

  it('an administrator can add an organisation and a conflicting edit is reported', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'yllapitaja');
      const orgs = await new OrganisationsPage(page).open();
      const name = `E2E-kunta ${Date.now()}`;
      await orgs.fill({ name, kind: 'kunta', population: '1234' });
      await orgs.save();
      await orgs.saved.waitFor();
      await orgs.row(name).waitFor();

      // Open the edit form, then change the row behind its back through the API.
      await orgs.edit(name);
      await page.waitForFunction(
        (n) => (document.querySelector('[data-qa="organisation-name"] input') as HTMLInputElement)?.value === n,
        name,
      );
      const changed = await page.evaluate(async (orgName) => {
        const csrf = (await (await fetch('/api/auth/csrf')).json()).token as string;
        const list = (await (await fetch('/api/admin/organisations')).json()).organisations as {
          id: string;
          name: string;
          version: number;
        }[];
        const org = list.find((o) => o.name === orgName)!;
        const res = await fetch(`/api/admin/organisations/${org.id}`, {
          method: 'PATCH',
          headers: { 'content-type': 'application/json', 'x-csrf-token': csrf },
          body: JSON.stringify({ population: 4321, version: org.version }),
        });
        return res.status;
      }, name);
      expect(changed).toBe(200);
      await orgs.name().fill(`${name} muokattu`);
      await orgs.save();
      await orgs.conflict.waitFor();
      await screenshot(page, 'admin-conflict');
      // Reloading brings the current version into the form; saving then succeeds.
      await orgs.reloadAfterConflict();
      await page.waitForFunction(
        () =>
          (document.querySelector('[data-qa="organisation-population"] input') as HTMLInputElement)?.value === '4321',
      );
      expect(await orgs.conflict.count()).toBe(0);
      await orgs.name().fill(`${name} muokattu`);
      await orgs.save();
      // Saved: the edit form gives way to the empty form for a new organisation.
      await orgs.row(`${name} muokattu`).waitFor();
      expect(await orgs.population().inputValue()).toBe('');
    } finally {
      await context.close();
    }
  });

  it('an administrator adds a user with a role; the user chooses their own password with the code of a letter', async () => {
    const { context, page } = await newPage(browser);
    const username = `e2e${Date.now()}`;
    let code: string;
    try {
      await login(page, 'yllapitaja');
      const users = await new UsersPage(page).open();
      await users.fillNew({ username: '', name: 'Testi Käyttäjä', unitIndex: 1, role: 'sosiaaliohjaaja' });
      await users.save();
      // A missing username: the error summary takes the focus and the field says why.
      await qa(users.form, 'error-summary').waitFor();
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-qa'))).toBe('error-summary');
      expect(await users.username().getAttribute('aria-invalid')).toBe('true');
      await users.username().fill(username);
      await users.save();
      await users.row(username).waitFor();
      // No password from the administrator: a letter with a one-time code.
      await users.letter.waitFor();
      code = await users.letterCode();
      expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
      await checkA11y(page, 'users page with the letter');
      await screenshot(page, 'admin-user-letter');
    } finally {
      await context.close();
    }
    const second = await newPage(browser, { width: 360, height: 640 });
    try {
      const activation = await new ActivationPage(second.page).open();
      await activation.activate(username, code, 'oma-testisalasana-123', 'eri-salasana-1234');
      await activation.error.waitFor();
      await activation.activate(username, code.toLowerCase(), 'oma-testisalasana-123');
      await activation.done.waitFor();
      await checkA11y(second.page, 'activation page');
      await login(second.page, username, 'oma-testisalasana-123');
      expect(await new EmployeeShell(second.page).paths()).toContain('/app/clients');
    } finally {
      await second.context.close();
    }
  });

  it('a worker cannot open the administration pages', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'sosiaalityontekija');
      expect(await new EmployeeShell(page).link('/app/admin/users').count()).toBe(0);
      await page.goto('/app/admin/users');
      await page.locator('main h1').waitFor();
      expect(await page.locator('main table').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});

describe('layout', () => {
  it('the start page fits a 320 px wide screen without horizontal scrolling', async () => {
    const { context, page } = await newPage(browser, { width: 320, height: 640 });
    try {
      await login(page, 'yllapitaja');
      await new EmployeeShell(page).startGroup('administration').waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, 'start-320px');
    } finally {
      await context.close();
    }
  });

  it('on a 360 px phone the navigation waits behind the menu button and the content starts on the first screen', async () => {
    const { context, page } = await newPage(browser, { width: 360, height: 640 });
    try {
      await login(page, 'esihenkilo');
      const shell = new EmployeeShell(page);
      expect(await shell.nav.isVisible()).toBe(false);
      const h1Top = await page.locator('main h1').evaluate((el) => el.getBoundingClientRect().top);
      expect(h1Top).toBeLessThan(640);
      await screenshot(page, 'nav-360-closed');
      await shell.openMenu();
      expect(await shell.nav.isVisible()).toBe(true);
      await checkA11y(page, 'navigation menu open at 360 px');
      await screenshot(page, 'nav-360-open');
      await shell.navigate('/app/feedback/team');
      // Choosing a page closes the menu again.
      expect(await shell.nav.isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('client-side navigation moves focus to main and sets the page title', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'yllapitaja');
      await new EmployeeShell(page).link('/app/admin/users').click();
      await page.waitForURL('**/app/admin/users');
      await page.locator('main h1').waitFor();
      // The page chunk loads lazily; focus moves once the new page has rendered.
      await page.waitForFunction(() => document.activeElement?.id === 'main');
      expect(await page.title()).toMatch(/^Käyttäjät – Osallinen$/);
    } finally {
      await context.close();
    }
  });
});

describe('accessibility statement', () => {
  it('is linked from the footer and passes axe', async () => {
    const { context, page } = await newPage(browser);
    try {
      await page.goto('/');
      const href = await page.locator('footer a[href="/saavutettavuus"]').getAttribute('href');
      expect(href).toBe('/saavutettavuus');
      const res = await page.goto('/saavutettavuus');
      expect(res?.status()).toBe(200);
      await checkA11y(page, '/saavutettavuus');
      await screenshot(page, 'accessibility-statement');
    } finally {
      await context.close();
    }
  });
});

describe('logout', () => {
  it('ends the session', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'esihenkilo');
      await new EmployeeShell(page).logout();
      await page.waitForURL((url) => url.pathname === '/');
      await field(page, 'login-username').waitFor();
      await page.goto('/app/');
      await page.waitForURL((url) => url.pathname === '/' && url.searchParams.has('next'));
      const me = await page.evaluate(async () => (await fetch('/api/me')).status);
      expect(me).toBe(401);
    } finally {
      await context.close();
    }
  });
});
