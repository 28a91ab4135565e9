import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { closeAndStop } from './stop-host';
import { SettingsPage } from './pages/settings';
import { ShellPage } from './pages/shell';
import { WelcomePage } from './pages/welcome';

test('create a workspace, edit the profile in Settings, and find it saved after a reload', async ({ page, startHost }) => {
  const host = await startHost();
  await page.goto(host.url);

  // The token leaves the visible address at once (it stays in sessionStorage for reloads).
  await expect(page).not.toHaveURL(/token=/);

  const welcome = new WelcomePage(page);
  await welcome.expectShown();
  // The browser host has no file chooser: Open… is disabled and says what to do instead.
  await expect(welcome.openButton).toBeDisabled();
  await expect(page.getByText('--workspace PATH')).toBeVisible();

  const form = await welcome.openCreateForm();
  await form.fill({ name: 'Hansen’s Bakery', kind: /Consumers/, industry: 'Bakery', country: 'Denmark' });
  // Currency and language follow the country.
  await expect(form.currency).toContainText('Danish Krone');
  await expect(form.language).toContainText('Danish');
  await form.submit.click();

  const shell = new ShellPage(page);
  await shell.expectShown('Hansen’s Bakery');
  await expect(shell.status).toContainText('Hansen’s Bakery.rapport');
  await expect(shell.navItem('Dashboard')).toHaveAttribute('aria-current', 'page');

  await shell.go('Settings');
  const settings = new SettingsPage(page);
  await expect(settings.name).toHaveValue('Hansen’s Bakery');
  await expect(settings.kind(/Consumers/)).toBeChecked();
  await expect(settings.save).toBeDisabled();

  await settings.name.fill('Hansen & Daughters');
  await settings.industry.fill('Bakery and café');
  await expect(settings.save).toBeEnabled();
  await settings.save.click();
  await expect(page.getByText('Business profile saved')).toBeVisible();
  await expect(shell.saveState).toContainText('Saved');
  await expect(shell.status).toContainText('Hansen & Daughters');
  await expect(settings.save).toBeDisabled();

  await page.reload();
  await shell.expectShown('Hansen & Daughters');
  await shell.go('Settings');
  await expect(settings.name).toHaveValue('Hansen & Daughters');
  await expect(settings.industry).toHaveValue('Bakery and café');
  await expect(settings.country).toContainText('Denmark');
  await expect(settings.currency).toContainText('DKK');

  // The file is a sound SQLite database that any SQLite tool can read.
  const downloads = join(host.dir, 'downloads');
  const files = readdirSync(downloads).filter((name) => name.endsWith('.rapport'));
  expect(files).toEqual(['Hansen’s Bakery.rapport']);
  const file = join(downloads, files[0]!);
  await closeAndStop(page.context(), host); // final snapshot, lock released
  expect(execFileSync('sqlite3', [file, 'PRAGMA integrity_check'], { encoding: 'utf8' }).trim()).toBe('ok');
});

test('name validation is shown inline and Save stays disabled until something changes', async ({ page, startHost }) => {
  const host = await startHost();
  await page.goto(host.url);
  const form = await new WelcomePage(page).openCreateForm();
  await form.submit.click();
  await expect(form.root.getByText('The business needs a name.')).toBeVisible();
  await expect(form.name).toHaveAttribute('aria-invalid', 'true');
  await form.name.fill('Pencil & Co');
  await expect(form.root.getByText('The business needs a name.')).toBeHidden();
  await form.submit.click();

  const shell = new ShellPage(page);
  await shell.expectShown('Pencil & Co');
  await shell.go('Settings');
  const settings = new SettingsPage(page);
  await settings.name.fill('   ');
  await settings.name.blur();
  await expect(settings.form.getByText('The business needs a name.')).toBeVisible();
  await settings.discard.click();
  await expect(settings.name).toHaveValue('Pencil & Co');
  await expect(settings.save).toBeDisabled();
});

test('a file that is not a database is refused with a clear message and left untouched', async ({ page, startHost, tempDir }) => {
  const dir = tempDir;
  const file = join(dir, 'Notes.rapport');
  const bytes = Buffer.from('These are my meeting notes, not a database.\n'.repeat(40));
  writeFileSync(file, bytes);

  const host = await startHost({ workspace: file });
  await page.goto(host.url);
  const welcome = new WelcomePage(page);
  await welcome.expectShown();
  await expect(welcome.error).toContainText('This is not a Rapport workspace');
  await expect(welcome.error).toContainText('“Notes.rapport” is not a Rapport workspace');
  await closeAndStop(page.context(), host);
  expect(readFileSync(file).equals(bytes)).toBe(true);
});

test('a damaged workspace points to its backups folder', async ({ page, startHost, tempDir }) => {
  const dir = tempDir;
  const file = join(dir, 'Shop.rapport');
  const bytes = Buffer.from('SQLite format 3\u0000', 'latin1');
  writeFileSync(file, bytes);

  const host = await startHost({ workspace: file });
  await page.goto(host.url);
  const welcome = new WelcomePage(page);
  await expect(welcome.error).toContainText('This workspace file is damaged');
  await expect(welcome.error).toContainText('Shop.rapport.backups');
  await closeAndStop(page.context(), host);
  expect(readFileSync(file).equals(bytes)).toBe(true);
});

test('closing returns to the welcome screen, where the workspace is listed under Recent and opens again', async ({ page, startHost }) => {
  const host = await startHost();
  await page.goto(host.url);
  const welcome = new WelcomePage(page);
  const form = await welcome.openCreateForm();
  await form.fill({ name: 'Dealer North', kind: /Businesses/ });
  await form.submit.click();
  const shell = new ShellPage(page);
  await shell.expectShown('Dealer North');
  await shell.go('Settings');
  const settings = new SettingsPage(page);
  await expect(settings.reveal).toHaveCount(0); // Electron only
  await settings.saveCopy.click();
  await expect(page.getByText(/Copy saved to .*Dealer North copy\.rapport/)).toBeVisible();
  expect(readdirSync(join(host.dir, 'downloads')).sort()).toContain('Dealer North copy.rapport');
  await settings.closeWorkspace.click();

  await welcome.expectShown();
  const item = welcome.recentItem(/Dealer North/);
  await expect(item).toContainText('Dealer North.rapport');
  await item.focus();
  await page.keyboard.press('Enter');
  await shell.expectShown('Dealer North');
});

test('a recent workspace whose file is gone is greyed out and can be removed from the list', async ({ page, startHost, tempDir }) => {
  const file = join(tempDir, 'Gone.rapport');
  const host = await startHost({ workspace: file });
  await page.goto(host.url);
  const shell = new ShellPage(page);
  await shell.expectShown('Gone');
  await shell.go('Settings');
  await new SettingsPage(page).closeWorkspace.click();
  const welcome = new WelcomePage(page);
  await expect(welcome.recentItem(/Gone/)).toBeVisible();

  rmSync(file);
  await page.reload();
  await expect(welcome.recent).toContainText('File not found');
  await expect(welcome.recentItem(/Gone\.rapport · Last opened/)).toHaveCount(0); // not offered as something to open
  await page.getByRole('button', { name: 'Remove Gone from the list' }).click();
  await expect(page.getByText('Workspaces you open or create will be listed here.')).toBeVisible();
});
