// Client record (client work, part A): a social worker creates a client, records a contact,
// completes the service needs assessment, assigns a named worker, records consent and a close
// person, sends a request to another authority, reveals the identity code and ends the
// relationship; on a phone the client page's tabs fold into one menu; a benefit handler raises a
// concern and cannot open the client pages. The pages pass axe and work at 320 px.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkA11y, launchBrowser, login, newPage, screenshot, syntheticHetu } from './browser';
import { ClientListPage, ConcernPage } from './pages/clients';
import { EmployeeShell } from './pages/shell';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

// Demo data (src/demo, src/modules/client-work/clients/demo.ts): the portal client and her named worker.
const DEMO_CLIENT = { search: 'Aino Asiakas', listed: 'Asiakas, Aino' };
const SOCIAL_WORKER = 'Sanna Sosiaalityöntekijä';

describe('client record', () => {
  it('a social worker takes a new client from the first contact to the end of the relationship', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'sosiaalityontekija');
      await new EmployeeShell(page).navigate('/app/clients');
      const newClient = await new ClientListPage(page).newClient();

      const lastName = `Selain${Date.now().toString(36)}`;
      // A bad identity code gets a field-level error and creates nothing.
      await newClient.fill({ firstName: 'Eemeli', lastName, henkilotunnus: '131052-308U' });
      await newClient.submit();
      await newClient.error('client-hetu').waitFor();
      expect(new URL(page.url()).pathname).toBe('/app/clients/new');
      const hetu = syntheticHetu('91');
      const client = await newClient.create({ henkilotunnus: hetu });
      expect(await client.name.textContent()).toContain(lastName);
      await checkA11y(page, 'client basic data');

      // Contact: it starts the statutory deadline of the assessment.
      const contacts = await client.contacts();
      const contact = await contacts.record({ reason: 'Vuokrarästejä, tarvitsee apua' });
      await contacts.startDue(contact).waitFor();

      // Assessment: completing an empty one names every missing statutory part; filled in, it completes.
      const assessment = await client.assessment();
      await assessment.start();
      await assessment.complete();
      expect(await assessment.missingParts()).toEqual([
        'situationSummary',
        'professionalConclusion',
        'clientView',
        'namedWorkerClientView',
        'namedWorkerProfessionalView',
        'supportNeeded',
        'specialSupportNeeded',
        'rightsInformation',
      ]);
      await assessment.fill({
        situationSummary: 'Työtön, vuokrarästejä, asunto vaarassa.',
        professionalConclusion: 'Asiakkuuden edellytykset täyttyvät.',
        clientView: 'Haluan pitää asuntoni.',
        namedWorkerClientView: 'Toivon omaa työntekijää.',
        namedWorkerProfessionalView: 'Omatyöntekijä tarpeen.',
        supportNeeded: 'yes',
        supportDuration: 'long-term',
        specialSupportNeeded: 'no',
        rightsInformation: 'Kerrottu oikeuksista ja vaihtoehdoista; asiakas ymmärsi.',
        sections: { housing: 'Vuokra-asunto.' },
      });
      await assessment.complete();
      await assessment.completed.waitFor();
      expect(await assessment.completed.getByText('Vuokra-asunto.').count()).toBe(1);

      // Named worker: the header shows who it is.
      const namedWorker = await client.namedWorkerTab();
      await namedWorker.assign(SOCIAL_WORKER, { informedToday: true });
      await client.namedWorker.filter({ hasText: SOCIAL_WORKER }).waitFor();

      // Close network: blocked until a consent is recorded.
      const network = await client.network();
      await network.noConsent.waitFor();
      expect(await network.personForm.count()).toBe(0);
      await network.recordConsent('Asiakas itse', 'Läheisverkoston kartoitus');
      await network.addPerson({
        name: 'Maija Sisko',
        relationship: 'sisar',
        supportRole: 'Auttaa asioinnissa',
        ownSupportNeeds: 'Uupunut',
      });
      await checkA11y(page, 'close network');
      await screenshot(page, 'client-network');

      // A request to another authority: sent, then answered.
      const requests = await client.authorityRequests();
      const request = await requests.send({
        authority: 'Työllisyyspalvelut',
        kind: 'employment',
        purpose: 'assessment',
        text: 'Pyydämme osallistumaan palvelutarpeen arviointiin.',
      });
      expect(await requests.state(request)).toBe('sent');
      await requests.recordAnswer(request, 'Osallistumme arviointiin.');
      expect(await requests.state(request)).toBe('answered');
      await checkA11y(page, 'authority requests');

      // Basic data: the identity code is masked until revealed (the reveal is in the use log).
      const basic = await client.basicData();
      expect(await basic.identityCode.textContent()).not.toContain(hetu);
      await basic.revealIdentityCode();
      expect(await basic.identityCode.textContent()).toContain(hetu);
      await basic.edit({ city: 'Esimerkkilä' });
      await basic.saved.waitFor();

      // The page works on a narrow phone: no horizontal scrolling at 320 px.
      await page.setViewportSize({ width: 320, height: 700 });
      await client.tab('assessment');
      await assessment.completed.waitFor();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshot(page, 'client-assessment-320');

      // End of the relationship.
      await page.setViewportSize({ width: 1280, height: 900 });
      const status = await client.status.textContent();
      await (await client.basicData()).endRelationship('Tavoitteet saavutettu.');
      expect(await client.status.textContent()).not.toBe(status);
    } finally {
      await context.close();
    }
    // The whole path in one test: about 30 s alone, close to a minute on a busy shared machine.
  }, 120_000);

  it('on a 360 px phone the tabs fold into one menu and the tab starts on the first screen', async () => {
    const { context, page } = await newPage(browser, { width: 360, height: 740 });
    try {
      await login(page, 'sosiaalityontekija');
      const list = await new ClientListPage(page).open();
      await list.search(DEMO_CLIENT.search);
      const client = await list.openClient(DEMO_CLIENT.listed);
      const tabs = client.tabs;
      expect(await tabs.folded()).toBe(true);
      expect(await tabs.link('contacts').isVisible()).toBe(false);
      expect(await tabs.keys()).toEqual(
        expect.arrayContaining(['basic', 'contacts', 'assessment', 'named-worker', 'network', 'authority-requests']),
      );
      // The open tab's own heading is on the first screen, not below a wall of tabs.
      const heading = await page.locator('main h2').first().boundingBox();
      expect(heading).not.toBeNull();
      expect(heading!.y + heading!.height).toBeLessThan(740);

      const contacts = await client.contacts();
      expect(new URL(page.url()).pathname).toBe(`/app/clients/${client.id}/contacts`);
      expect(await tabs.link('contacts').isVisible()).toBe(false);
      await contacts.contacts().first().waitFor();
      await tabs.toggle.click();
      await tabs.link('network').waitFor();
      await checkA11y(page, 'client tabs menu on a phone');
      await screenshot(page, 'client-tabs-360');

      // On a wide screen the same tabs are a row of links.
      await page.setViewportSize({ width: 1280, height: 900 });
      expect(await tabs.folded()).toBe(false);
      expect(await tabs.link('contacts').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('a benefit handler raises a concern and cannot open the client pages', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'etuuskasittelija');
      await new EmployeeShell(page).navigate('/app/concerns');
      const concerns = new ConcernPage(page);
      await concerns.chooseClient(DEMO_CLIENT.search, DEMO_CLIENT.listed);
      const text = `Asiakas kertoi vuokrarästeistä ${Date.now().toString(36)}.`;
      await concerns.send(text);
      await concerns.concerns().filter({ hasText: text }).waitFor();
      await checkA11y(page, 'concern page');
      expect(await (await new ClientListPage(page).open()).refused()).toBe(true);
    } finally {
      await context.close();
    }
  });
});
