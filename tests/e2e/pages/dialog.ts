import type { Locator, Page } from '@playwright/test';

/**
 * A dialog found by its title: a form dialog, or an alertdialog for a confirmation. The steps every dialog
 * takes (fill a field by its label, press a button) in one place.
 */
export class DialogPage {
  readonly root: Locator;

  constructor(page: Page, name: string | RegExp, role: 'dialog' | 'alertdialog' = 'dialog') {
    this.root = page.getByRole(role, { name });
  }

  field(label: string | RegExp): Locator {
    return this.root.getByLabel(label);
  }

  button(name: string): Locator {
    return this.root.getByRole('button', { name });
  }
}
