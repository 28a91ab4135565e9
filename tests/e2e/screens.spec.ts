import type { Locator } from '@playwright/test';
import { type HostFixtures, expect, test } from './fixtures';
import type { RunningHost } from '../support/host';
import { CustomerPage } from './pages/customers';
import { shot } from './screenshot';

/** The customer book's screens at a laptop's 1440 x 900, on the demo roaster; screenshots for a human to look at. */

test.use({ viewport: { width: 1440, height: 900 } });

/** The demo, opened from the welcome screen, on its Customers screen with the rows drawn. */
async function openDemoCustomers({ openDemo, shell, customers }: Pick<HostFixtures, 'openDemo' | 'shell' | 'customers'>): Promise<RunningHost> {
  const host = await openDemo();
  await shell.go('Customers');
  // The demo's first rows come after its 400 customers are written and scored: slower on a loaded 2-core machine.
  await expect(customers.cells('displayName').first()).not.toBeEmpty({ timeout: 15_000 });
  return host;
}

const box = async (locator: Locator) => (await locator.boundingBox())!;

test('at 1440 px the default columns fit with the totals in view, and selecting rows keeps the toolbar on one line', async ({ page, openDemo, shell, customers }) => {
  await openDemoCustomers({ openDemo, shell, customers });
  const grid = await box(customers.grid);
  const total = customers.header('Total spent');
  await expect(total).toBeVisible();
  const totalBox = await box(total);
  expect(totalBox.x + totalBox.width).toBeLessThanOrEqual(grid.x + grid.width + 1);
  // no horizontal scrolling: every default column is inside the grid
  const overflow = await page.evaluate(() => {
    // the grid's own horizontal scroller: as wide as its viewport when every column fits
    const scroller = document.querySelector('.ag-body-horizontal-scroll-viewport');
    return scroller ? scroller.scrollWidth - scroller.clientWidth : Number.NaN;
  });
  expect(overflow).toBeLessThanOrEqual(1);
  await shot(page, '30-customers-1440');

  const toolbar = customers.toolbar;
  const before = await box(toolbar);
  const names = await customers.names();
  await customers.select(names[0]!);
  await customers.select(names[1]!);
  await expect(customers.selection).toBeVisible();
  const after = await box(toolbar);
  expect(after.height).toBeLessThan(before.height * 1.5); // a second line would double it
  // every control of the toolbar sits on the same line
  const tops = await toolbar.locator(':scope > *').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0).map((r) => r.top + r.height / 2));
  expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(8);
  await shot(page, '32-selection');
});

test('a column filter finds countries by the name shown, the count follows, and "no match" is the only message', async ({ page, openDemo, shell, customers }) => {
  const host = await openDemoCustomers({ openDemo, shell, customers });
  const everyone = (await host.rpc('customers.list', { limit: 1 })).body.value.total;
  const norwegians = (await host.rpc('customers.list', { limit: 1000 })).body.value.rows.filter((r: { country: string }) => r.country === 'NO').length;
  expect(norwegians).toBeGreaterThan(0);

  await customers.columnFilter('country').fill('Norway');
  await expect(customers.matching).toHaveText(`${norwegians} customers match`);
  await expect(customers.cells('country').first()).toHaveText('Norway');
  const shown = await customers.cells('country').allTextContents();
  expect(new Set(shown)).toEqual(new Set(['Norway']));
  await shot(page, '35-filter-country');

  await customers.columnFilter('country').fill('Atlantis');
  await expect(customers.noMatch).toContainText('No customer matches the column filters.');
  await expect(customers.matching).toHaveText('0 customers match');
  // the grid's own "No Rows To Show" does not sit under ours
  await expect(page.getByText(/No Matching Rows|No Rows To Show/)).toHaveCount(0);
  await shot(page, '36-filter-no-match');
  await customers.noMatch.getByRole('button', { name: 'Clear filters' }).click();
  await expect(customers.noMatch).toBeHidden();
  await expect(customers.matching).toBeHidden();
  await expect(customers.total).toHaveText(`${everyone} customers`);
});

test('dialogs keep the app visible behind a translucent backdrop; the country picker lists each country once', async ({ page, openDemo, shell, customers }) => {
  await openDemoCustomers({ openDemo, shell, customers });
  await customers.addButton.click();
  const dialog = page.getByRole('dialog', { name: 'Add customer' });
  await expect(dialog).toBeVisible();
  const overlay = page.locator('.rt-DialogOverlay');
  const colour = await overlay.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(colour).toMatch(/rgba\(0, 0, 0, 0\)|transparent/);
  const backdrop = await overlay.evaluate((el) => getComputedStyle(el, '::before').backgroundColor);
  const alpha = Number(/rgba\([^)]*,\s*([\d.]+)\)/.exec(backdrop)?.[1] ?? '1');
  expect(alpha).toBeGreaterThan(0);
  expect(alpha).toBeLessThan(0.8);
  await shot(page, '31-add-dialog');

  await dialog.getByRole('combobox', { name: 'Country' }).click();
  const options = await page.getByRole('option').allTextContents();
  expect(options.filter((name) => name === 'Serbia')).toHaveLength(1);
  expect(options.filter((name) => name === 'United Kingdom')).toHaveLength(1);
  expect(options.filter((name) => name === 'Germany')).toHaveLength(1);
  expect(new Set(options).size).toBe(options.length);
});

test('the duplicates list lines up, and a customer page shows the person before their timeline', async ({ page, openDemo, shell, customers }) => {
  await openDemoCustomers({ openDemo, shell, customers });
  await page.getByRole('button', { name: /Find duplicates/ }).click();
  const groups = page.locator('.duplicates-row');
  await expect(groups.first()).toBeVisible();
  await expect(page.locator('.duplicates-member').first()).not.toBeEmpty();
  const lefts = await groups.evaluateAll((rows) => rows.slice(0, 8).map((row) => (row.children[1] as HTMLElement).getBoundingClientRect().left));
  expect(new Set(lefts.map(Math.round)).size).toBe(1);
  const buttons = await groups.evaluateAll((rows) => rows.slice(0, 8).map((row) => (row.children[2] as HTMLElement).getBoundingClientRect().right));
  expect(new Set(buttons.map(Math.round)).size).toBe(1);
  await shot(page, '33-duplicates');
  await page.keyboard.press('Escape');
  await expect(groups.first()).toBeHidden();

  const names = await customers.names();
  await customers.open(names[0]!);
  const customer = new CustomerPage(page);
  await expect(customer.heading).toHaveText(names[0]!);
  const profile = await box(page.getByRole('heading', { name: 'Profile' }));
  const timeline = await box(page.getByRole('heading', { name: 'Timeline' }));
  expect(profile.y).toBeLessThan(timeline.y);
  expect(profile.y).toBeLessThan(900);
  await shot(page, '34-customer-page');
});
