import { expect, type Locator, type Page } from '@playwright/test';

export interface NewProfile {
  name: string;
  kind?: RegExp;
  industry?: string;
  country?: string;
}

/** The welcome screen (no workspace open) and its create dialog. */
export class WelcomePage {
  readonly heading: Locator;
  readonly createButton: Locator;
  readonly openButton: Locator;
  readonly demoButton: Locator;
  readonly recent: Locator;
  readonly error: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Rapport' });
    this.createButton = page.getByRole('button', { name: 'Create a workspace' });
    this.openButton = page.getByRole('button', { name: 'Open…' });
    this.demoButton = page.getByRole('button', { name: 'Explore the demo' });
    this.recent = page.getByRole('list', { name: 'Recent workspaces' });
    this.error = page.getByRole('alert');
    this.dialog = page.getByRole('dialog', { name: 'Create a workspace' });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  async openCreateForm(): Promise<CreateForm> {
    await this.createButton.click();
    await expect(this.dialog).toBeVisible();
    return new CreateForm(this.dialog);
  }

  recentItem(name: string | RegExp): Locator {
    return this.recent.getByRole('button', { name });
  }
}

export class CreateForm {
  readonly name: Locator;
  readonly industry: Locator;
  readonly country: Locator;
  readonly currency: Locator;
  readonly language: Locator;
  readonly submit: Locator;

  constructor(readonly root: Locator) {
    this.name = root.getByLabel('Business name');
    this.industry = root.getByLabel('Industry');
    this.country = root.getByLabel('Country');
    this.currency = root.getByLabel('Currency');
    this.language = root.getByLabel('Language');
    this.submit = root.getByRole('button', { name: 'Create workspace' });
  }

  kind(name: RegExp): Locator {
    return this.root.getByRole('radio', { name });
  }

  async choose(select: Locator, option: string): Promise<void> {
    await select.click();
    await select.page().getByRole('option', { name: option, exact: true }).click();
    await expect(select.page().getByRole('listbox')).toBeHidden();
  }

  async fill(profile: NewProfile): Promise<void> {
    await this.name.fill(profile.name);
    if (profile.kind) await this.kind(profile.kind).click();
    if (profile.industry !== undefined) await this.industry.fill(profile.industry);
    if (profile.country) await this.choose(this.country, profile.country);
  }
}
