/** Child-process entry: `make-fixture.ts <path> <targetBytes> <seed>`; prints one FixtureReport as JSON. */
import { loadSqlJs } from '../../electron/engine/sqlite';
import { type FixtureReport, makeFixture } from './fixtures';
import { mb } from './measure';

async function main(): Promise<void> {
  const [path, target, seed] = process.argv.slice(2);
  if (!path || !target || !seed) throw new Error('usage: make-fixture.ts <path> <targetBytes> <seed>');
  const SQL = await loadSqlJs(require.resolve('sql.js/dist/sql-wasm.wasm'));
  const made = makeFixture(SQL, path, Number(target), Number(seed));
  const report: FixtureReport = { ...made, fixture_process_peak_rss_mb: mb(process.resourceUsage().maxRSS * 1024) };
  process.stdout.write(`${JSON.stringify(report)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
