// Page objects find elements by their data-qa hooks (stable across wording, language and layout),
// never by raw ids or visible labels.
import type { Locator, Page } from 'playwright-core';

/** The element with `data-qa="<hook>"` inside `scope`. */
export function qa(scope: Page | Locator, hook: string): Locator {
  return scope.locator(`[data-qa="${hook}"]`);
}

/** The input of a form field component (TextField, SelectField …) with `qa="<hook>"`. */
export function field(scope: Page | Locator, hook: string): Locator {
  return qa(scope, hook).locator('input, select, textarea').first();
}

/** Waits until the page has its heading and no loading state left. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !!document.querySelector('main h1') && !document.querySelector('main .state-loading'),
  );
}
