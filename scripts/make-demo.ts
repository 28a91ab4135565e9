/**
 * `npx tsx scripts/make-demo.ts OUT.rapport [--customers N] [--seed S]`: writes a demo workspace (the coffee
 * roaster of the welcome screen; 100,000 customers make the benchmark workspace) and prints its counts and the
 * seconds it took.
 */
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEMO_DEFAULT_CUSTOMERS, DEMO_DEFAULT_SEED, DEMO_PROFILE, type DemoCounts, generateDemo } from '../electron/engine/demo/generate';
import { insertProfile } from '../electron/engine/store/profile';
import { loadSqlJs } from '../electron/engine/sqlite';
import { Workspace } from '../electron/engine/workspace';

const USAGE = 'usage: npx tsx scripts/make-demo.ts OUT.rapport [--customers N] [--seed S]';

function parseArgs(argv: string[]): { out: string; customers: number; seed: number } {
  let out: string | null = null;
  let customers = DEMO_DEFAULT_CUSTOMERS;
  let seed = DEMO_DEFAULT_SEED;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const number = () => {
      const value = Number(argv[++i]?.replace(/_/g, ''));
      if (!Number.isInteger(value) || value < 0) throw new Error(`${arg} takes a whole number. ${USAGE}`);
      return value;
    };
    if (arg === '--customers') customers = Math.max(1, number());
    else if (arg === '--seed') seed = number();
    else if (!arg.startsWith('--') && out === null) out = resolve(arg);
    else throw new Error(`Unknown argument ${arg}. ${USAGE}`);
  }
  if (!out) throw new Error(USAGE);
  if (existsSync(out)) throw new Error(`${out} already exists; choose another name or delete it first.`);
  return { out, customers, seed };
}

async function main(): Promise<void> {
  const { out, customers, seed } = parseArgs(process.argv.slice(2));
  const SQL = await loadSqlJs(require.resolve('sql.js/dist/sql-wasm.wasm'));
  const now = new Date();
  const env = { SQL, now: () => new Date(), newId: randomUUID, log: (message: string) => console.error(message) };
  const started = performance.now();
  let counts: DemoCounts | null = null;
  const workspace = Workspace.create(out, env, (db) => {
    insertProfile(db, DEMO_PROFILE, now);
    counts = generateDemo(db, { seed, customers, now });
  });
  const generated = performance.now();
  workspace.close();
  const seconds = (performance.now() - started) / 1000;
  console.log(
    JSON.stringify({ path: out, seed, ...counts!, generate_and_first_snapshot_seconds: +(generated - started).toFixed(0) / 1000, total_seconds: +seconds.toFixed(2) }),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
