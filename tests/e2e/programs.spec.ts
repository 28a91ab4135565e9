import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import type { EconomicsAnswer, Program, RecommendAnswer } from '../../shared/domain/program';
import { expect, test } from './fixtures';
import { ProgramsPage } from './pages/programs';
import { shot } from './screenshot';

test.describe.configure({ timeout: 180_000 });

/** Today where the browser runs, as the renderer computes it (the test runs on the same machine). */
function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

const count = (n: number) => new Intl.NumberFormat('en').format(n);

test('recommendations with reasons, a stamp card from one, its economics and sensitivity, its proposal exported, a duplicate compared side by side', async ({ page, openDemo, shell }) => {
  const host = await openDemo();
  const asOf = today();
  const recommended = (await host.rpc('programs.recommend', { asOf })).body.value as RecommendAnswer;
  expect(recommended.recommendations.length).toBeGreaterThan(0);

  await shell.go('Programs');
  const programs = new ProgramsPage(page);
  // no programs yet: the empty state leads to the recommendations
  await expect(page.getByTestId('programs-empty')).toBeVisible();
  await shot(page, '70-programs-empty');
  await page.getByRole('button', { name: 'See what suits your business' }).click();
  await expect(programs.tab('Recommended for you')).toHaveAttribute('aria-selected', 'true');

  // every recommendation the engine makes is shown, each with its reasons (with the numbers in them)
  await expect(programs.recommendations.getByTestId('recommendation')).toHaveCount(recommended.recommendations.length);
  for (const rec of recommended.recommendations) {
    for (const reason of rec.reasons) await expect(programs.recommendation(rec.key)).toContainText(reason);
  }
  for (const item of recommended.notAdvised) await expect(page.getByTestId('not-advised')).toContainText(item.reason);
  await shot(page, '71-programs-recommended');

  // accept the best fit as a draft: it opens in the designer
  const best = recommended.recommendations[0]!;
  await programs.recommendation(best.key).getByRole('button', { name: 'Create draft' }).click();
  await expect(programs.toast(`Draft “${best.draft.name}” created`)).toBeVisible();
  await expect(programs.tab('Programs')).toHaveAttribute('aria-selected', 'true');
  await expect(programs.heading).toHaveText(best.draft.name);
  await expect(programs.view).toContainText('Draft');
  // the recommendation now offers to open it
  await programs.tab('Recommended for you').click();
  await expect(programs.recommendation(best.key).getByRole('button', { name: `Open “${best.draft.name}”` })).toBeVisible();

  // design a stamp card: buy 10, get one free, the free one costs the business 25.00
  const stampCard = recommended.recommendations.find((r) => r.type === 'stampCard');
  const chosen = { name: stampCard?.draft.name ?? 'Coffee card' };
  if (stampCard) {
    await programs.recommendation(stampCard.key).getByRole('button', { name: 'Create draft' }).click();
  } else {
    await programs.tab('Programs').click();
    await page.getByRole('button', { name: 'New program' }).click();
    const dialog = page.getByRole('dialog', { name: 'New program' });
    await dialog.getByLabel('Name').fill(chosen.name);
    await dialog.getByRole('radio', { name: /Stamp card/ }).click();
    await shot(page, '76-new-program-dialog');
    await dialog.getByRole('button', { name: 'Create draft' }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(programs.heading).toHaveText(chosen.name);
  await page.getByRole('radio', { name: 'One stamp per purchase' }).check();
  const rewardAt = page.getByLabel('Reward at');
  await rewardAt.fill('1');
  // the schema's limit, in plain words, once the field was changed
  await expect(page.getByText('At least 2.')).toBeVisible();
  await rewardAt.fill('10');
  await expect(page.getByText('At least 2.')).toHaveCount(0);
  await page.getByLabel('What the customer gets').fill('A free coffee');
  await page.getByLabel(/^Cost to you/).fill('25.00');
  await page.getByLabel(/^Budget per year/).fill('5000');
  await programs.heading.scrollIntoViewIfNeeded();
  await page.getByRole('main').evaluate((main) => main.scrollTo({ top: 0 }));
  await shot(page, '72-program-designer');
  await page.getByRole('heading', { name: 'Rules' }).scrollIntoViewIfNeeded();
  await shot(page, '72b-program-rules');
  await programs.save();

  const saved = ((await host.rpc('programs.list', {})).body.value as Program[]).find((p) => p.name === chosen.name)!;
  expect(saved.rules).toMatchObject({ type: 'stampCard', stampsPer: 'purchase', rewardAt: 10, reward: { description: 'A free coffee', costMinor: 2500 } });
  expect(saved.budgetMinor).toBe(500_000);

  // its economics under the default assumptions: the figures are the engine's, each with how it was computed
  await programs.tab('Economics').click();
  const economics = (await host.rpc('programs.economics', { programId: saved.id, asOf })).body.value as EconomicsAnswer;
  const members = economics.figures.find((f) => f.key === 'members')!;
  await expect(programs.figure('members')).toContainText(count(members.value!));
  const earned = economics.figures.find((f) => f.key === 'rewardsEarned')!;
  await expect(programs.figure('rewardsEarned')).toContainText(count(earned.value!));
  const net = economics.figures.find((f) => f.key === 'net')!;
  const how = programs.figures.getByRole('button', { name: 'How was “Net result per year” worked out?' });
  await expect(how).toHaveAttribute('aria-expanded', 'false');
  await how.focus();
  await page.keyboard.press('Enter');
  await expect(how).toHaveAttribute('aria-expanded', 'true');
  await expect(programs.figures.getByText(net.how)).toBeVisible();
  await expect(page.getByTestId('retention-card')).toContainText('What +5 % retention means for you');
  await expect(page.getByTestId('tile-payback')).toBeVisible();
  await expect(page.getByTestId('tile-break-even')).toBeVisible();
  // the sensitivity table: a row per uplift, a column per redemption rate, losses marked
  await expect(programs.sensitivity.locator('tbody tr')).toHaveCount(economics.sensitivity.uplifts.length);
  await expect(programs.sensitivity.locator('thead th')).toHaveCount(economics.sensitivity.redemptions.length + 1);
  const losses = economics.sensitivity.profitMinor.flat().filter((p) => p < 0).length;
  await expect(programs.sensitivity.locator('td[data-negative="true"]')).toHaveCount(losses);
  await page.getByRole('main').evaluate((main) => main.scrollTo({ top: 0 }));
  await shot(page, '73-program-economics');
  await page.getByTestId('tile-net').scrollIntoViewIfNeeded();
  await page.getByTestId('retention-card').getByRole('button', { name: /How was “Rise in lifetime profit/ }).click();
  await shot(page, '73a-program-headline');
  await programs.figures.scrollIntoViewIfNeeded();
  await shot(page, '73b-program-figures');

  // a different assumption asks again (debounced): fewer rewards redeemed, fewer redeemed in the table
  await page.getByRole('textbox', { name: 'Rewards redeemed' }).fill('50');
  const halfway = (await host.rpc('programs.economics', { programId: saved.id, asOf, assumptions: { redemptionPercent: 50 } })).body.value as EconomicsAnswer;
  await expect(programs.figure('rewardsRedeemed')).toContainText(count(halfway.figures.find((f) => f.key === 'rewardsRedeemed')!.value!));
  await programs.sensitivity.scrollIntoViewIfNeeded();
  await shot(page, '74-program-sensitivity');

  // the campaign proposal for it, with the assumptions as shown: a DOCX in the documents folder, read back
  const before = new Set(existsSync(host.documents) ? readdirSync(host.documents) : []);
  const downloading = page.waitForEvent('download');
  await programs.view.getByRole('button', { name: 'Proposal…' }).click();
  expect((await downloading).suggestedFilename()).toMatch(/\.docx$/);
  await expect(programs.toast('Proposal saved')).toBeVisible();
  const written = readdirSync(host.documents).filter((name) => name.endsWith('.docx') && !before.has(name));
  expect(written).toHaveLength(1);
  const bytes = readFileSync(join(host.documents, written[0]!));
  const text = (await mammoth.extractRawText({ buffer: bytes })).value;
  for (const part of [chosen.name, 'The customer base', 'Economics', 'Sensitivity: profit per year', 'Budget', 'Next steps']) expect(text).toContain(part);
  expect(text).toContain('Share of rewards redeemed');
  expect(text).toMatch(/Share of rewards redeemed\s+50\s?%/);
  const images = Object.keys(unzipSync(new Uint8Array(bytes))).filter((name) => name.startsWith('word/media/') && name.endsWith('.png'));
  expect(images.length).toBeGreaterThanOrEqual(2); // revenue by month and the RFM groups, drawn from the workspace
  await shot(page, '74b-program-proposal-saved');

  // duplicate it, make the copy's reward dearer, and compare the two
  await programs.tab('Design').click();
  await programs.view.getByRole('button', { name: 'Duplicate' }).click();
  const copyName = `${chosen.name} (copy)`;
  await expect(programs.heading).toHaveText(copyName);
  await page.getByLabel('Reward at').fill('8');
  await programs.save();
  await expect(programs.list.getByTestId('program-item')).toHaveCount(3);

  await programs.tab('Compare').click();
  const table = page.getByTestId('compare-table');
  await expect(table.getByRole('columnheader', { name: chosen.name, exact: true })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: copyName, exact: true })).toBeVisible();
  const rules = table.getByRole('row').filter({ hasText: 'Rules' });
  await expect(rules).toContainText('at 10 stamps');
  await expect(rules).toContainText('at 8 stamps');
  await expect(table.getByRole('row').filter({ hasText: 'Net result per year' })).not.toContainText('—');
  await shot(page, '75-programs-compare');

  // delete the copy, then undo
  await programs.tab('Programs').click();
  await programs.list.getByRole('button', { name: new RegExp(copyName.replace(/[()]/g, '\\$&')) }).click();
  await programs.view.getByRole('button', { name: 'Delete' }).click();
  await expect(programs.list.getByTestId('program-item')).toHaveCount(2);
  await programs.toast(`Deleted “${copyName}”`).getByRole('button', { name: 'Undo' }).click();
  await expect(programs.list.getByTestId('program-item')).toHaveCount(3);
  await expect(programs.heading).toHaveText(copyName);
});
