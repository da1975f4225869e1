// My work (/app/my-work): what is due for the worker's own clients, sortable, tasks marked done;
// and the manager's unit overview (/app/units/:unitId/overview).
import type { Locator, Page } from 'playwright-core';
import { field, qa, settled } from './common';

export class MyWorkPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/app/my-work');
    await settled(this.page);
    return this;
  }

  /** The rows of "what is due", in the order shown. */
  get items(): Locator {
    return qa(this.page, 'my-work-items').locator('[data-qa="my-work-item"]');
  }

  /** The items of one kind, e.g. 'plan.review', 'meeting.planned', 'task.client.followup'. */
  itemsOf(kind: string): Locator {
    return qa(this.page, 'my-work-items').locator(`[data-qa="my-work-item"][data-kind="${kind}"]`);
  }

  /** 'overdue', 'due-soon', 'upcoming', 'later' or 'none'. */
  async state(item: Locator): Promise<string | null> {
    return item.getAttribute('data-state');
  }

  /** Sorts by a column; again on the same column turns the order. */
  async sortBy(column: 'due' | 'client' | 'kind'): Promise<void> {
    await qa(this.page, `sort-${column}`).click();
    await settled(this.page);
  }

  /** Marks the task of a row done and waits for the confirmation. */
  async markDone(item: Locator): Promise<void> {
    await qa(item, 'mark-done').click();
    await qa(this.page, 'task-done').waitFor();
  }

  /** The worker's own clients. */
  get clients(): Locator {
    return qa(this.page, 'my-work-clients').locator('[data-qa="my-work-client"]');
  }

  /** The link to a client of the worker's own, by name. */
  client(name: string): Locator {
    return this.clients.getByRole('link', { name, exact: true });
  }
}

export type OverviewCount =
  | 'activeClients'
  | 'withoutNamedWorker'
  | 'withoutCurrentPlan'
  | 'plansPastReview'
  | 'assessmentsPastDeadline'
  | 'meetingsOverdue';

export class UnitOverviewPage {
  constructor(readonly page: Page) {}

  /** Opens the overview of the first unit the manager manages (the navigation's link). */
  async open(): Promise<this> {
    await this.page.goto('/app/unit-overview');
    await this.page.waitForURL(/\/app\/units\/[0-9a-f-]{36}\/overview$/);
    await qa(this.page, 'overview-totals').waitFor();
    return this;
  }

  /** One of the unit's totals. */
  async count(key: OverviewCount): Promise<number> {
    return Number(await qa(this.page, `count-${key}`).locator('.count-number').textContent());
  }

  /** The rows per named worker (and the clients without one). */
  get workers(): Locator {
    return qa(this.page, 'overview-workers').locator('[data-qa="overview-worker"]');
  }

  /** Switches to another unit the manager manages (shown when there are several). */
  async chooseUnit(unitId: string): Promise<void> {
    await field(this.page, 'overview-unit').selectOption(unitId);
    await this.page.waitForURL((url) => url.pathname === `/app/units/${unitId}/overview`);
    await qa(this.page, 'overview-totals').waitFor();
  }
}
