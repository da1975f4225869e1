// Administration pages: organisations (the list-and-edit pattern), units, users.
import type { Locator, Page } from 'playwright-core';
import { field, qa, settled } from './common';

/** A page built on ListEditPage: a list with an edit button per row and the form below it. */
export class ListEditPageObject {
  constructor(
    readonly page: Page,
    readonly path: string,
    readonly listHook: string,
    readonly formHook: string,
  ) {}

  async open(): Promise<this> {
    await this.page.goto(this.path);
    await settled(this.page);
    await qa(this.page, this.listHook).waitFor();
    return this;
  }

  get form(): Locator {
    return qa(this.page, this.formHook);
  }

  row(text: string): Locator {
    return qa(this.page, this.listHook).locator('[data-qa="list-row"]', { hasText: text });
  }

  async edit(text: string): Promise<void> {
    await qa(this.row(text), 'edit').click();
  }

  async save(): Promise<void> {
    await this.form.locator('button[type="submit"]').click();
  }

  /** The alert shown when someone else saved the record in between. */
  get conflict(): Locator {
    return this.form.locator('.mutation-error[role="alert"]');
  }

  async reloadAfterConflict(): Promise<void> {
    await this.conflict.locator('button').click();
  }

  get saved(): Locator {
    return qa(this.form, 'saved');
  }
}

export class OrganisationsPage extends ListEditPageObject {
  constructor(page: Page) {
    super(page, '/app/admin/organisations', 'organisations', 'organisation-form');
  }

  name(): Locator {
    return field(this.form, 'organisation-name');
  }

  population(): Locator {
    return field(this.form, 'organisation-population');
  }

  async fill(values: { name?: string; kind?: 'kunta' | 'hyvinvointialue'; population?: string }): Promise<void> {
    if (values.name !== undefined) await this.name().fill(values.name);
    if (values.kind) await field(this.form, 'organisation-kind').selectOption(values.kind);
    if (values.population !== undefined) await this.population().fill(values.population);
  }
}

export class UsersPage extends ListEditPageObject {
  constructor(page: Page) {
    super(page, '/app/admin/users', 'users', 'user-form');
  }

  async fillNew(values: { username: string; name: string; unitIndex: number; role: string }) {
    await field(this.form, 'user-username').fill(values.username);
    await field(this.form, 'user-name').fill(values.name);
    await field(this.form, 'user-role-0-unit').selectOption({ index: values.unitIndex });
    await field(this.form, 'user-role-0-role').selectOption(values.role);
  }

  username(): Locator {
    return field(this.form, 'user-username');
  }

  /** The letter with the one-time code, shown after a user is created or a reset is issued. */
  get letter(): Locator {
    return qa(this.page, 'invitation-letter');
  }

  async letterCode(): Promise<string> {
    return (await qa(this.letter, 'letter-code').textContent())!.trim();
  }
}

/** The server-rendered page where a person sets their own password with the letter's code. */
export class ActivationPage {
  constructor(readonly page: Page) {}

  async open(): Promise<this> {
    await this.page.goto('/aktivoi');
    await qa(this.page, 'activation-form').waitFor();
    return this;
  }

  async activate(username: string, code: string, password: string, repeat = password): Promise<void> {
    const form = qa(this.page, 'activation-form');
    await form.locator('input[name="username"]').fill(username);
    await form.locator('input[name="code"]').fill(code);
    await form.locator('input[name="password"]').fill(password);
    await form.locator('input[name="repeat"]').fill(repeat);
    await form.locator('button[type="submit"]').click();
  }

  get done(): Locator {
    return qa(this.page, 'activation-done');
  }

  get error(): Locator {
    return qa(this.page, 'activation-error');
  }
}
