import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { ShellPage } from './pages/shell';

const journalPathFor = (path: string) => `${path}.journal`;

test('when the engine stops, the user is told it was restarted, and the saved edit is still there', async ({ page, startHost, tempDir }) => {
  // RAPPORT_ENGINE_TEST_HOOKS lets SIGUSR2 end the engine worker in the host, as a crash would
  const host = await startHost({ workspace: join(tempDir, 'Kafe Fjord.rapport'), env: { RAPPORT_ENGINE_TEST_HOOKS: '1' } });
  await page.goto(host.url);
  const shell = new ShellPage(page);
  await shell.expectShown('Kafe Fjord');
  expect((await host.rpc('profile.update', { name: 'Kafé Fjord' })).body).toMatchObject({ ok: true });

  host.process.kill('SIGUSR2');
  const notice = page.getByRole('listitem').filter({ hasText: 'Rapport’s engine stopped and was restarted' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('“Kafe Fjord.rapport” was opened again; your saved work is intact.');
  await expect(shell.status).toContainText('Kafé Fjord');
  expect((await host.rpc('profile.get')).body).toMatchObject({ ok: true, value: { name: 'Kafé Fjord' } });
  await page.screenshot({ path: 'test-results/engine-restarted.png' });
});

test('opening with a damaged journal tells the user once what was recovered and where the damaged journal was kept', async ({ page, startHost, tempDir }) => {
  const path = join(tempDir, 'Nordlys.rapport');
  let host = await startHost({ workspace: path });
  for (let n = 1; n <= 20; n++) expect((await host.rpc('profile.update', { industry: `Roastery ${n}` })).body).toMatchObject({ ok: true });
  await host.kill(); // no final snapshot: the 20 edits live in the journal only
  const journal = readFileSync(journalPathFor(path));
  journal[3]! ^= 0x04; // a flipped bit in the header
  writeFileSync(journalPathFor(path), journal);

  host = await startHost({ workspace: path });
  await page.goto(host.url);
  await new ShellPage(page).expectShown('Nordlys');
  const notice = page.getByRole('listitem').filter({ hasText: 'Rapport repaired this workspace’s journal while opening it' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('20 recent edits were recovered. Every edit confirmed as saved is in the workspace.');
  await expect(notice).toContainText(/The damaged journal \(Rapport’s record of recent edits\) was kept, unchanged, as “.*Nordlys\.rapport\.journal\.damaged-\d{8}T\d{6}Z”/);
  expect((await host.rpc('profile.get')).body).toMatchObject({ ok: true, value: { industry: 'Roastery 20' } });
  await page.screenshot({ path: 'test-results/journal-recovered.png' });

  // shown once: moving around the app does not bring it back
  await notice.getByRole('button', { name: /close/i }).click();
  await expect(notice).toHaveCount(0);
  await page.getByRole('navigation').getByText('Settings').click();
  await page.waitForTimeout(500);
  await expect(page.getByText('Rapport repaired this workspace’s journal while opening it')).toHaveCount(0);
});
