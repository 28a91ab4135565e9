import { expect, type Locator, type Page } from '@playwright/test';

/** The Programs section: the list and the open program (Design, Economics), the recommendations, the comparison. */
export class ProgramsPage {
  readonly main: Locator;
  readonly list: Locator;
  readonly view: Locator;
  readonly heading: Locator;
  readonly recommendations: Locator;
  readonly economics: Locator;
  readonly figures: Locator;
  readonly sensitivity: Locator;
  readonly compare: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.list = this.main.getByRole('navigation', { name: 'Programs' });
    this.view = page.getByTestId('program-view');
    this.heading = this.view.getByRole('heading', { level: 2 });
    this.recommendations = page.getByTestId('recommendations');
    this.economics = page.getByTestId('program-economics');
    this.figures = page.getByTestId('economics-figures');
    this.sensitivity = page.getByTestId('sensitivity-table');
    this.compare = page.getByTestId('compare');
  }

  tab(name: 'Programs' | 'Recommended for you' | 'Compare' | 'Design' | 'Economics'): Locator {
    return this.main.getByRole('tab', { name, exact: true });
  }

  recommendation(key: string): Locator {
    return this.recommendations.locator(`[data-testid="recommendation"][data-key="${key}"]`);
  }

  /** A row of the figures table by the figure's key. */
  figure(key: string): Locator {
    return this.figures.locator(`tr[data-figure="${key}"]`);
  }

  toast(text: string | RegExp): Locator {
    return this.page.locator('[data-sonner-toast]').filter({ hasText: text });
  }

  async choose(label: string, option: string): Promise<void> {
    await this.main.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async save(): Promise<void> {
    await this.view.getByRole('button', { name: 'Save changes' }).click();
    await expect(this.toast(/^Saved “/).first()).toBeVisible();
    await expect(this.view.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  }
}
