import { expect, test } from './fixtures';
import { TemplatesPage } from './pages/templates';
import { shot } from './screenshot';

test.describe.configure({ timeout: 120_000 });

const BODY = 'Dear {{firstName | "friend"}},\n{{#if isB2B}}Thank you for your business.{{else}}Thank you for shopping with us.{{/if}}\n{{nickname}}';

test('a template with a fallback and a condition: preview on two customers, an unknown field warned, coverage with a left-out customer', async ({ page, openDemo, shell }) => {
  const host = await openDemo();
  const listed = await host.rpc('templates.list', {});
  test.fixme(listed.body.ok !== true, 'the engine does not answer templates.* yet (branch tmpl-engine)');
  const segments = (await host.rpc('segments.list', {})).body.value as { id: string; name: string }[];
  // a segment whose members the engine names, so the screen can be checked against it
  const segment = segments[0]!;
  const members = (await host.rpc('segments.members', { id: segment.id })).body.value as { ids: string[] };
  expect(members.ids.length).toBeGreaterThan(1);
  const first = (await host.rpc('templates.context', { customerId: members.ids[0] })).body.value as { name: string };
  const second = (await host.rpc('templates.context', { customerId: members.ids[1] })).body.value as { name: string };

  await shell.go('Templates & gifts');
  const templates = new TemplatesPage(page);
  await shot(page, 'templates-list');
  await templates.newTemplate('Thank you', BODY);
  // the syntax check runs as one types, before any customer is picked
  await expect(page.getByRole('status', { name: 'Problems in this text' })).toContainText('Unknown field “nickname”');
  await templates.save('Thank you');

  await templates.previewSegment(segment.name);
  await expect(templates.previewText).toContainText(first.name);
  await expect(templates.previewText).toContainText(/Thank you for (your business|shopping with us)\./);
  await expect(templates.previewText).not.toContainText('{{');
  await expect(templates.previewText.getByRole('status', { name: 'Warnings' })).toHaveCount(0);
  await templates.next();
  await expect(templates.previewText).toContainText(second.name);
  await shot(page, 'templates-editor-preview');

  const created = ((await host.rpc('templates.list', {})).body.value as { id: string; name: string }[]).find((x) => x.name === 'Thank you')!;
  const coverage = (await host.rpc('templates.coverage', { templateId: created.id, recipients: { segmentId: segment.id }, channel: 'email' })).body
    .value as { total: number; included: number; excluded: { customerId: string; name: string }[] };
  await templates.checkCoverage(segment.name, 'Email');
  const result = page.getByTestId('coverage-result');
  await expect(result).toContainText(`${coverage.included} of ${coverage.total} will get it`);
  await shot(page, 'templates-coverage');
  test.skip(coverage.excluded.length === 0, 'the demo segment leaves nobody out for email');
  const leftOut = coverage.excluded[0]!;
  await result.getByRole('link', { name: leftOut.name }).click();
  await expect(page.getByRole('main').getByRole('heading', { name: leftOut.name })).toBeVisible();
});
