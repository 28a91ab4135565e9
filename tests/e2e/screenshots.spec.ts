import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { type RunningHost, startHost } from '../support/host';
import { closeAndStop } from './stop-host';
import { SettingsPage } from './pages/settings';
import { ShellPage } from './pages/shell';
import { WelcomePage } from './pages/welcome';
import { shot } from './screenshot';

/** Screenshots of each screen, for a human (or a reviewer) to look at: test-results/screenshots/*.png. */
let host: RunningHost | null = null;

test.afterEach(async ({ context }) => {
  await closeAndStop(context, host);
  host = null;
});


test('screenshots of welcome, create form, shell and settings', async ({ page }) => {
  host = await startHost();
  await page.goto(host.url);
  const welcome = new WelcomePage(page);
  await welcome.expectShown();
  await shot(page, '01-welcome');

  const form = await welcome.openCreateForm();
  await form.fill({ name: 'Hansen’s Bakery', kind: /Consumers/, industry: 'Bakery', country: 'Denmark' });
  await shot(page, '02-create-form');
  await form.submit.click();

  const shell = new ShellPage(page);
  await shell.expectShown('Hansen’s Bakery');
  await page.getByText('Workspace “Hansen’s Bakery” created').waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
  await shell.go('Customers');
  await shot(page, '03-shell-customers');

  await shell.go('Settings');
  const settings = new SettingsPage(page);
  await settings.industry.fill('Bakery and café');
  await shot(page, '04-settings');
  await settings.closeWorkspace.scrollIntoViewIfNeeded();
  await shot(page, '04b-settings-workspace');

  await settings.discard.click();
  await settings.closeWorkspace.click();
  await expect(welcome.recentItem(/Hansen/)).toBeVisible();
  await shot(page, '05-welcome-recent');
});

test('screenshot of a refused file', async ({ page }) => {
  const file = join(mkdtempSync(join(tmpdir(), 'rapport-shot-')), 'Notes.rapport');
  writeFileSync(file, 'not a database');
  host = await startHost({ workspace: file });
  await page.goto(host.url);
  await expect(new WelcomePage(page).error).toBeVisible();
  await shot(page, '06-welcome-error');
});
