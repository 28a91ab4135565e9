import { expect, type Locator, type Page } from '@playwright/test';

/** The Dashboard: the period picker, the tiles, the charts, the attention list and the empty state. */
export class DashboardPage {
  readonly heading: Locator;
  readonly range: Locator;
  readonly period: Locator;
  readonly tiles: Locator;
  readonly attention: Locator;
  readonly attentionItems: Locator;
  readonly emptyState: Locator;
  readonly cohortTable: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Dashboard' });
    this.range = page.getByTestId('dashboard-range');
    this.period = main.getByRole('combobox', { name: 'Period' });
    this.tiles = main.getByRole('list', { name: 'Figures for the period' });
    this.attention = main.getByRole('region', { name: 'Needs attention this week' });
    this.attentionItems = page.getByTestId('attention-list').getByRole('listitem');
    this.emptyState = page.getByTestId('dashboard-empty');
    this.cohortTable = page.getByTestId('cohort-table');
  }

  /** A tile's figure, by the tile's id (customers, buyers, revenue, repeatRate, retention, churn, referralShare, nps, avgDays, atRisk). */
  figure(id: string): Locator {
    return this.page.getByTestId(`tile-${id}`);
  }

  tile(id: string): Locator {
    return this.page.locator(`[data-tile="${id}"] .dashboard-tile-card`);
  }

  chart(id: 'revenue' | 'rfm' | 'nps'): Locator {
    return this.page.getByTestId(`chart-${id}`);
  }

  async choosePeriod(name: string): Promise<void> {
    await this.period.click();
    await this.page.getByRole('option', { name, exact: true }).click();
    await expect(this.period).toHaveText(name);
  }

  /** Waits until the figures are in (the skeletons gone, the tiles shown). */
  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.tiles).toBeVisible({ timeout: 30_000 });
    await expect(this.page.getByTestId('dashboard-loading')).toHaveCount(0);
  }
}
