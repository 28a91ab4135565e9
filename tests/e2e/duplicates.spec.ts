import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { REPO_ROOT, type RunningHost } from '../support/host';
import { CustomerPage, CustomersPage, DuplicatesDialog } from './pages/customers';
import { ShellPage } from './pages/shell';

const SHOTS = join(REPO_ROOT, 'test-results/screenshots');

async function rpc(host: RunningHost, channel: string, payload: unknown): Promise<any> {
  const { body } = await host.rpc(channel, payload);
  expect(body.ok, JSON.stringify(body)).toBe(true);
  return body.value;
}

test('find duplicates, merge taking the other city, see one customer with both purchases, undo', async ({ page, openWorkspace }) => {
  const host = await openWorkspace('Bean There');
  const first = await rpc(host, 'customers.create', { customer: { firstName: 'Jana', lastName: 'Novák', email: 'jana@example.cz', city: 'Brno', country: 'CZ' } });
  const second = await rpc(host, 'customers.create', { customer: { firstName: 'Jana', lastName: 'Nováková', email: 'Jana@Example.cz', city: 'Prague', phone: '+420 601 123 456' } });
  await rpc(host, 'customers.create', { customer: { firstName: 'Bo', lastName: 'Hansen', email: 'bo@example.com' } });
  const currency = (await rpc(host, 'profile.get', {})).currency as string;
  await rpc(host, 'timeline.add', { customerId: first.id, entry: { kind: 'purchase', date: '2025-01-10', amountMinor: 4500, currency, product: 'Filter beans' } });
  await rpc(host, 'timeline.add', { customerId: second.id, entry: { kind: 'purchase', date: '2025-02-14', amountMinor: 12000, currency, product: 'Grinder' } });

  await page.goto(host.url);
  const shell = new ShellPage(page);
  await shell.expectShown('Bean There');
  await shell.go('Customers');
  const customers = new CustomersPage(page);
  await expect(customers.total).toHaveText('3 customers');

  const duplicates = new DuplicatesDialog(page);
  await duplicates.openButton.click();
  await expect(duplicates.root.getByRole('heading', { name: 'Possible duplicates' })).toBeVisible();
  await expect(duplicates.groups).toHaveCount(1);
  await expect(duplicates.groups.first()).toContainText('Same email');
  await expect(duplicates.groups.first()).toContainText('Jana Novák');
  await expect(duplicates.groups.first()).toContainText('Jana Nováková');
  await duplicates.groups.first().getByRole('button', { name: 'Review and merge' }).click();

  // Side by side: the first is kept; its values are chosen, the empty phone is filled from the other.
  await expect(duplicates.root.getByRole('heading', { name: 'Merge two customers' })).toBeVisible();
  await expect(duplicates.choice('City', 'Brno')).toBeChecked();
  await expect(duplicates.choice('Phone', '+420 601 123 456')).toBeChecked();
  await expect(duplicates.choice('Last name', 'Novák')).toBeChecked();
  await duplicates.choice('City', 'Prague').check();
  await duplicates.choice('Last name', 'Nováková').check();
  await expect(duplicates.choice('City', 'Prague')).toBeChecked();

  mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(SHOTS, '13-merge.png') });

  await duplicates.root.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page.getByText('Merged into Jana Nováková')).toBeVisible();
  await expect(duplicates.root.getByText('No duplicates found.')).toBeVisible();
  await duplicates.root.getByRole('button', { name: 'Close' }).click();
  await expect(duplicates.root).toBeHidden();

  // One customer, both purchases, Prague, the phone filled in.
  await expect(customers.total).toHaveText('2 customers');
  await expect(customers.cell('Jana Nováková', 'city')).toHaveText('Prague');
  // (phone and the number of purchases are not default columns: the kept customer says)
  const kept = await rpc(host, 'customers.get', { id: first.id });
  expect(kept.phone).toBe('+420 601 123 456');
  expect(kept.facts.purchaseCount).toBe(2);
  expect(kept.email).toBe('jana@example.cz');

  // Undo from the toast: both are back, each with their own purchase.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Merge undone')).toBeVisible();
  await expect(customers.total).toHaveText('3 customers');
  await expect(customers.cell('Jana Novák', 'city')).toHaveText('Brno');
  await expect(customers.cell('Jana Nováková', 'city')).toHaveText('Prague');
  expect((await rpc(host, 'customers.get', { id: first.id })).facts.purchaseCount).toBe(1);
  expect((await rpc(host, 'customers.get', { id: second.id })).facts.purchaseCount).toBe(1);

  // The customer page shows the restored one's own purchase.
  await customers.open('Jana Nováková');
  const jana = new CustomerPage(page);
  await expect(jana.heading).toHaveText('Jana Nováková');
  await expect(jana.entries).toHaveCount(1);
  await expect(jana.entries.first()).toContainText('Grinder');
});
