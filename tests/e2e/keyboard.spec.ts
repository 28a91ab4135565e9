import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { type RunningHost, startHost } from '../support/host';
import { closeAndStop } from './stop-host';
import { ShellPage } from './pages/shell';

let host: RunningHost | null = null;

test.afterEach(async ({ context }) => {
  await closeAndStop(context, host);
  host = null;
});

test('the sidebar can be used with the keyboard alone', async ({ page }) => {
  // --workspace with a path that does not exist yet makes the host create a workspace there.
  host = await startHost({ workspace: join(mkdtempSync(join(tmpdir(), 'rapport-keys-')), 'Keys.rapport') });
  await page.goto(host.url);
  const shell = new ShellPage(page);
  await shell.expectShown('Keys');
  await expect(shell.navItem('Dashboard')).toHaveAttribute('aria-current', 'page');

  // Tab reaches the sidebar first.
  await page.keyboard.press('Tab');
  await expect(shell.navItem('Dashboard')).toBeFocused();

  // Arrow keys move between items; Enter opens one.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(shell.navItem('Segments')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(shell.navItem('Segments')).toHaveAttribute('aria-current', 'page');
  await expect(shell.navItem('Dashboard')).not.toHaveAttribute('aria-current', 'page');
  await expect(shell.sectionHeading).toHaveText('Segments');
  await expect(page.getByRole('main')).toContainText('Not built yet');

  // End jumps to Settings, Space opens it; ArrowDown wraps round to the top.
  await page.keyboard.press('End');
  await expect(shell.navItem('Settings')).toBeFocused();
  await page.keyboard.press(' ');
  await expect(shell.sectionHeading).toHaveText('Settings');
  await shell.navItem('Settings').focus();
  await page.keyboard.press('ArrowDown');
  await expect(shell.navItem('Dashboard')).toBeFocused();

  // Tab walks through every item too.
  await page.keyboard.press('Tab');
  await expect(shell.navItem('Customers')).toBeFocused();
});
