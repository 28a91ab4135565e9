import { expect, type Locator, type Page } from '@playwright/test';

/** The Segments section: saved segments, the rule builder and its preview, and the RFM tab. */
export class SegmentsPage {
  readonly builder: Locator;
  readonly count: Locator;
  readonly list: Locator;
  readonly name: Locator;
  readonly rfmGrid: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.builder = page.getByTestId('rule-builder');
    this.count = page.getByTestId('segment-count');
    this.list = main.getByRole('navigation', { name: 'Saved segments' });
    this.name = main.getByRole('textbox', { name: 'Name' });
    this.rfmGrid = page.getByTestId('rfm-grid');
  }

  /** The group at a level (1 is the top), the n-th of that level. */
  group(level: number, n = 0): Locator {
    return this.builder.getByRole('group', { name: `Group of conditions, level ${level}` }).nth(n);
  }

  async addCondition(level = 1): Promise<void> {
    await this.page.getByRole('button', { name: `Add condition (Group of conditions, level ${level})` }).first().click();
  }

  async addGroup(level = 1): Promise<void> {
    await this.page.getByRole('button', { name: `Add group (Group of conditions, level ${level})` }).first().click();
  }

  /** Picks a field for the condition numbered as the builder numbers them ("1", "2.1"). */
  async field(number: string, field: string): Promise<void> {
    await this.page.getByRole('combobox', { name: `Field ${number}`, exact: true }).click();
    await this.page.getByRole('option', { name: field, exact: true }).click();
  }

  /** The count the preview shows, as a number ("1,234 customers match" → 1234); waits for it to settle. */
  async counted(): Promise<number> {
    await expect(this.count).toHaveText(/match/);
    return Number((await this.count.textContent())!.replace(/[^\d]/g, ''));
  }

  async expectCount(count: number): Promise<void> {
    await expect(this.count).toHaveText(new RegExp(`^${new Intl.NumberFormat('en').format(count)} customers? match`));
  }

  tab(name: 'Segments' | 'RFM & lifetime value'): Locator {
    return this.page.getByRole('tab', { name });
  }

  cell(r: number, f: number): Locator {
    return this.page.getByTestId(`rfm-cell-${r}-${f}`);
  }
}
