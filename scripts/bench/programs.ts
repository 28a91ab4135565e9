/**
 * Programs bench (BENCH_ONLY=programs), issue 11: on a 100,000-customer / 1,000,000-purchase book that sqlite3
 * writes (birthdays, customer-since days, addresses, consent as recorded by default),
 * - campaigns.schedule of a six-step plan for everyone under the default policy, through the engine worker (read,
 *   expand, place, write the touches), beside the pure scheduler alone on the same input in this process;
 * - programs.economics of a points program through the worker (its statements over the million purchases);
 * - the proposal for that workspace: buildProposal + packSync in this process on sql.js, as documents.export runs it;
 * - the floors beneath all three, plain sql.js on the same file in the same run (programs-floors.ts), and the
 *   grouped scan with the sqlite3 tool beside it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { type EngineChannel, contract } from '../../shared/contract/channels';
import type { Campaign, ScheduleAnswer } from '../../shared/domain/campaign';
import type { EconomicsAnswer, Program } from '../../shared/domain/program';
import { defaultProfile } from '../../shared/domain/profile';
import { scheduleTouches } from '../../shared/logic/schedule';
import { WorkspaceDatabase } from '../../electron/engine/database';
import { packSync } from '../../electron/engine/files/documents/layout';
import { buildProposal } from '../../electron/engine/files/documents/proposal-file';
import { WorkspaceMemory } from '../../electron/engine/handlers/memory';
import { loadSqlJs } from '../../electron/engine/sqlite';
import { campaignsWithStatus } from '../../electron/engine/store/campaigns';
import { readPolicy } from '../../electron/engine/store/contact-policy';
import { publicHolidays } from '../../electron/engine/writing/holidays';
import { readScheduleData } from '../../electron/engine/writing/schedule-input';
import { BenchFailure, type EngineLocation, must, startWarmClient } from './engine-runs';
import { type RssSampler, mb, round } from './measure';
import { measureProgramsFloors } from './programs-floors';
import { SQLITE3 } from './sqlite-reference';

export const PROGRAMS_CUSTOMERS = Number(process.env.BENCH_PROGRAM_CUSTOMERS ?? 100_000);
export const PROGRAMS_PURCHASES = Number(process.env.BENCH_PROGRAM_PURCHASES ?? 1_000_000);
const AS_OF = '2024-07-01';
/** The economics' year: the purchases after this day up to AS_OF. */
const YEAR_FROM = '2023-07-01';
const TARGETS_MS = { schedule: 2000, economics: 1000, proposal: 5000 };

export const PROGRAMS_METHOD =
  'sqlite3 writes the book; schedule and economics are engine calls through the worker (payloads parsed with the contract schemas), ' +
  'the first call timed; the pure scheduler is timed alone on the input the engine reads; the proposal is built and packed in this process on sql.js. ' +
  'Floors, plain sql.js on the same file in the same run: economics beside one grouped scan of the year\'s purchases (and that scan with the sqlite3 tool); ' +
  'the schedule beside reading customers and first/last purchases plus inserting the same touches (key order, 400 rows per prepared statement) into the emptied touches table and exporting; ' +
  'the proposal beside its four plain passes (the year grouped, revenue by month, per-customer totals, the touches).';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

function writeBook(path: string): number {
  const start = performance.now();
  const write = spawnSync(SQLITE3, [path], {
    input: `BEGIN;
      WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ${PROGRAMS_CUSTOMERS})
      INSERT INTO customers (id, first_name, last_name, street, postal_code, city, birthday, customer_since, display_key, created_at, updated_at)
        SELECT printf('c%07d', i), 'First' || i, 'Last' || (i % 977), 'Havnegade ' || (i % 200), '8000', 'Aarhus',
               CASE WHEN i % 3 = 0 THEN '' ELSE date('1960-01-01', '+' || ((i * 53) % 15000) || ' days') END,
               date('2015-01-01', '+' || (i % 3000) || ' days'), printf('last%05d first%07d', i % 977, i),
               '2022-12-01T00:00:00.000Z', '2022-12-01T00:00:00.000Z' FROM n;
      WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ${PROGRAMS_PURCHASES})
      INSERT INTO purchases (id, customer_id, date, amount_minor, currency, created_at)
        SELECT printf('p%08d', i), printf('c%07d', (i * 7919) % ${PROGRAMS_CUSTOMERS}), date('2023-01-01', '+' || ((i * 37 + i / 1000) % 730) || ' days'),
               500 + (i * 131) % 50000, 'DKK', '2022-12-01T00:00:00.000Z' FROM n;
      COMMIT;`,
    encoding: 'utf8',
  });
  if (write.status !== 0 || write.stderr.trim() !== '') throw new BenchFailure(`sqlite3 could not write the programs book: ${write.stderr}`);
  return performance.now() - start;
}

const SIX_STEPS = [
  { id: id(1), name: 'Summer letter', trigger: { kind: 'date', date: '2024-08-15' }, channel: 'letter', costMinor: 1_200 },
  { id: id(2), name: 'Thank-you email', trigger: { kind: 'afterPurchase', days: 3 }, channel: 'email' },
  { id: id(3), name: 'Welcome call', trigger: { kind: 'afterFirstPurchase', days: 30 }, channel: 'phone' },
  { id: id(4), name: 'Birthday card', trigger: { kind: 'beforeBirthday', days: 7 }, channel: 'letter', costMinor: 1_200 },
  { id: id(5), name: 'Anniversary gift', trigger: { kind: 'beforeAnniversary', days: 5 }, channel: 'gift', costMinor: 4_000 },
  { id: id(6), name: 'Win-back letter', trigger: { kind: 'lapsed', days: 180 }, channel: 'letter', costMinor: 1_200 },
];

export async function benchPrograms(options: { benchDir: string; location: EngineLocation; rss: RssSampler; progress: (message: string) => void }) {
  const { benchDir, location, rss, progress } = options;
  const path = `${benchDir}/programs-${PROGRAMS_CUSTOMERS}.rapport`;
  for (const suffix of ['', '.journal', '.lock', '.backups']) rmSync(`${path}${suffix}`, { force: true, recursive: true });
  const { client } = await startWarmClient(location);
  const call = <T>(channel: EngineChannel, payload: unknown) => must<T>(client, { op: 'call', channel, payload: contract[channel].request.parse(payload) } as never);
  let schedule: ScheduleAnswer;
  let scheduleMs = 0;
  let economicsMs = 0;
  let economics: EconomicsAnswer;
  let programId = '';
  try {
    await must(client, { op: 'create', path, profile: { ...defaultProfile('Bench bakery'), country: 'DK', currency: 'DKK', language: 'da' } });
    await must(client, { op: 'close' });
    progress(`programs: writing ${PROGRAMS_CUSTOMERS} customers and ${PROGRAMS_PURCHASES} purchases with sqlite3…`);
    const writtenMs = writeBook(path);
    progress(`programs: written in ${round(writtenMs / 1000)} s; economics and schedule through the worker…`);
    await must(client, { op: 'open', path });
    programId = (await call<Program>('programs.create', { name: 'Points', status: 'active', rules: { type: 'points', pointsPerUnit: 1, thresholds: [{ points: 500, reward: { description: 'A cake', costMinor: 4_000 } }], expiryMonths: 12 } })).id;
    let start = performance.now();
    economics = await call<EconomicsAnswer>('programs.economics', { programId, asOf: AS_OF });
    economicsMs = performance.now() - start;
    await call<Campaign>('campaigns.create', { name: 'A year of attention', programId, status: 'active', startDate: AS_OF, endDate: '2025-06-30', steps: SIX_STEPS });
    rss.takePhasePeak();
    start = performance.now();
    schedule = await call<ScheduleAnswer>('campaigns.schedule', { asOf: AS_OF });
    scheduleMs = performance.now() - start;
    await must(client, { op: 'close' });
  } finally {
    await client.stop();
  }
  const scheduleRss = rss.takePhasePeak();

  progress('programs: the pure scheduler alone, and the proposal, in this process…');
  const SQL = await loadSqlJs(location.wasmPath);
  const db = new WorkspaceDatabase(SQL, readFileSync(path));
  let start = performance.now();
  const plans = campaignsWithStatus(db, 'active');
  const data = readScheduleData(db, plans, AS_OF);
  const readMs = performance.now() - start;
  start = performance.now();
  const policy = readPolicy(db);
  const pure = scheduleTouches({ asOf: AS_OF, plans: data.plans, customers: data.customers, policy, closedDays: publicHolidays(policy.holidayCountry, AS_OF, '2025-06-30'), kept: [] });
  const pureMs = performance.now() - start;
  rss.takePhasePeak();
  start = performance.now();
  const { doc } = buildProposal({ db, memory: new WorkspaceMemory() }, { kind: 'proposal', programId, campaignIds: [], date: AS_OF }, { progress: () => {}, checkCancelled: () => {} });
  const built = performance.now();
  const bytes = packSync(doc);
  const proposalMs = performance.now() - start;
  const proposalRss = rss.takePhasePeak();
  db.close();
  progress('programs: the plain sql.js floors on the same file…');
  const floors = await measureProgramsFloors(location.wasmPath, path, AS_OF, YEAR_FROM, pure.placed);
  if (process.env.BENCH_KEEP !== '1') for (const suffix of ['', '.journal', '.lock', '.backups']) rmSync(`${path}${suffix}`, { force: true, recursive: true });

  return {
    book: { customers: PROGRAMS_CUSTOMERS, purchases: PROGRAMS_PURCHASES, as_of: AS_OF, written_by: 'sqlite3 (programs.ts writeBook)' },
    schedule_six_steps: {
      customers: PROGRAMS_CUSTOMERS, planned: schedule!.planned, moved: schedule!.movedCount, dropped: schedule!.droppedCount,
      engine_ms: round(scheduleMs), pure_scheduler_ms: round(pureMs), pure_planned: pure.placed.length, read_input_in_sqljs_ms: round(readMs),
      peak_rss_mb: mb(scheduleRss), target_ms: TARGETS_MS.schedule, within_target: scheduleMs < TARGETS_MS.schedule,
      floor_read_sqljs_ms: floors.schedule_read_sqljs_ms, floor_write_sqljs_ms: floors.schedule_write_sqljs_ms, floor_ms: floors.schedule_floor_ms,
      ratio_engine_to_floor: round(scheduleMs / floors.schedule_floor_ms), floor_over_target: floors.schedule_floor_ms > TARGETS_MS.schedule,
    },
    economics_points: {
      purchases: PROGRAMS_PURCHASES, members: economics!.figures.find((f) => f.key === 'members')?.value ?? null,
      engine_ms: round(economicsMs), target_ms: TARGETS_MS.economics, within_target: economicsMs < TARGETS_MS.economics,
      floor_grouped_scan_sqljs_ms: floors.grouped_scan_sqljs_ms, grouped_scan_sqlite3_ms: floors.grouped_scan_sqlite3_ms, grouped_rows: floors.grouped_rows,
      ratio_engine_to_floor: round(economicsMs / floors.grouped_scan_sqljs_ms),
      ratio_floor_to_sqlite3: floors.grouped_scan_sqlite3_ms ? round(floors.grouped_scan_sqljs_ms / floors.grouped_scan_sqlite3_ms) : null,
      floor_over_target: floors.grouped_scan_sqljs_ms > TARGETS_MS.economics,
    },
    proposal: { ms: round(proposalMs), gather_and_layout_ms: round(built - start), pack_ms: round(proposalMs - (built - start)), docx_kb: Math.round(bytes.byteLength / 1024), peak_rss_mb: mb(proposalRss), target_ms: TARGETS_MS.proposal, within_target: proposalMs < TARGETS_MS.proposal,
      floor_passes_sqljs_ms: floors.proposal_passes_sqljs_ms, ratio_to_floor: round(proposalMs / floors.proposal_passes_sqljs_ms), floor_over_target: floors.proposal_passes_sqljs_ms > TARGETS_MS.proposal,
    },
  };
}
