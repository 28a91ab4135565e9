import { expect, type Locator, type Page } from '@playwright/test';

export const SECTION_NAMES = ['Dashboard', 'Customers', 'Segments', 'Programs', 'Campaigns', 'Templates & gifts', 'Documents', 'Settings'] as const;
export type SectionName = (typeof SECTION_NAMES)[number];

/** The app shell: sidebar, the section heading, the status bar. */
export class ShellPage {
  readonly nav: Locator;
  readonly status: Locator;
  readonly sectionHeading: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Sections' });
    this.status = page.getByRole('status', { name: 'Workspace status' });
    this.sectionHeading = page.getByRole('main').getByRole('heading', { level: 1 });
  }

  navItem(name: SectionName): Locator {
    return this.nav.getByRole('button', { name, exact: true });
  }

  async expectShown(businessName: string): Promise<void> {
    await expect(this.nav).toBeVisible();
    await expect(this.status).toContainText(businessName);
  }

  async go(name: SectionName): Promise<void> {
    await this.navItem(name).click();
    await expect(this.navItem(name)).toHaveAttribute('aria-current', 'page');
    await expect(this.sectionHeading).toHaveText(name);
  }

  /** The save-state part of the status bar ("Saved", "Saving…" or an error). */
  get saveState(): Locator {
    return this.page.getByTestId('save-state');
  }
}
