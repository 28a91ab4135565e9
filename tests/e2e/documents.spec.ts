import { existsSync, readdirSync } from 'node:fs';
import { expect, test } from './fixtures';
import { DocumentsPage } from './pages/documents';
import { CustomerPage, CustomersPage } from './pages/customers';
import { ShellPage } from './pages/shell';
import { shot } from './screenshot';

test('letters for a segment: coverage names who is left out, the DOCX lands in the documents folder, Mark as sent logs letters (undoable)', async ({ page, openWorkspace }) => {
  const host = await openWorkspace('Nordlys');
  const made = [];
  for (const customer of [
    { firstName: 'Jana', lastName: 'Nováková', street: 'Masarykova 1', postalCode: '602 00', city: 'Brno', country: 'CZ' },
    { firstName: 'Ole', lastName: 'Hansen', street: 'Strøget 2', postalCode: '1100', city: 'København', country: 'DK' },
    { firstName: 'Nils', lastName: 'Uden', city: 'Odense', country: 'DK' },
  ]) {
    made.push((await host.rpc('customers.create', { customer })).body.value.id as string);
  }
  expect((await host.rpc('customers.bulkUpdate', { ids: made, consent: { medium: 'post', status: 'granted' } })).body.value).toEqual({ updated: 3 });
  expect((await host.rpc('segments.create', { name: 'Letter people', rules: { kind: 'group', op: 'and', not: false, rules: [{ field: 'consent', medium: 'post', op: 'granted' }] } })).status).toBe(200);
  const template = await host.rpc('templates.create', {
    name: 'Thank-you letter',
    kind: 'letter',
    occasion: 'other',
    versions: { en: { subject: 'Thank you', body: 'Dear {{firstName}}, thank you.' } },
  });
  expect(template.status).toBe(200);

  await page.goto(host.url);
  await new ShellPage(page).go('Documents');
  const documents = new DocumentsPage(page);
  await expect(documents.create).toBeDisabled();
  await documents.chooseKind('Letters');
  await documents.chooseTemplate('Thank-you letter');
  await documents.chooseSegment('Letter people');
  await expect(documents.coverage).toContainText('2 of 3 will get one.');
  await expect(documents.coverage.getByRole('listitem').filter({ hasText: 'Nils Uden' })).toContainText('no postal address');
  await shot(page, '70-documents-coverage');

  const downloading = page.waitForEvent('download');
  await documents.create.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.docx$/);
  const written = readdirSync(host.documents).filter((name) => name.endsWith('.docx'));
  expect(written).toHaveLength(1);
  expect(existsSync(`${host.documents}/${written[0]}`)).toBe(true);
  await expect(page.locator('[data-sonner-toast]').filter({ hasText: 'Wrote 2 documents' })).toBeVisible();
  await shot(page, '71-documents-created');

  await documents.markSent.click();
  const sent = page.locator('[data-sonner-toast]').filter({ hasText: 'Logged 2 touchpoints' });
  await expect(sent).toBeVisible();
  await new ShellPage(page).go('Customers');
  await new CustomersPage(page).open('Jana Nováková');
  const jana = new CustomerPage(page);
  await expect(jana.entries.filter({ hasText: /letter/i })).toHaveCount(1);
  await shot(page, '72-letter-on-timeline');
});

test('Write letters… in the grid opens Documents with the selected customers', async ({ page, openWorkspace }) => {
  const host = await openWorkspace('Nordlys');
  await host.rpc('customers.create', { customer: { firstName: 'Bo', lastName: 'Berg', city: 'Odense' } });
  await page.goto(host.url);
  await new ShellPage(page).go('Customers');
  const customers = new CustomersPage(page);
  await customers.grid.getByRole('checkbox').last().check();
  await customers.selection.getByRole('button', { name: 'Write letters…' }).click();
  const documents = new DocumentsPage(page);
  await expect(documents.root).toContainText('The customer picked in the grid');
});
