import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SegmentRules } from '../../shared/domain/segment';
import { expect, test } from './fixtures';
import { CustomerPage } from './pages/customers';
import { SegmentsPage } from './pages/segments';
import { shot } from './screenshot';

test.describe.configure({ timeout: 120_000 });

/** The rules the test builds by hand, asked of the engine directly: the screen must show what it answers. */
const BIG_SPENDERS: SegmentRules = { kind: 'group', op: 'and', not: false, rules: [{ field: 'totalSpent', op: 'gte', value: 1000 }] };
const WRITABLE_BIG_SPENDERS: SegmentRules = {
  ...BIG_SPENDERS,
  rules: [
    ...BIG_SPENDERS.rules,
    { kind: 'group', op: 'or', not: false, rules: [{ field: 'consent', medium: 'email', op: 'granted' }, { field: 'consent', medium: 'post', op: 'granted' }] },
  ],
};

test('a segment with a nested OR group: the count follows the rules, it saves, exports its members, opens in the grid', async ({ page, openDemo, shell }) => {
  const host = await openDemo();
  const preview = async (rules: SegmentRules) => (await host.rpc('segments.preview', { rules, limit: 1 })).body.value as { count: number };
  const everyone = (await preview({ kind: 'group', op: 'and', not: false, rules: [] })).count;
  const big = (await preview(BIG_SPENDERS)).count;
  const writable = (await preview(WRITABLE_BIG_SPENDERS)).count;
  // the demo must tell the three apart, or the test would prove nothing
  expect(new Set([everyone, big, writable]).size).toBe(3);

  await shell.go('Segments');
  const segments = new SegmentsPage(page);
  await segments.expectCount(everyone);

  await segments.addCondition(1); // Total spent at least 1,000 is where a new condition starts
  await segments.expectCount(big);

  await segments.addGroup(1);
  await expect(segments.group(2)).toBeVisible();
  await segments.addCondition(2);
  await segments.field('2.1', 'Consent');
  await segments.addCondition(2);
  await segments.field('2.2', 'Consent');
  await page.getByRole('combobox', { name: 'Consent (2.2): Medium' }).click();
  await page.getByRole('option', { name: 'Post', exact: true }).click();
  // a new group joins by OR under an AND: the count is the engine's for the same rules
  await expect(segments.group(2).getByRole('combobox', { name: /Match/ })).toHaveText('any of these');
  await segments.expectCount(writable);
  // editing the rules never submits the form: no complaint about the name yet
  await expect(page.getByText('A segment needs a name.')).toHaveCount(0);
  await shot(page, '30-segment-builder');

  // saving without a name says what is missing, and saves nothing
  await page.getByRole('button', { name: 'Save segment' }).click();
  await expect(page.getByText('A segment needs a name.')).toBeVisible();
  await segments.name.fill('Big spenders we may write to');
  await page.getByRole('button', { name: 'Save segment' }).click();
  await expect(page.locator('[data-sonner-toast]').filter({ hasText: 'Segment “Big spenders we may write to” saved' })).toBeVisible({ timeout: 15_000 });
  const item = segments.list.getByRole('button', { name: /Big spenders we may write to/ });
  // the list counts every segment's members afresh: slower on a loaded machine
  await expect(item).toContainText(`${new Intl.NumberFormat('en').format(writable)} member`, { timeout: 15_000 });

  // export the members: the CSV holds exactly them
  await page.getByRole('button', { name: 'Export members (CSV)' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  await expect(page.locator('[data-sonner-toast]').filter({ hasText: `${writable} customer` })).toBeVisible();
  const csv = readFileSync(await download.path(), 'utf8').trim().split(/\r?\n/);
  expect(csv).toHaveLength(writable + 1);
  const saved = (await host.rpc('segments.list', {})).body.value as { id: string; name: string }[];
  const id = saved.find((s) => s.name === 'Big spenders we may write to')!.id;
  const { ids } = (await host.rpc('segments.members', { id })).body.value as { ids: string[] };
  const first = (await host.rpc('customers.get', { id: ids[0] })).body.value as { email: string };
  expect(csv.some((line) => line.includes(first.email))).toBe(true);
  expect(readFileSync(join(host.documents, download.suggestedFilename()), 'utf8').trim().split(/\r?\n/)).toHaveLength(writable + 1);

  // freeze today's members
  await page.getByRole('button', { name: 'Freeze members' }).click();
  await expect(page.getByTestId('segment-snapshots')).toContainText(`${new Intl.NumberFormat('en').format(writable)} member`);
  await page.getByTestId('segment-snapshots').scrollIntoViewIfNeeded();
  await shot(page, '33-segment-saved');

  // and open them in the customers grid
  await page.getByRole('button', { name: 'Open in customers grid' }).click();
  await expect(page.getByTestId('customers-membership')).toContainText('Showing the members of Big spenders we may write to');
  await expect(page.getByTestId('customers-matching')).toHaveText(`${new Intl.NumberFormat('en').format(writable)} customers match`);
  await shot(page, '34-customers-limited');
  await page.getByRole('button', { name: 'Show everyone' }).click();
  await expect(page.getByTestId('customers-membership')).toHaveCount(0);
});

test('an RFM grid cell opens its customers; a customer page says their RFM in words', async ({ page, openDemo, shell, customers }) => {
  const host = await openDemo();
  const scores = (await host.rpc('rfm.scores', {})).body.value as { customers: { customerId: string; r: number; f: number; group: string }[] };
  // the fullest cell, so the test does not depend on where the demo's customers fall
  const tally = new Map<string, number>();
  for (const c of scores.customers) tally.set(`${c.r}-${c.f}`, (tally.get(`${c.r}-${c.f}`) ?? 0) + 1);
  const [key, count] = [...tally].sort((a, b) => b[1] - a[1])[0]!;
  const [r, f] = key.split('-').map(Number) as [number, number];

  await shell.go('Segments');
  const segments = new SegmentsPage(page);
  await segments.tab('RFM & lifetime value').click();
  await expect(segments.rfmGrid).toBeVisible();
  await expect(segments.cell(r, f)).toHaveAccessibleName(new RegExp(`^Recency ${r}, frequency ${f}, .*: ${count} customers?, DKK`));
  await expect(page.getByTestId('clv-explainer')).toContainText('Expected years');
  await shot(page, '31-rfm-grid');
  await page.getByTestId('clv-explainer').scrollIntoViewIfNeeded();
  await shot(page, '35-lifetime-value');

  // by keyboard: focus the cell and press Enter
  await segments.cell(r, f).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('customers-membership')).toContainText(`Showing the members of Recency ${r} · Frequency ${f}`);
  await expect(page.getByTestId('customers-matching')).toHaveText(`${count} customer${count === 1 ? '' : 's'} ${count === 1 ? 'matches' : 'match'}`);

  // one of them: their page has the RFM card with the reason in words
  const one = scores.customers.find((c) => c.r === r && c.f === f)!;
  const customer = (await host.rpc('customers.get', { id: one.customerId })).body.value as { firstName: string; lastName: string; company: string };
  const name = `${customer.firstName} ${customer.lastName}`.trim() || customer.company;
  // searching within the cell's customers keeps the limit
  await customers.searchFor(name);
  await expect(page.getByTestId('customers-membership')).toBeVisible();
  await customers.open(name);
  const card = page.getByTestId('customer-rfm');
  await expect(new CustomerPage(page).heading).toHaveText(name);
  await expect(card.getByTestId('customer-rfm-reason')).toContainText(`(R ${r})`);
  await expect(card.getByTestId('customer-rfm-reason')).toContainText(`(F ${f})`);
  await expect(card).toContainText('Predicted value');
  await card.scrollIntoViewIfNeeded();
  await shot(page, '32-customer-rfm');
});

test('deleting a segment can be undone from its message', async ({ page, openDemo, shell }) => {
  const host = await openDemo();
  await shell.go('Segments');
  const segments = new SegmentsPage(page);
  await segments.list.getByRole('button', { name: /^Champions/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Champions' })).toBeVisible();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const toast = page.locator('[data-sonner-toast]').filter({ hasText: 'Segment “Champions” deleted' });
  await expect(toast).toBeVisible();
  await expect(segments.list.getByRole('button', { name: /^Champions/ })).toHaveCount(0);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(segments.list.getByRole('button', { name: /^Champions/ })).toBeVisible();
  const names = ((await host.rpc('segments.list', {})).body.value as { name: string }[]).map((s) => s.name);
  expect(names).toContain('Champions');
});

test('a small book is scored by limits the owner can read, change (refused when they do not go up) and put back', async ({ page, openWorkspace, shell }) => {
  const host = await openWorkspace('Small', { seed: 3 });
  const { rows } = (await host.rpc('customers.list', { limit: 3 })).body.value as { rows: { id: string }[] };
  const profile = (await host.rpc('profile.get', {})).body.value as { currency: string };
  for (const [i, row] of rows.entries()) {
    const res = await host.rpc('timeline.add', { customerId: row.id, entry: { kind: 'purchase', date: `2026-0${i + 1}-15`, amountMinor: 10_000 * (i + 1), currency: profile.currency } });
    expect(res.body.ok, JSON.stringify(res.body)).toBe(true);
  }
  await page.goto(host.url);
  await shell.go('Segments');
  const segments = new SegmentsPage(page);
  await segments.tab('RFM & lifetime value').click();
  const form = page.getByTestId('rfm-thresholds');
  await expect(page.getByText(/By fixed limits: with 3 buyers/)).toBeVisible();
  const purchases = (n: number) => form.getByRole('textbox', { name: `Number of purchases, limit ${n}` });

  // limits that do not go up are refused with the schema's words, and nothing is saved
  await purchases(2).fill('1');
  await form.getByRole('button', { name: 'Save limits' }).click();
  await expect(form.getByRole('alert')).toHaveText('The four limits must go up, each higher than the one before.');
  expect(((await host.rpc('rfm.scores', {})).body.value as { thresholdsSaved: boolean }).thresholdsSaved).toBe(false);

  await purchases(2).fill('');
  await form.getByRole('button', { name: 'Save limits' }).click();
  await expect(form.getByRole('alert')).toHaveText('Type a number.');

  const before = ((await host.rpc('rfm.scores', {})).body.value as { thresholds: { purchases: number[] } }).thresholds.purchases;
  const mine = [before[0]!, before[1]!, before[2]!, before[3]! + 10];
  await purchases(2).fill(String(mine[1]));
  await purchases(4).fill(String(mine[3]));
  await form.getByRole('button', { name: 'Save limits' }).click();
  await expect(page.getByText('Your own limits.')).toBeVisible();
  expect(((await host.rpc('rfm.scores', {})).body.value as { thresholds: { purchases: number[] } }).thresholds.purchases).toEqual(mine);

  await form.getByRole('button', { name: 'Back to defaults' }).click();
  await expect(page.getByText('The starting limits for your kind of business.')).toBeVisible();
  expect(((await host.rpc('rfm.scores', {})).body.value as { thresholds: { purchases: number[] } }).thresholds.purchases).toEqual(before);
});
