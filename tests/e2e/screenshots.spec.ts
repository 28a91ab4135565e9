import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { SettingsPage } from './pages/settings';
import { ShellPage } from './pages/shell';
import { WelcomePage } from './pages/welcome';
import { shot } from './screenshot';

/** Screenshots of each screen, for a human (or a reviewer) to look at: test-results/screenshots/*.png. */

test('screenshots of welcome, create form, shell and settings', async ({ page, startHost }) => {
  const host = await startHost();
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

test('screenshot of a refused file', async ({ page, startHost, tempDir }) => {
  const file = join(tempDir, 'Notes.rapport');
  writeFileSync(file, 'not a database');
  const host = await startHost({ workspace: file });
  await page.goto(host.url);
  await expect(new WelcomePage(page).error).toBeVisible();
  await shot(page, '06-welcome-error');
});
