import { expect, type Locator, type Page } from '@playwright/test';

/** The Documents section: kind, template, recipients, coverage, Create document, Mark as sent. */
export class DocumentsPage {
  readonly root: Locator;
  readonly coverage: Locator;
  readonly create: Locator;
  readonly markSent: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId('documents-screen');
    this.coverage = page.getByTestId('documents-coverage');
    this.create = this.root.getByRole('button', { name: 'Create document' });
    this.markSent = this.root.getByRole('button', { name: 'Mark as sent' });
  }

  async chooseKind(name: 'Letters' | 'Gift cards' | 'Call list'): Promise<void> {
    await this.root.getByRole('radio', { name }).click();
  }

  async chooseTemplate(name: string): Promise<void> {
    await this.root.getByRole('combobox', { name: 'Template' }).click();
    await this.page.getByRole('option', { name }).click();
  }

  async chooseSegment(name: string): Promise<void> {
    await this.root.getByRole('combobox', { name: 'Recipients' }).click();
    await this.page.getByRole('option', { name }).click();
    await expect(this.coverage).not.toContainText('Checking');
  }
}
