import { expect, type Locator, type Page } from '@playwright/test';

/** The trade-fair capture screen. */
export class CapturePage {
  readonly event: Locator;
  readonly counter: Locator;
  readonly form: Locator;
  readonly duplicate: Locator;
  readonly consent: Locator;
  readonly updateKnown: Locator;
  readonly saveAsNew: Locator;

  constructor(readonly page: Page) {
    this.event = page.getByRole('textbox', { name: 'Event', exact: true });
    this.counter = page.getByRole('status', { name: 'Captured today' });
    this.form = page.getByRole('form', { name: 'New lead' });
    this.duplicate = page.getByRole('status', { name: 'Possible duplicate' });
    this.consent = page.getByRole('checkbox', { name: /May we email you/ });
    this.updateKnown = page.getByRole('radio', { name: /^Update / });
    this.saveAsNew = page.getByRole('radio', { name: 'Save as a new customer' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Trade-fair capture' }).click();
    await expect(this.page.getByRole('heading', { name: 'Trade-fair capture' })).toBeVisible();
  }

  /** The message (error or warning) under a field. */
  message(label: 'Email' | 'Phone'): Locator {
    return this.form.locator('.capture-field').filter({ has: this.page.getByLabel(label, { exact: true }) }).locator('[id$="-message"]');
  }

  field(label: 'First name' | 'Last name' | 'Company' | 'Email' | 'Phone' | 'Interested in' | 'Notes'): Locator {
    return this.form.getByLabel(label, { exact: true });
  }
}
