import { expect, type Locator, type Page } from '@playwright/test';

/** The trade-fair capture screen. */
export class CapturePage {
  readonly event: Locator;
  readonly counter: Locator;
  readonly form: Locator;
  readonly duplicate: Locator;
  readonly consent: Locator;

  constructor(readonly page: Page) {
    this.event = page.getByRole('textbox', { name: 'Event', exact: true });
    this.counter = page.getByRole('status', { name: 'Captured today' });
    this.form = page.getByRole('form', { name: 'New lead' });
    this.duplicate = page.getByRole('status', { name: 'Possible duplicate' });
    this.consent = page.getByRole('checkbox', { name: /May we email you/ });
  }

  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Trade-fair capture' }).click();
    await expect(this.page.getByRole('heading', { name: 'Trade-fair capture' })).toBeVisible();
  }

  field(label: 'First name' | 'Last name' | 'Company' | 'Email' | 'Phone' | 'Interested in' | 'Notes'): Locator {
    return this.form.getByLabel(label, { exact: true });
  }
}
