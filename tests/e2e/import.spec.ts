import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import iconv from 'iconv-lite';
import { REPO_ROOT, type RunningHost } from '../support/host';
import { ImportWizardPage } from './pages/import';
import { ShellPage } from './pages/shell';

const SHOPIFY = join(REPO_ROOT, 'tests/fixtures/imports/shopify-customers.csv');

const total = async (host: RunningHost) => (await host.rpc('customers.list', {})).body.value.total as number;

test('import a Shopify export: recognised, one duplicate updated, an empty row reported; run, then undo', async ({ page, openWorkspace }) => {
  const host = await openWorkspace('Roastery');
  await host.rpc('customers.create', { customer: { firstName: 'Mette', lastName: 'Kjær', email: 'mette@kaffebar.dk' } });
  await page.goto(host.url);
  await new ShellPage(page).expectShown('Roastery');

  const wizard = new ImportWizardPage(page);
  await wizard.open();
  await wizard.choose(SHOPIFY);
  await wizard.expectPreview();

  await expect(wizard.dialog.getByText('Recognised: Shopify', { exact: false })).toBeVisible();
  await expect(wizard.count('created')).toHaveText('2 new');
  await expect(wizard.count('updated')).toHaveText('1 updated');
  await expect(wizard.count('failed')).toHaveText('1 error');
  await expect(wizard.encoding).toContainText('UTF-8');
  await expect(wizard.delimiter).toContainText('Comma');
  // the columns were mapped without asking
  await expect(wizard.fieldFor('Email')).toContainText('Email');
  await expect(wizard.fieldFor('Customer ID')).toContainText('Ignore');

  // row by row: Mette updates the existing customer; the empty row is an error, named by its line in the file
  await expect(wizard.row(2)).toContainText('Update');
  await expect(wizard.row(2)).toContainText('Mette Kjær');
  await expect(wizard.row(3)).toContainText('New');
  await expect(wizard.row(3)).toContainText('Jiří Dvořák');
  const errorRow = wizard.rows.locator('tr[data-action="error"]');
  await expect(errorRow).toHaveCount(1);
  await expect(errorRow.getByRole('rowheader')).toHaveText('6'); // Anna's note spans lines 4–5
  await expect(errorRow).toContainText('Error');
  // the decoded sample shows the letters right, the multi-line note included
  await expect(wizard.sample).toContainText('Kaffebar Østerbro');
  await expect(wizard.sample).toContainText('second line');

  mkdirSync(join(REPO_ROOT, 'test-results/screenshots'), { recursive: true });
  await page.screenshot({ path: join(REPO_ROOT, 'test-results/screenshots/30-import-preview.png') });
  await wizard.sample.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(REPO_ROOT, 'test-results/screenshots/30b-import-columns.png') });

  await expect(wizard.runButton).toHaveText('Import 3 customers');
  await wizard.runButton.click();
  await expect(wizard.result).toContainText('Import finished');
  await expect(wizard.result).toContainText('2 new');
  await expect(wizard.result).toContainText('1 updated');
  // the error row is listed as left out
  await expect(wizard.rows.locator('tr[data-action="error"]')).toContainText('6');
  expect(await total(host)).toBe(3);
  const mette = (await host.rpc('customers.list', { search: 'mette' })).body.value.rows;
  expect(mette).toHaveLength(1);
  // a toast offers Undo as well
  const toastUndo = page.getByRole('region', { name: /Notifications/ }).getByRole('button', { name: 'Undo', exact: true });
  await expect(toastUndo).toBeVisible();

  await page.screenshot({ path: join(REPO_ROOT, 'test-results/screenshots/31-import-done.png') });

  await wizard.undoButton.click();
  await expect(wizard.result).toContainText('Import undone: 2 removed, 1 restored');
  expect(await total(host)).toBe(1);
  const after = (await host.rpc('customers.get', { id: mette[0].id })).body.value;
  expect(after).toMatchObject({ firstName: 'Mette', lastName: 'Kjær', email: 'mette@kaffebar.dk', company: '' });

  await wizard.closeButton.click();
  await expect(wizard.dialog).toBeHidden();
});

test('a Windows-1250 Czech file with semicolons is read with its letters right', async ({ page, openWorkspace }) => {
  const host = await openWorkspace('Praha');
  const dir = mkdtempSync(join(tmpdir(), 'rapport-import-file-'));
  const path = join(dir, 'zakaznici.csv');
  const text = 'Jméno;Příjmení;E-mail;Město;Poznámka\r\nŘehoř;Šťastný;rehor@example.cz;Plzeň;Káva zrnková, střední pražení\r\nŽofie;Dvořáková;zofie@example.cz;České Budějovice;Čaj\r\n';
  writeFileSync(path, iconv.encode(text, 'windows-1250'));
  await page.goto(host.url);

  const wizard = new ImportWizardPage(page);
  await wizard.open();
  await wizard.choose(path);
  await wizard.expectPreview();
  await expect(wizard.delimiter).toContainText('Semicolon');
  await expect(wizard.sample).toContainText('Řehoř');
  await expect(wizard.sample).toContainText('Šťastný');
  await expect(wizard.sample).toContainText('České Budějovice');
  // If Rapport was not sure, it asks, with Windows-1250 as an option
  await expect(wizard.encoding).toContainText('Windows-1250');
  const choice = wizard.dialog.getByRole('group', { name: 'Which of these looks right?' });
  if (await choice.isVisible()) {
    // each candidate shows its own reading; picking the wrong one shows the damage, and it can be picked back
    await choice.getByRole('button', { name: 'Use Windows-1252 (Western European)' }).click();
    await expect(wizard.sample).toContainText('Øehoø');
    await expect(wizard.encoding).toContainText('Windows-1252');
    await choice.getByRole('button', { name: 'Use Windows-1250 (Central European)' }).click();
    await expect(wizard.sample).toContainText('Řehoř');
  }
  await page.screenshot({ path: join(REPO_ROOT, 'test-results/screenshots/32-import-czech.png') });

  // no known export, but every column maps by its Czech name: no "unknown layout" warning; a choice made by
  // hand is remembered for the next file like it
  await expect(wizard.dialog.getByText('Every column is mapped')).toBeVisible();
  await expect(wizard.dialog.getByText('Unknown layout — check the columns below')).toHaveCount(0);
  // Czech headers are guessed from their names; the note column is left out by hand
  await expect(wizard.fieldFor('Jméno')).toContainText('First name');
  await expect(wizard.fieldFor('Příjmení')).toContainText('Last name');
  await expect(wizard.fieldFor('E-mail')).toContainText('Email');
  await wizard.pick(wizard.fieldFor('Poznámka'), 'Ignore');
  await expect(wizard.fieldFor('Poznámka')).toContainText('Ignore');
  await expect(wizard.count('created')).toHaveText('2 new');
  await expect(wizard.row(2)).toContainText('Řehoř Šťastný');
  await wizard.dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(wizard.dialog).toBeHidden();

  await wizard.open();
  await wizard.choose(path);
  await wizard.expectPreview();
  await expect(wizard.dialog.getByText('Using the column choices you made last time')).toBeVisible();
  await expect(wizard.fieldFor('Poznámka')).toContainText('Ignore');
  await expect(wizard.count('created')).toHaveText('2 new');
  await wizard.runButton.click();
  await expect(wizard.result).toContainText('2 new');
  const rows = (await host.rpc('customers.list', { search: 'Šťastný' })).body.value.rows;
  expect(rows[0]).toMatchObject({ firstName: 'Řehoř', lastName: 'Šťastný', city: 'Plzeň' });
  expect((await host.rpc('customers.get', { id: rows[0].id })).body.value.notes).toBe('');

  // the toast's Undo works after the wizard is closed
  await wizard.closeButton.click();
  await expect(wizard.dialog).toBeHidden();
  await page.getByRole('region', { name: /Notifications/ }).getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByText('Import undone: 2 removed, 0 restored')).toBeVisible();
  expect(await total(host)).toBe(0);
});

test('a Shopify orders export books purchases on the customers it names, new buyers included; undo takes them back', async ({ page, openWorkspace }) => {
  const host = await openWorkspace('Orders');
  const mette = (await host.rpc('customers.create', { customer: { firstName: 'Mette', lastName: 'Kjær', email: 'mette@kaffebar.dk' } })).body.value;
  await page.goto(host.url);
  await new ShellPage(page).expectShown('Orders');

  const wizard = new ImportWizardPage(page);
  await wizard.open();
  await wizard.choose(join(REPO_ROOT, 'tests/fixtures/imports/shopify-orders.csv'));
  await wizard.expectPreview();
  await expect(wizard.dialog.getByText('Recognised: Shopify orders', { exact: false })).toBeVisible();
  await expect(wizard.row(2)).toContainText('Purchase for Mette Kjær (same email)');
  // the order's second line item belongs to the order (its Total is on the first line), on the same customer
  await expect(wizard.row(3).getByRole('cell').nth(1)).toContainText('Mette Kjær');
  await expect(wizard.row(3)).toContainText('Another line of order #1001 (line 2)');
  await expect(wizard.row(4)).toContainText('Purchase for a new customer, Kari Nordmann');
  await expect(wizard.count('created')).toHaveText('2 purchases to book');
  await expect(wizard.count('merged')).toHaveText('1 more line of an order');
  await expect(wizard.count('updated')).toHaveCount(0); // purchases are never updated
  mkdirSync(join(REPO_ROOT, 'test-results/screenshots'), { recursive: true });
  await page.screenshot({ path: join(REPO_ROOT, 'test-results/screenshots/33-import-orders.png') });

  const book = wizard.dialog.getByRole('button', { name: /^Book \d+ purchases?$/ });
  await expect(book).toHaveText('Book 2 purchases');
  await book.click();
  await expect(wizard.result).toContainText('Import finished');
  await expect(wizard.result).toContainText('2 purchases booked');
  const facts = async () => (await host.rpc('customers.get', { id: mette.id })).body.value.facts;
  // the order's Total, shipping included, in its own currency; the total is in the business currency
  const booked = await facts();
  expect(booked).toMatchObject({ purchaseCount: 1, spentByCurrency: [{ currency: 'DKK', totalMinor: 46400, purchaseCount: 1 }] });
  expect(booked.totalMinor).toBe(booked.spentByCurrency[0].convertedMinor);
  expect(await total(host)).toBe(2); // Kari became a customer

  await wizard.undoButton.click();
  await expect(wizard.result).toContainText('Import undone');
  expect(await facts()).toMatchObject({ purchaseCount: 0 });
  expect(await total(host)).toBe(1);
});

test('a file Rapport cannot read is refused with a plain message', async ({ page, openWorkspace }) => {
  const host = await openWorkspace('Refused');
  await page.goto(host.url);
  const wizard = new ImportWizardPage(page);
  await wizard.open();
  await wizard.choose({ name: 'customers.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK\u0003\u0004rest-of-a-zip', 'latin1') });
  await expect(wizard.refusal).toContainText('Rapport cannot import this file');
  await expect(wizard.refusal).toContainText('zip archive or a spreadsheet');
  // and another file can be chosen right away
  await wizard.choose(SHOPIFY);
  await wizard.expectPreview();
  expect(await total(host)).toBe(0);
});

test('a large file shows how far reading has got, and Stop goes back to choosing a file', async ({ page, openWorkspace }) => {
  const host = await openWorkspace('Large');
  await page.goto(host.url);
  const wizard = new ImportWizardPage(page);
  await wizard.open();
  // 150,000 people: seconds of reading and matching, long enough to watch and to stop
  const lines = Array.from({ length: 150_000 }, (_, i) => `Person${i},Tester,person${i}@example.dk,+45 ${String(20000000 + i)}`);
  await wizard.choose({ name: 'everyone.csv', mimeType: 'text/csv', buffer: Buffer.from(`First Name,Last Name,Email,Phone\n${lines.join('\n')}\n`) });

  const reading = wizard.dialog.getByRole('progressbar', { name: 'Reading progress' });
  await expect(reading).toBeVisible({ timeout: 20_000 }); // uploading and parsing come first; slower on a busy machine
  await page.screenshot({ path: test.info().outputPath('import-reading.png') });
  await wizard.dialog.getByRole('button', { name: 'Stop reading' }).click();

  await expect(wizard.chooseButton).toBeVisible();
  await expect(wizard.refusal).toHaveCount(0); // stopping is not an error
  await expect(wizard.planSummary).toHaveCount(0);
  expect(await total(host)).toBe(0);
});
