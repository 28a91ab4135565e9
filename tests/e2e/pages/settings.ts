import type { Locator, Page } from '@playwright/test';

/** Settings: the business profile form and the workspace file actions. */
export class SettingsPage {
  readonly form: Locator;
  readonly name: Locator;
  readonly industry: Locator;
  readonly country: Locator;
  readonly currency: Locator;
  readonly language: Locator;
  readonly grossMargin: Locator;
  readonly save: Locator;
  readonly discard: Locator;
  readonly saveCopy: Locator;
  readonly reveal: Locator;
  readonly closeWorkspace: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole('region', { name: 'Business profile' });
    this.name = this.form.getByLabel('Business name');
    this.industry = this.form.getByLabel('Industry');
    this.country = this.form.getByLabel('Country');
    this.currency = this.form.getByLabel('Currency');
    this.language = this.form.getByLabel('Language');
    this.grossMargin = this.form.getByLabel('Gross margin %');
    this.save = this.form.getByRole('button', { name: 'Save changes' });
    this.discard = this.form.getByRole('button', { name: 'Discard changes' });
    this.saveCopy = page.getByRole('button', { name: 'Save a copy…' });
    this.reveal = page.getByRole('button', { name: 'Reveal in folder' });
    this.closeWorkspace = page.getByRole('button', { name: 'Close workspace' });
  }

  kind(name: RegExp): Locator {
    return this.form.getByRole('radio', { name });
  }
}
