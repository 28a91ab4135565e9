import { expect, type Locator, type Page } from '@playwright/test';

/** The Gifts tab of Templates & gifts: the catalogue table and its dialog. */
export class GiftsTabPage {
  readonly root: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('gifts-tab');
    this.table = this.root.getByRole('table');
  }

  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(name) }) });
  }

  async add(gift: { name: string; cost: string; supplier?: string; occasions?: string[] }): Promise<void> {
    await this.root.getByRole('button', { name: 'Add gift' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New gift' });
    await dialog.getByLabel('Name', { exact: true }).fill(gift.name);
    await dialog.getByLabel(/Unit cost/).fill(gift.cost);
    if (gift.supplier) await dialog.getByLabel('Supplier').fill(gift.supplier);
    for (const occasion of gift.occasions ?? []) await dialog.getByRole('checkbox', { name: occasion }).check();
    await dialog.getByRole('button', { name: 'Save gift' }).click();
    await expect(dialog).toBeHidden();
  }
}

/** The Gifts card on a customer's page and its "Give a gift" dialog. */
export class CustomerGiftsCard {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('customer-gifts');
  }

  async give(gift: string, occasion: string): Promise<Locator> {
    await this.root.getByRole('button', { name: 'Give a gift' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Give a gift' });
    await dialog.getByRole('radio', { name: gift }).click();
    await dialog.getByRole('combobox', { name: 'Occasion' }).click();
    await this.page.getByRole('option', { name: occasion }).click();
    return dialog;
  }
}
