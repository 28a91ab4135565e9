import { expect, type Locator, type Page } from '@playwright/test';

/** The Templates tab of "Templates & gifts": the list, the editor, the live preview and the coverage check. */
export class TemplatesPage {
  readonly list: Locator;
  readonly name: Locator;
  readonly body: Locator;
  readonly preview: Locator;
  readonly previewText: Locator;
  readonly coverage: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.list = main.getByRole('region', { name: 'Templates' });
    this.name = main.getByRole('textbox', { name: 'Name' });
    this.body = main.getByRole('textbox', { name: 'Text' });
    this.preview = main.getByRole('region', { name: 'Preview' });
    this.previewText = page.getByTestId('template-preview');
    this.coverage = main.getByRole('region', { name: 'Coverage check' });
  }

  async newTemplate(name: string, body: string): Promise<void> {
    await this.list.getByRole('button', { name: 'New template' }).click();
    await this.name.fill(name);
    await this.body.fill(body);
  }

  /** Saves with Ctrl+S, as a person at the keyboard would. */
  async save(name: string): Promise<void> {
    await this.body.press('Control+s');
    await expect(this.page.getByText(`Template “${name}” saved`)).toBeVisible();
  }

  async previewSegment(segment: string): Promise<void> {
    await this.preview.getByRole('combobox', { name: 'Or walk through a segment' }).click();
    await this.page.getByRole('option', { name: segment, exact: true }).click();
  }

  async next(): Promise<void> {
    await this.preview.getByRole('button', { name: 'Next' }).click();
  }

  async checkCoverage(segment: string, channel: string): Promise<void> {
    await this.coverage.getByRole('combobox', { name: 'Recipients (segment)' }).click();
    await this.page.getByRole('option', { name: segment, exact: true }).click();
    await this.coverage.getByRole('combobox', { name: 'Channel' }).click();
    await this.page.getByRole('option', { name: channel, exact: true }).click();
    await this.coverage.getByRole('button', { name: 'Check coverage' }).click();
  }
}
