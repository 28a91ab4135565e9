import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { REPO_ROOT } from '../support/host';
import { ImportWizardPage } from './pages/import';
import { ShellPage } from './pages/shell';

const shots = join(REPO_ROOT, 'test-results/screenshots');
const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

/** The history dialog, opened from the sidebar's "Past imports". */
async function openHistory(page: Page) {
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('button', { name: 'Past imports' }).click();
  const dialog = page.getByRole('dialog', { name: 'Past imports' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a Danish file with Navn and Efternavn imports first names; a mapping that loses data is flagged', async ({ page, openWorkspace }) => {
  const host = await openWorkspace('Kaffebar');
  await page.goto(host.url);
  await new ShellPage(page).expectShown('Kaffebar');
  const wizard = new ImportWizardPage(page);
  await wizard.open();
  await wizard.choose(csv('kunder.csv', 'Navn;Efternavn;E-mail;By\nMette;Kjær;mette@kaffebar.dk;København\nAnne Sofie;Holm;anne@example.dk;Aarhus\n'));
  await wizard.expectPreview();
  await expect(wizard.fieldFor('Navn')).toContainText('First name');
  await expect(wizard.fieldFor('Efternavn')).toContainText('Last name');
  await expect(wizard.dialog.getByText('Every column is mapped')).toBeVisible();
  await expect(wizard.dialog.getByText('Unknown layout')).toHaveCount(0);
  await expect(wizard.row(3)).toContainText('Anne Sofie Holm');

  // Navn as a full name beside Efternavn would lose the first names: the mapping step says so
  await wizard.pick(wizard.fieldFor('Navn'), 'Full name');
  const loss = wizard.dialog.getByTestId('mapping-data-loss');
  await expect(loss).toContainText('Data would be lost');
  await expect(loss).toContainText('“Navn” is mapped to Full name beside “Efternavn”');
  await expect(wizard.dialog.getByText('Every column is mapped')).toHaveCount(0);
  mkdirSync(shots, { recursive: true });
  await loss.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, '34-import-mapping-data-loss.png') });
  await wizard.pick(wizard.fieldFor('Navn'), 'First name');
  await expect(loss).toHaveCount(0);

  await wizard.runButton.click();
  await expect(wizard.result).toContainText('2 new');
  const rows = (await host.rpc('customers.list', {})).body.value.rows.map((r: any) => [r.firstName, r.lastName]);
  expect(rows).toEqual(expect.arrayContaining([['Mette', 'Kjær'], ['Anne Sofie', 'Holm']]));
});

test('an error row names the person and lists every problem in it', async ({ page, openWorkspace }) => {
  const host = await openWorkspace('Errors');
  await page.goto(host.url);
  const wizard = new ImportWizardPage(page);
  await wizard.open();
  await wizard.choose(csv('list.csv', 'First Name,Last Name,Email,Birthday,Favourite bean\nJiří,Dvořák,not-an-email,31.02.1990,Kenya\nEva,Lund,eva@example.dk,,Guji\n'));
  await wizard.expectPreview();
  const error = wizard.row(2);
  await expect(error).toContainText('Jiří Dvořák');
  await expect(error).not.toContainText('(no name)');
  const problems = error.getByRole('list', { name: 'Problems in this row' }).getByRole('listitem');
  await expect(problems).toHaveCount(2);
  await expect(problems.nth(0)).toContainText('31.02.1990');
  await expect(problems.nth(1)).toContainText('not-an-email');
  // one column Rapport has no meaning for: only then the layout is called unknown
  await expect(wizard.dialog.getByText('Unknown layout — check the columns below')).toBeVisible();
  await expect(wizard.dialog.getByTestId('mapping-left-out')).toContainText('“Favourite bean”');
  await error.evaluate((row) => row.scrollIntoView({ block: 'center' }));
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, '35-import-preview-errors.png') });
});

test('the history shows an import after the wizard closes, undoes it, and says why an edited one cannot be undone', async ({ page, openWorkspace }) => {
  const host = await openWorkspace('History');
  await page.goto(host.url);
  await new ShellPage(page).expectShown('History');
  const wizard = new ImportWizardPage(page);

  for (const [name, text] of [
    ['first.csv', 'First Name,Last Name,Email\nEva,Lund,eva@example.dk\nOla,Nordmann,ola@example.no\n'],
    ['second.csv', 'First Name,Last Name,Email\nKarl,Berg,karl@example.dk\n'],
  ] as const) {
    await wizard.open();
    await wizard.choose(csv(name, text));
    await wizard.expectPreview();
    await wizard.runButton.click();
    await expect(wizard.result).toContainText('Import finished');
    await wizard.closeButton.click();
    await expect(wizard.dialog).toBeHidden();
  }
  // someone edits a customer the first import created: that import can no longer be undone safely
  const eva = (await host.rpc('customers.list', { search: 'eva@example.dk' })).body.value.rows[0];
  await host.rpc('customers.update', { id: eva.id, patch: { city: 'Aarhus' } });

  const history = await openHistory(page);
  const rows = history.getByTestId('import-history-row');
  await expect(rows).toHaveCount(2);
  const second = rows.filter({ hasText: 'second.csv' });
  const first = rows.filter({ hasText: 'first.csv' });
  await expect(second).toContainText('1 new, 0 updated');
  await expect(second).toContainText('Karl Berg');
  await expect(first).toContainText('Eva Lund, Ola Nordmann');
  await expect(first).toContainText('Can no longer be undone');
  await expect(first).toContainText('Eva Lund was changed after the import');
  await expect(first.getByRole('button', { name: /Undo/ })).toHaveCount(0);
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, '36-import-history.png') });

  await second.getByRole('button', { name: 'Undo the import of second.csv' }).click();
  await expect(page.getByText('Import undone: 1 removed, 0 restored')).toBeVisible();
  await expect(second).toContainText('Undone');
  await expect(second).toContainText('1 customer'); // Karl is gone with the import; his number stays
  await expect(second.getByRole('button', { name: /Undo/ })).toHaveCount(0);
  expect((await host.rpc('customers.list', {})).body.value.total).toBe(2);
  await page.screenshot({ path: join(shots, '37-import-history-undone.png') });
});
