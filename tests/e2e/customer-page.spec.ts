import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { REPO_ROOT, type RunningHost } from '../support/host';
import { CustomerPage, CustomersPage, TimelineEntryDialog } from './pages/customers';
import { DialogPage } from './pages/dialog';
import { ShellPage } from './pages/shell';

const SHOTS = join(REPO_ROOT, 'test-results/screenshots');

async function create(host: RunningHost, customer: Record<string, unknown>): Promise<string> {
  const { body } = await host.rpc('customers.create', { customer });
  expect(body.ok, JSON.stringify(body)).toBe(true);
  return body.value.id as string;
}

async function openCustomer(page: Page, name: string): Promise<CustomerPage> {
  const customers = new CustomersPage(page);
  await customers.open(name);
  const customer = new CustomerPage(page);
  await expect(customer.heading).toHaveText(name);
  return customer;
}

test('timeline, facts, relationships, export and erase on the customer page', async ({ page, openWorkspace }) => {
  // a whole journey of a dozen steps: about 55 s on a loaded 2-core machine, so it gets three times the 60 s
  test.slow();
  const host = await openWorkspace('Bean There');
  await create(host, { firstName: 'Anna', lastName: 'Berg', company: 'Berg & Co', email: 'anna@berg.example', city: 'Aarhus' });
  await create(host, { firstName: 'Bo', lastName: 'Hansen', email: 'bo@example.com', city: 'Oslo' });
  await create(host, { firstName: 'Eva', lastName: 'Smith', company: 'Berg & Co', email: 'eva@berg.example' });
  const currency = ((await host.rpc('profile.get')).body.value as { currency: string }).currency;
  const money = (minor: number) => new Intl.NumberFormat('en', { style: 'currency', currency }).format(minor / 100);

  await page.goto(host.url);
  const shell = new ShellPage(page);
  await shell.expectShown('Bean There');
  await shell.go('Customers');
  const customers = new CustomersPage(page);
  await expect(customers.total).toHaveText('3 customers');
  const anna = await openCustomer(page, 'Anna Berg');
  await expect(anna.timeline).toContainText('Nothing recorded yet');
  await expect(anna.fact('Purchases')).toHaveText('0');

  // A purchase: today and the business currency by default; "129,50" is 129.50.
  let dialog = await anna.addEntry('Purchase');
  await expect(dialog.field('Currency')).toHaveValue(currency);
  await dialog.save.click();
  await expect(dialog.root.getByRole('alert')).toHaveText('Write an amount such as 129,50 or 129.50.');
  await dialog.field('Amount').fill('129,50');
  await dialog.field('Product').fill('Espresso beans 1 kg');
  await dialog.field('Order reference').fill('#1001');
  await dialog.save.click();
  await expect(dialog.root).toBeHidden();
  await expect(anna.entries).toHaveCount(1);
  await expect(anna.entries.first()).toContainText('Espresso beans 1 kg');
  await expect(anna.entries.first()).toContainText(money(12950));
  // The facts follow by themselves.
  await expect(anna.fact('Purchases')).toHaveText('1');
  await expect(anna.fact('Total spent')).toHaveText(money(12950));

  // A touchpoint: a phone call from support.
  dialog = await anna.addEntry('Contact');
  await dialog.choose('Channel', 'Phone');
  await dialog.choose('Department', 'Support');
  await dialog.root.getByRole('radio', { name: 'They contacted us' }).click();
  await dialog.field('What happened').fill('Asked about a grinder for the new café.');
  await dialog.field('Outcome').fill('Sent a quote');
  await dialog.save.click();
  await expect(dialog.root).toBeHidden();
  await expect(anna.entries).toHaveCount(2);
  await expect(anna.timeline.getByRole('listitem').filter({ hasText: 'Phone · Support' })).toContainText('Asked about a grinder');

  // Feedback with an NPS score.
  dialog = await anna.addEntry('Feedback');
  await dialog.field('Would recommend (NPS, 0–10)').fill('11');
  await dialog.save.click();
  await expect(dialog.root.getByRole('alert').first()).toHaveText('A whole number from 0 to 10.');
  await dialog.field('Would recommend (NPS, 0–10)').fill('9');
  await dialog.field('Comment').fill('Lovely beans, fast delivery.');
  await dialog.save.click();
  await expect(dialog.root).toBeHidden();
  await expect(anna.entries).toHaveCount(3);
  await expect(anna.timeline.getByText('NPS 9', { exact: true })).toBeVisible();

  // Edit the purchase: the facts follow.
  await anna.entries.filter({ hasText: 'Espresso beans' }).getByRole('button', { name: /^Edit / }).click();
  dialog = new TimelineEntryDialog(page);
  await expect(dialog.field('Amount')).toHaveValue('129.50');
  await dialog.field('Amount').fill('1.299,00');
  await dialog.save.click();
  await expect(dialog.root).toBeHidden();
  await expect(anna.fact('Total spent')).toHaveText(money(129900));

  // Delete the touchpoint, then Undo brings it back.
  await anna.entries.filter({ hasText: 'Phone · Support' }).getByRole('button', { name: /^Delete / }).click();
  await expect(anna.entries).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(anna.entries).toHaveCount(3);
  await expect(anna.entries.filter({ hasText: 'Phone · Support' })).toContainText('Sent a quote');

  // Referred by Bo Hansen; Bo's page lists Anna, and a click goes back to her.
  await anna.pick('Referred by', 'hansen', 'Bo Hansen');
  await expect(anna.relations.getByTestId('referred-by-label-value')).toHaveText('Bo Hansen');
  await anna.relations.getByTestId('referred-by-label-value').click();
  await expect(anna.heading).toHaveText('Bo Hansen');
  await expect(anna.fact('Customers referred')).toHaveText('1');
  await anna.relations.getByRole('list', { name: 'Customers they referred' }).getByRole('button', { name: 'Anna Berg' }).click();
  await expect(anna.heading).toHaveText('Anna Berg');

  // She left Berg & Co; Eva Smith took over.
  await anna.relations.getByLabel('Left on').fill('2025-03-31');
  // the messages of the saves above sit over the bottom of the page, where the successor's options open
  await expect(page.locator('[data-sonner-toast]')).toHaveCount(0, { timeout: 30_000 });
  await anna.pick('Successor', 'smith', 'Eva Smith');
  await anna.relations.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('left-company-badge').first()).toHaveText('Left Berg & Co on Mar 31, 2025');
  const saved = (await host.rpc('customers.list', { search: 'anna', limit: 5 })).body.value.rows[0];
  expect(saved.leftCompanyAt).toBe('2025-03-31');
  expect(saved.referredBy).not.toBeNull();
  expect(saved.successorId).not.toBeNull();

  mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.mouse.move(0, 0);
  await page.getByRole('main').evaluate((main) => main.scrollTo({ top: 0 }));
  await expect(page.getByText('Relationship saved')).toHaveCount(0, { timeout: 10_000 });
  await page.screenshot({ path: join(SHOTS, '12-customer-timeline.png') });

  // Export their data: a readable text file lands in the host's downloads folder.
  await anna.privacy.getByRole('button', { name: 'Export their data' }).click();
  await expect(page.getByText('Their data was saved')).toBeVisible();
  const downloads = join(host.dir, 'downloads');
  await expect.poll(() => (existsSync(downloads) ? readdirSync(downloads) : [])).toContain('Anna Berg - personal data.txt');
  const text = readFileSync(join(downloads, 'Anna Berg - personal data.txt'), 'utf8');
  expect(text).toContain('Personal data held by Bean There');
  expect(text).toContain('anna@berg.example');
  expect(text).toContain('Espresso beans 1 kg');
  expect(text).toContain('Asked about a grinder');
  expect(text).toContain('Lovely beans, fast delivery.');

  // Erase her: the dialog says what happens; the list no longer has her.
  await anna.privacy.getByRole('button', { name: 'Erase this person…' }).click();
  const confirm = new DialogPage(page, 'Erase Anna Berg?', 'alertdialog');
  await expect(confirm.root).toContainText('All their data and history are deleted');
  await expect(confirm.root).toContainText('A hash of their email address stays');
  await expect(confirm.root).toContainText('Backups made before today');
  await confirm.button('Erase for good').click();
  await expect(page.getByText('Anna Berg was erased')).toBeVisible();
  await expect(customers.heading).toBeVisible();
  await expect(customers.total).toHaveText('2 customers');
  await expect(customers.row('Anna Berg')).toHaveCount(0);
  expect((await host.rpc('customers.list', { search: 'anna', limit: 5 })).body.value.total).toBe(0);
  // Bo no longer counts her as referred.
  expect((await host.rpc('customers.list', { search: 'hansen', limit: 5 })).body.value.rows[0].referredCount).toBe(0);
});
