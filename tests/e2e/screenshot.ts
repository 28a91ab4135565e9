import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { REPO_ROOT } from '../support/host';

/** Where the e2e specs leave screenshots for a person to look at. */
export const SHOTS = join(REPO_ROOT, 'test-results/screenshots');

/** A screenshot of the page as a person sees it: fonts loaded, the pointer out of the way (no hover states). */
export async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.mouse.move(0, 0);
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}
