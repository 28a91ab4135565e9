import { join } from 'node:path';
import { expect, test } from './fixtures';
import type { RunningHost } from '../support/host';
import { CustomerPage, CustomersPage } from './pages/customers';
import { ShellPage } from './pages/shell';
import { SHOTS, shot } from './screenshot';

/** Seeded per-euro rates (migration 0004): what the expected totals are worked out from. */
const PER_EUR = { DKK: 7.4584, CZK: 25.192, GBP: 0.82995 } as const;
const inDkk = (minor: number, from: keyof typeof PER_EUR) => Math.round((minor * PER_EUR.DKK) / PER_EUR[from]);
const dkk = (minor: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'DKK' }).format(minor / 100);
const money = (minor: number, currency: string) => new Intl.NumberFormat('en', { style: 'currency', currency }).format(minor / 100);

async function rpc(host: RunningHost, channel: string, payload: Record<string, unknown> = {}): Promise<any> {
  const { body } = await host.rpc(channel as never, payload as never);
  expect(body.ok, JSON.stringify(body)).toBe(true);
  return body.value;
}

async function buy(host: RunningHost, customerId: string, amountMinor: number, currency: string, date: string): Promise<void> {
  await rpc(host, 'timeline.add', { customerId, entry: { kind: 'purchase', date, amountMinor, currency } });
}

test('totals in the business currency, original sums on the customer page, and rates kept in Settings', async ({ page, openWorkspace }) => {
  const host = await openWorkspace('Nordlys');
  await rpc(host, 'profile.update', { name: 'Nordlys', country: 'DK', currency: 'DKK' });
  const prague = (await rpc(host, 'customers.create', { customer: { company: 'Kavárna Praha', kind: 'company', country: 'CZ' } })).id;
  const tokyo = (await rpc(host, 'customers.create', { customer: { company: 'Tokyo Roasters', kind: 'company', country: 'JP' } })).id;
  await rpc(host, 'customers.create', { customer: { company: 'Brno Bistro', kind: 'company', country: 'CZ' } });
  await buy(host, prague, 1_000_000, 'DKK', '2025-11-01');
  await buy(host, prague, 4_500_000, 'CZK', '2025-12-01');
  await buy(host, prague, 12_000, 'GBP', '2026-01-02');
  await buy(host, tokyo, 300_000, 'DKK', '2025-11-01');
  await buy(host, tokyo, 990_000, 'JPY', '2025-12-01');
  const pragueTotal = 1_000_000 + inDkk(4_500_000, 'CZK') + inDkk(12_000, 'GBP');

  await page.goto(host.url);
  const shell = new ShellPage(page);
  await shell.expectShown('Nordlys');
  await shell.go('Customers');
  const customers = new CustomersPage(page);
  await expect(customers.total).toHaveText('3 customers');
  // the grid's Total spent is converted: not the DKK 56,120.00 the amounts add up to as they are
  await expect(customers.cell('Kavárna Praha', 'totalMinor')).toHaveText(dkk(pragueTotal));
  await expect(customers.cell('Tokyo Roasters', 'totalMinor')).toHaveText(`${dkk(300_000)} + JPY`);

  await customers.open('Kavárna Praha');
  const customer = new CustomerPage(page);
  await expect(customer.heading).toHaveText('Kavárna Praha');
  await expect(customer.fact('Total spent').locator('.customers-total')).toHaveText(dkk(pragueTotal));
  await expect(customer.fact('Total spent').locator('.customers-total-parts')).toHaveText(
    `from ${money(4_500_000, 'CZK')}, ${money(1_000_000, 'DKK')} and ${money(12_000, 'GBP')}`,
  );
  await expect(customer.fact('Average purchase')).toHaveText(dkk(Math.floor(pragueTotal / 3)));
  await shot(page, 'money-customer-page');
  // a new purchase starts in the currency of their last one
  let dialog = await customer.addEntry('Purchase');
  await expect(dialog.field('Currency')).toHaveValue('GBP');
  await page.keyboard.press('Escape');
  await expect(dialog.root).toBeHidden();

  // without purchases: the currency of their country
  await customer.back.click();
  await customers.open('Brno Bistro');
  await expect(customer.heading).toHaveText('Brno Bistro');
  dialog = await customer.addEntry('Purchase');
  await expect(dialog.field('Currency')).toHaveValue('CZK');
  await page.keyboard.press('Escape');

  // yen have no rate: never added in, and the page says so
  await customer.back.click();
  await customers.open('Tokyo Roasters');
  await expect(customer.heading).toHaveText('Tokyo Roasters');
  await expect(customer.fact('Total spent')).toHaveText(dkk(300_000));
  await expect(customer.facts.getByRole('status')).toContainText(`Purchases in JPY (${money(990_000, 'JPY')}) are not in these totals`);

  // Settings asks for the missing rate, highlighted, first
  await shell.go('Settings');
  const rates = page.getByRole('region', { name: 'Exchange rates' });
  await expect(rates.getByRole('status')).toContainText('Purchases in JPY are left out of every total until you give a rate.');
  const rows = rates.locator('tbody tr');
  await expect(rows.first()).toHaveAttribute('data-currency', 'JPY');
  await expect(rows.first()).toHaveClass(/rates-missing/);
  await expect(rates.getByLabel('Rate of CZK in DKK')).toHaveValue(String(Number((PER_EUR.DKK / PER_EUR.CZK).toPrecision(6))));
  await expect(rates.getByLabel('Rate of CZK as of')).toHaveValue('2025-01-02');
  await rates.screenshot({ path: join(SHOTS, 'money-settings-missing-rate.png') });

  // a bad rate is refused in place
  await rates.getByLabel('Rate of JPY in DKK').fill('-3');
  await rates.getByRole('button', { name: 'Give a rate' }).click();
  await expect(rates.getByRole('alert')).toHaveText('Type a positive number, such as 0.2961 or 8.60.');
  await rates.getByLabel('Rate of JPY in DKK').fill('0,0455');
  await rates.getByRole('button', { name: 'Give a rate' }).click();
  await expect(page.getByText('Rate of JPY saved')).toBeVisible();
  await expect(rates.getByText('Purchases in JPY are left out')).toBeHidden();
  await expect(rates.locator('tr[data-currency="JPY"]')).not.toHaveClass(/rates-missing/);

  // edit a rate in place: 1 GBP = 8.60 DKK
  await rates.getByLabel('Rate of GBP in DKK').fill('8.60');
  await rates.locator('tr[data-currency="GBP"]').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Rate of GBP saved')).toBeVisible();
  await expect(rates.getByLabel('Rate of GBP in DKK')).toHaveValue('8.6');

  // add a currency
  await rates.getByLabel('Currency code').fill('thb');
  await rates.getByLabel('Rate of THB in DKK').fill('0.2');
  await rates.getByRole('button', { name: 'Add a currency' }).click();
  await expect(rates.getByLabel('Rate of THB in DKK')).toHaveValue('0.2');
  await rates.screenshot({ path: join(SHOTS, 'money-settings.png') });

  // the totals follow: yen now count, and pounds at the new rate
  await shell.go('Customers');
  await expect(customers.cell('Tokyo Roasters', 'totalMinor')).toHaveText(dkk(300_000 + Math.round(990_000 * 0.0455)));
  await expect(customers.cell('Kavárna Praha', 'totalMinor')).toHaveText(dkk(1_000_000 + inDkk(4_500_000, 'CZK') + 103_200));
});
