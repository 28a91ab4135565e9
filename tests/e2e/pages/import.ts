import { expect, type Locator, type Page } from '@playwright/test';

/** The import wizard, opened from the sidebar's "Import customers…" button. */
export class ImportWizardPage {
  readonly dialog: Locator;
  readonly fileInput: Locator;
  readonly chooseButton: Locator;
  readonly planSummary: Locator;
  readonly rows: Locator;
  readonly sample: Locator;
  readonly encoding: Locator;
  readonly delimiter: Locator;
  readonly runButton: Locator;
  readonly result: Locator;
  readonly undoButton: Locator;
  readonly closeButton: Locator;
  readonly refusal: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import customers' });
    this.fileInput = this.dialog.locator('input[type="file"]');
    this.chooseButton = this.dialog.getByRole('button', { name: 'Choose file…' });
    this.planSummary = this.dialog.getByRole('group', { name: 'Plan summary' });
    this.rows = this.dialog.getByRole('region', { name: 'Rows of the file' }).getByRole('table');
    this.sample = this.dialog.getByRole('region', { name: 'First lines of the file' });
    this.encoding = this.dialog.getByRole('combobox', { name: 'Text encoding' });
    this.delimiter = this.dialog.getByRole('combobox', { name: 'Column separator' });
    this.runButton = this.dialog.getByRole('button', { name: /^Import \d+ customers?$/ });
    this.result = this.dialog.getByRole('status', { name: 'Import result' });
    this.undoButton = this.dialog.getByRole('button', { name: 'Undo import' });
    this.closeButton = this.dialog.getByRole('button', { name: 'Close' });
    this.refusal = this.dialog.getByRole('alert');
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Import customers…' }).click();
    await expect(this.dialog).toBeVisible();
    await expect(this.chooseButton).toBeFocused();
  }

  /** Sets the file as the "Choose file…" dialog would, and waits for the preview. */
  async choose(path: string | { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.fileInput.setInputFiles(path);
  }

  async expectPreview(): Promise<void> {
    await expect(this.planSummary).toBeVisible();
  }

  /** The plan row for a line of the file. */
  row(line: number): Locator {
    return this.rows.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: String(line), exact: true }) });
  }

  count(kind: 'created' | 'updated' | 'merged' | 'skipped' | 'failed'): Locator {
    return this.dialog.getByTestId(`import-count-${kind}`).first();
  }

  /** The mapping control of one column of the file. */
  fieldFor(header: string): Locator {
    return this.dialog.getByRole('combobox', { name: `Field for column “${header}”` });
  }

  async pick(combobox: Locator, option: string): Promise<void> {
    await combobox.click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }
}
