// Foundation: every demo role logs in to its start page, the language switch changes the texts,
// admin pages, the portal and the accessibility statement pass axe, logout ends the session.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, login, newPage, screenshot } from './browser';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const STAFF: { username: string; role: string }[] = [
  { username: 'sosiaalityontekija', role: 'sosiaalityontekija' },
  { username: 'sosiaaliohjaaja', role: 'sosiaaliohjaaja' },
  { username: 'etuuskasittelija', role: 'etuuskasittelija' },
  { username: 'esihenkilo', role: 'esihenkilo' },
  { username: 'kokemusasiantuntija', role: 'kokemusasiantuntija' },
  { username: 'yllapitaja', role: 'yllapitaja' },
];

describe('login', () => {
  it.each(STAFF)('$username lands on the employee start page with a $role section', async ({ username, role }) => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, username);
      expect(new URL(page.url()).pathname).toBe('/app/');
      await page.locator(`section[data-role="${role}"]`).waitFor();
      expect(await page.title()).toContain('Osallinen');
      // After a full page load the first Tab stop is the skip link.
      await page.reload();
      await page.locator(`section[data-role="${role}"]`).waitFor();
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
      await checkA11y(page, `start page of ${username}`);
      await screenshot(page, `start-${username}`);
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
      await page.locator('#login-username').fill('asiakas');
      await page.locator('#login-password').fill('osallinen-demo');
      await page.locator('form button[type="submit"]').click();
      await page.waitForURL((url) => url.pathname === '/oma/');
    } finally {
      await context.close();
    }
  });

  it('a wrong password shows an accessible error and the login page passes axe', async () => {
    const { context, page } = await newPage(browser);
    try {
      await page.goto('/');
      await page.locator('#login-username').fill('sosiaalityontekija');
      await page.locator('#login-password').fill('not-the-password');
      await page.locator('form button[type="submit"]').click();
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

      await page.locator('header button[lang="sv"]').click();
      await page.locator('main h1', { hasText: 'Välkommen' }).waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('sv');
      expect(await page.locator('header button[lang="sv"]').getAttribute('aria-current')).toBe('true');
      expect(await page.locator('nav').first().textContent()).toContain('Mitt arbete');

      await page.locator('header button[lang="en"]').click();
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
      await page.goto('/app/admin/organisations');
      await page.locator('main table').waitFor();
      const name = `E2E-kunta ${Date.now()}`;
      await page.locator('#org-new-name').fill(name);
      await page.locator('#org-new-kind').selectOption('kunta');
      await page.locator('#org-new-population').fill('1234');
      await page.locator('#org-new-name').locator('xpath=ancestor::form').locator('button[type="submit"]').click();
      await page.locator('main table td', { hasText: name }).waitFor();

      // Open the edit form, then change the row behind its back through the API.
      const row = page.locator('main table tr', { hasText: name });
      await row.locator('button').click();
      await page.locator('#org-edit-name').waitFor();
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
      await page.locator('#org-edit-name').fill(`${name} muokattu`);
      await page.locator('#org-edit-name').locator('xpath=ancestor::form').locator('button[type="submit"]').click();
      const alert = page.locator('.mutation-error[role="alert"]');
      await alert.waitFor();
      await screenshot(page, 'admin-conflict');
      // Reloading brings the current version into the form; saving then succeeds.
      await alert.locator('button').click();
      await page.waitForFunction(
        () => (document.getElementById('org-edit-population') as HTMLInputElement | null)?.value === '4321',
      );
      expect(await page.locator('.mutation-error').allTextContents()).toEqual([]);
      await page.locator('#org-edit-name').locator('xpath=ancestor::form').locator('button[type="submit"]').click();
      // Saved: the edit form closes without an error.
      await page.locator('#org-edit-name').waitFor({ state: 'detached' });
      expect(await page.locator('.mutation-error').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  it('an administrator can add a user with a role, who can then log in', async () => {
    const { context, page } = await newPage(browser);
    const username = `e2e${Date.now()}`;
    try {
      await login(page, 'yllapitaja');
      await page.goto('/app/admin/users');
      await page.locator('main table').waitFor();
      await page.locator('#user-new-username').fill(username);
      await page.locator('#user-new-name').fill('Testi Käyttäjä');
      await page.locator('#user-new-password').fill('lyhyt');
      await page.locator('#user-new-role-0-unit').selectOption({ index: 1 });
      await page.locator('#user-new-role-0-role').selectOption('sosiaaliohjaaja');
      const submit = page
        .locator('#user-new-username')
        .locator('xpath=ancestor::form')
        .locator('button[type="submit"]');
      await submit.click();
      // Too short a password is caught next to the field before anything is sent.
      await page.locator('#user-new-password[aria-invalid="true"]').waitFor();
      await page.locator('#user-new-password').fill('pitka-testisalasana-123');
      await submit.click();
      await page.locator('main table td', { hasText: username }).waitFor();
    } finally {
      await context.close();
    }
    const second = await newPage(browser);
    try {
      await login(second.page, username, 'pitka-testisalasana-123');
      await second.page.locator('section[data-role="sosiaaliohjaaja"]').waitFor();
    } finally {
      await second.context.close();
    }
  });

  it('a worker cannot open the administration pages', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'sosiaalityontekija');
      expect(await page.locator('nav a[href="/app/admin/users"]').count()).toBe(0);
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
      await page.locator('section[data-role="yllapitaja"]').waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, 'start-320px');
    } finally {
      await context.close();
    }
  });

  it('client-side navigation moves focus to main and sets the page title', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'yllapitaja');
      await page.locator('nav a[href="/app/admin/users"]').click();
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
      await page.locator('header .user-box button').click();
      await page.waitForURL((url) => url.pathname === '/');
      await page.locator('#login-username').waitFor();
      await page.goto('/app/');
      await page.waitForURL((url) => url.pathname === '/' && url.searchParams.has('next'));
      const me = await page.evaluate(async () => (await fetch('/api/me')).status);
      expect(me).toBe(401);
    } finally {
      await context.close();
    }
  });
});
