import { expect, test } from './fixtures';
import { CustomerPage } from './pages/customers';
import { DashboardPage } from './pages/dashboard';
import { SettingsPage } from './pages/settings';
import { shot } from './screenshot';

const TILE_IDS = ['customers', 'buyers', 'revenue', 'repeatRate', 'retention', 'churn', 'referralShare', 'nps', 'avgDays', 'atRisk'];

test('the dashboard on the demo: figures, charts, definitions, another period, and an attention item to its customer', async ({ page, openDemo, shell }) => {
  test.slow();
  await openDemo();
  const dashboard = new DashboardPage(page);
  await expect(shell.navItem('Dashboard')).toHaveAttribute('aria-current', 'page');
  await dashboard.expectLoaded();
  await expect(dashboard.period).toHaveText('Last 12 months');

  // every tile has a figure; the demo has buyers and revenue
  for (const id of TILE_IDS) await expect(dashboard.figure(id)).not.toBeEmpty();
  await expect(dashboard.figure('buyers')).toHaveText(/^[1-9][\d,]*$/);
  await expect(dashboard.figure('revenue')).toHaveText(/[1-9]/);
  await expect(dashboard.tiles.getByRole('listitem')).toHaveCount(TILE_IDS.length);

  // the charts are drawn (bars, bars per group, a line) and the cohort table has rows with shaded cells
  await expect(dashboard.chart('revenue').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(dashboard.chart('rfm').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(dashboard.chart('rfm')).toContainText('Champions');
  await expect(dashboard.chart('nps').locator('.recharts-line-curve')).toBeVisible();
  await expect(dashboard.cohortTable.getByRole('rowheader').first()).toBeVisible();
  await expect(dashboard.cohortTable.getByRole('columnheader', { name: 'First bought' })).toBeVisible();
  await expect(dashboard.cohortTable.locator('td[title*="bought again"]').first()).toBeVisible();

  // a tile's definition shows on hover, and on keyboard focus
  await dashboard.tile('retention').hover();
  await expect(page.getByRole('tooltip')).toContainText('Of the people who bought in the period before, how many bought again in this one');
  await page.mouse.move(0, 0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('tooltip')).toHaveCount(0);
  await dashboard.tile('repeatRate').focus();
  await expect(page.getByRole('tooltip')).toContainText('how many bought two times or more');
  await dashboard.tile('repeatRate').blur();

  // the lifetime-value box spells the formula out
  await expect(page.getByTestId('clv')).toContainText(/average order × .* purchases a year × .* expected years × .* gross margin = /);

  await page.setViewportSize({ width: 1280, height: 800 });
  await shot(page, '40-dashboard');
  await dashboard.chart('rfm').scrollIntoViewIfNeeded();
  await shot(page, '40b-dashboard-charts');
  await dashboard.cohortTable.scrollIntoViewIfNeeded();
  await shot(page, '40c-dashboard-cohorts');

  // another period: the figures and the range change
  const range = await dashboard.range.textContent();
  const buyers = await dashboard.figure('buyers').textContent();
  const revenue = await dashboard.figure('revenue').textContent();
  await dashboard.choosePeriod('Last 30 days');
  await expect(dashboard.range).not.toHaveText(range!);
  await dashboard.expectLoaded();
  await expect.poll(async () => [await dashboard.figure('buyers').textContent(), await dashboard.figure('revenue').textContent()]).not.toEqual([buyers, revenue]);

  // a custom period that ends before it starts is refused, clearly
  await dashboard.choosePeriod('Custom…');
  await page.getByLabel('From', { exact: true }).fill('2026-06-30');
  await page.getByLabel('To', { exact: true }).fill('2026-01-01');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('alert')).toHaveText('The period must start on or before its end.');

  // narrow: one column, still readable
  await page.setViewportSize({ width: 760, height: 1000 });
  await dashboard.choosePeriod('Last 12 months');
  await dashboard.expectLoaded();
  await shot(page, '41-dashboard-narrow');
  await page.setViewportSize({ width: 1280, height: 800 });

  // an RFM bar opens the customers grid limited to that group
  await dashboard.chart('rfm').locator('.recharts-bar-rectangle').first().click();
  await expect(shell.navItem('Customers')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('customers-membership')).toContainText('Champions');
  await shell.go('Dashboard');
  await dashboard.expectLoaded();

  // an attention item says why, and opens the customer's page in one click
  const first = dashboard.attentionItems.first();
  await expect(first).toBeVisible();
  const name = (await first.locator('.rt-Text').first().textContent())!;
  await expect(first).toContainText(/\S+/);
  await first.getByRole('button', { name: `Open ${name}` }).click();
  await expect(shell.navItem('Customers')).toHaveAttribute('aria-current', 'page');
  await expect(new CustomerPage(page).heading).toHaveText(name);
});

test('an empty workspace gets a helpful start instead of empty charts', async ({ page, openWorkspace, shell }) => {
  const host = await openWorkspace('Empty');
  await page.goto(host.url);
  await shell.expectShown('Empty');
  const dashboard = new DashboardPage(page);
  await expect(dashboard.emptyState).toContainText('Import your customers from a spreadsheet or add them');
  await expect(dashboard.tiles).toHaveCount(0);
  await shot(page, '42-dashboard-empty');
  await dashboard.emptyState.getByRole('button', { name: 'Go to Customers' }).click();
  await expect(shell.navItem('Customers')).toHaveAttribute('aria-current', 'page');
});

test('customers without purchases are told how to record them', async ({ page, openWorkspace, shell }) => {
  const host = await openWorkspace('NoPurchases', { seed: 3 });
  await page.goto(host.url);
  await shell.expectShown('NoPurchases');
  await expect(new DashboardPage(page).emptyState).toContainText('Record purchases to see your figures');
});

test('a workspace with very few buyers shows its figures with a word that they are a first look', async ({ page, openWorkspace, shell }) => {
  const host = await openWorkspace('FewBuyers', { seed: 3 });
  const currency = (await host.rpc('profile.get', {})).body.value.currency;
  const first = (await host.rpc('customers.list', { offset: 0, limit: 1 })).body.value.rows[0];
  const added = await host.rpc('timeline.add', { customerId: first.id, entry: { kind: 'purchase', date: '2025-01-10', amountMinor: 4500, currency } });
  expect(added.body.ok, JSON.stringify(added.body)).toBe(true);
  await page.goto(host.url);
  await shell.expectShown('FewBuyers');
  const dashboard = new DashboardPage(page);
  await dashboard.expectLoaded();
  await expect(page.getByTestId('dashboard-few-buyers')).toHaveText(/Only 1 customer has bought so far/);
  await expect(dashboard.figure('customers')).toHaveText('3');
});

test('the gross margin is set in the profile form, checked, and saved', async ({ page, openWorkspace, shell }) => {
  const host = await openWorkspace('Margin');
  await page.goto(host.url);
  await shell.expectShown('Margin');
  await shell.go('Settings');
  const settings = new SettingsPage(page);
  await expect(settings.grossMargin).toHaveValue('40');
  await settings.grossMargin.fill('140');
  await settings.save.click();
  await expect(settings.form.getByRole('alert')).toHaveText('Write a percentage from 0 to 100, such as 40.');
  await settings.grossMargin.fill('55.5');
  await settings.save.click();
  await expect.poll(async () => (await host.rpc('profile.get', {})).body.value.grossMarginPercent).toBe(55.5);
  await expect(settings.grossMargin).toHaveValue('55.5');
});
