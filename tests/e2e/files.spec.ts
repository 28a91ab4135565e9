import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import type { RunningHost } from '../support/host';
import { CapturePage } from './pages/capture';
import { CustomerPage, CustomersPage } from './pages/customers';
import { ShellPage } from './pages/shell';
import { shot } from './screenshot';

async function openCustomers(page: Page, host: RunningHost): Promise<CustomersPage> {
  await page.goto(host.url);
  await new ShellPage(page).go('Customers');
  return new CustomersPage(page);
}

test('Export CSV says where the file went and hands it to the browser as a download', async ({ page, openWorkspace }) => {
  const host = await openWorkspace('Nordlys');
  await host.rpc('customers.create', { customer: { firstName: 'Søren', lastName: 'Ærø', city: 'Århus' } });
  const customers = await openCustomers(page, host);
  await expect(customers.total).toHaveText('1 customer');
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;

  const path = join(host.documents, 'Nordlys customers.csv');
  const toast = page.locator('[data-sonner-toast]').filter({ hasText: '1 customer exported' });
  await expect(toast).toContainText(`Saved in your documents folder as ${path}. Your browser downloads a copy too.`);
  // a browser cannot show a folder: no button that would do nothing
  await expect(toast.getByRole('button', { name: 'Show in folder' })).toHaveCount(0);
  expect(download.suggestedFilename()).toBe('Nordlys customers.csv');
  const downloaded = readFileSync(await download.path());
  expect(downloaded.equals(readFileSync(path))).toBe(true);
  expect(downloaded.toString('utf8')).toContain('Søren');
  await shot(page, '20-export-csv-message');
});

test('Export their data shows where the file went, beside the button and in a message, and downloads it', async ({ page, openWorkspace }) => {
  const host = await openWorkspace('Nordlys');
  await host.rpc('customers.create', { customer: { firstName: 'Eva', lastName: 'Novak', country: 'SI' } });
  const customers = await openCustomers(page, host);
  await customers.open('Eva Novak');
  const eva = new CustomerPage(page);
  await expect(eva.heading).toHaveText('Eva Novak');
  const downloading = page.waitForEvent('download');
  await eva.privacy.getByRole('button', { name: 'Export their data' }).click();
  const download = await downloading;

  const path = join(host.documents, 'Eva Novak - personal data.txt');
  const message = `Saved in your documents folder as ${path}. Your browser downloads a copy too.`;
  await expect(eva.privacy.getByRole('status', { name: 'Their data was saved' })).toHaveText(message);
  await expect(page.locator('[data-sonner-toast]').filter({ hasText: 'Their data was saved' })).toContainText(message);
  expect(download.suggestedFilename()).toBe('Eva Novak - personal data.txt');
  expect(readFileSync(await download.path(), 'utf8')).toContain('Country: Slovenia (SI)');
  await eva.privacy.scrollIntoViewIfNeeded();
  await shot(page, '21-export-their-data-message');
});

test('the grid columns chosen survive a restart of the host (a new port, so a new browser storage)', async ({ page, context, startHost, tempDir }) => {
  const workspace = join(tempDir, 'Columns.rapport');
  let host = await startHost({ workspace });
  await host.rpc('customers.create', { customer: { firstName: 'Bo', lastName: 'Berg', city: 'Odense' } });
  let customers = await openCustomers(page, host);
  await customers.columnsButton.click();
  await page.getByRole('menuitemcheckbox', { name: 'Do not contact' }).click();
  await page.getByRole('menuitemcheckbox', { name: 'City' }).click();
  await page.keyboard.press('Escape');
  await expect(customers.header('City')).toHaveCount(0);
  await expect(customers.header('Do not contact')).toBeVisible();
  await expect.poll(async () => (await host.rpc('preferences.get', { key: 'customers.columns' })).body.value).toContain('doNotContact');
  expect((await host.rpc('preferences.get', { key: 'customers.columns' })).body.value).not.toContain('city');

  await host.stop();
  const firstPort = host.port;
  host = await startHost({ workspace });
  expect(host.port).not.toBe(firstPort);
  const second = await context.newPage();
  customers = await openCustomers(second, host);
  await expect(customers.header('Do not contact')).toBeVisible();
  await expect(customers.header('City')).toHaveCount(0);
});

test('the trade-fair event typed at the stand is still there after a restart of the host', async ({ page, context, startHost, tempDir }) => {
  const workspace = join(tempDir, 'Fair.rapport');
  let host = await startHost({ workspace });
  await page.goto(host.url);
  await new ShellPage(page).expectShown('Fair');
  let capture = new CapturePage(page);
  await capture.open();
  await capture.event.pressSequentially('Kaffefestival 2026', { delay: 40 });
  await expect(capture.event).toHaveValue('Kaffefestival 2026');
  // stored once typing pauses, as one preference (not a save per keystroke)
  await expect.poll(async () => (await host.rpc('preferences.get', { key: 'capture.event' })).body.value).toBe('Kaffefestival 2026');

  await host.stop();
  host = await startHost({ workspace });
  const second = await context.newPage();
  await second.goto(host.url);
  await new ShellPage(second).expectShown('Fair');
  capture = new CapturePage(second);
  await capture.open();
  await expect(capture.event).toHaveValue('Kaffefestival 2026');
  // loaded with the workspace, so the form is ready for the first visitor
  await expect(capture.field('First name')).toBeFocused();
});
