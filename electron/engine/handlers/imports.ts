import { createHash } from 'node:crypto';
import { RapportFailure } from '../../../shared/contract/result';
import type { ParsedRequestOf } from '../../../shared/contract/channels';
import type { ConsentMedium, Customer, CustomerFields } from '../../../shared/domain/customer';
import type { ImportCounts, ImportPreview } from '../../../shared/domain/import';
import type { Reader, Writer } from '../database';
import { decode } from '../import/decode';
import { fieldOf } from '../import/fields';
import { recognise } from '../import/formats';
import { checkMapping } from '../import/mapping-check';
import { importHistory, purchasesDigest, undoBlockersOf } from '../store/import-history';
import { parseTable } from '../import/parse';
import { type Plan, fillEmpty, planImport } from '../import/plan';
import { type PurchaseWrite, isPurchasesMapping, planPurchases } from '../import/purchases';
import type { ConsentChange } from '../import/values';
import { rowProgress } from '../import/plan-rows';
import { forgetConsents, recordConsent, recordConsents } from '../store/consents';
import { customerExists, insertCustomer, readCustomer } from '../store/customers';
import {
  deleteCustomersCreatedBy,
  finishImportRecord,
  importChangesToUndo,
  insertImportRecord,
  markImportUndone,
  readImportRecord,
  recordCreatedByImport,
  recordUpdatedByImport,
} from '../store/import-records';
import { readProfile } from '../store/profile';
import { deleteImportedPurchases, deletePurchase, insertImportedPurchase } from '../store/purchases';
import { updateCustomer } from './customers/edit';
import { memorySlot } from './memory';
import { workspaceState } from './state';
import type { EngineHandler, EngineHandlers, HandlerContext, JobControl } from './types';

type ImportRequest = ParsedRequestOf<'imports.preview'>;

interface Prepared {
  /** The preview as sent: its rows are the first of each action, its counts those of the whole plan. */
  preview: ImportPreview;
  /**
   * What the run writes: customers, or purchases booked. Its row-by-row plan is let go once the preview is
   * made (a million rows hold a few hundred megabytes, and the preview kept for a run holds only the writes).
   */
  plan: Plan | (ReturnType<typeof planPurchases> & { kind: 'purchases' });
}

/** Decoding, parsing, recognising and planning: the same for the preview and the run, so the run does what was shown. */
function prepare(db: Reader, request: ImportRequest, now: Date, job: JobControl | undefined): Prepared {
  job?.checkCancelled(); // a preview already replaced by a newer one stops before reading anything
  const bytes = Buffer.from(request.dataBase64, 'base64');
  if (bytes.length === 0) throw new RapportFailure('invalid-request', `“${request.fileName}” is empty.`);
  if (bytes.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004') {
    throw new RapportFailure('invalid-request', `“${request.fileName}” is a zip archive or a spreadsheet (.xlsx). Unpack it, or save the sheet as CSV, and import that.`);
  }
  const profile = readProfile(db);
  const hint = ['cs', 'sl'].includes(profile.language) || ['CZ', 'SI', 'SK', 'PL', 'HR', 'HU'].includes(profile.country) ? 'central' : 'western';
  const decoded = decode(bytes, request.encoding, hint);
  if (decoded.text.includes('\u0000')) {
    throw new RapportFailure('invalid-request', `“${request.fileName}” is not a text file Rapport can read (it holds binary data).`);
  }
  job?.checkCancelled();
  const table = parseTable(decoded.text, request.delimiter);
  job?.checkCancelled();
  if (table.headers.length < 2 && table.rows.length === 0) {
    throw new RapportFailure('invalid-request', `“${request.fileName}” has no rows with columns that Rapport can read.`);
  }
  const recognition = recognise(table.headers);
  const mapping = request.mapping ?? recognition.mapping;
  const source = `Import: ${request.fileName}`;
  const kind: ImportPreview['kind'] = isPurchasesMapping(mapping) ? 'purchases' : 'customers';
  // planning reads each row twice (once to read it, once to decide): progress counts both passes
  const progress = rowProgress(job, 2 * table.rows.length);
  const plan =
    kind === 'purchases'
      ? { kind: 'purchases' as const, ...planPurchases(db, table, mapping, recognition.listSeparator, { businessCountry: profile.country, currency: profile.currency, source }, progress) }
      : planImport(db, table, mapping, recognition.listSeparator, { businessCountry: profile.country, source, now }, progress);
  const counts = countsOf(plan);
  const rows = rowsToShow(plan.rows);
  plan.rows.length = 0;
  return {
    plan,
    preview: {
      rows,
      counts,
      fileName: request.fileName,
      kind,
      encoding: decoded.encoding,
      encodingConfidence: decoded.confidence,
      encodingAlternatives: decoded.alternatives.map((encoding) => ({
        encoding,
        sample: decode(bytes, encoding).text.split(/\r?\n/).slice(0, 3).join('\n'),
      })),
      delimiter: table.delimiter,
      format: recognition.format ? { id: recognition.format.id, label: recognition.format.label } : null,
      headers: table.headers,
      // a null-prototype object: a header named __proto__ is an own key like any other
      mapping: Object.assign(Object.create(null) as ImportPreview['mapping'], Object.fromEntries(table.headers.map((h) => [h, fieldOf(mapping, h)]))),
      mappingWarnings: checkMapping(table.headers, mapping, recognition),
      sample: [table.headers, ...table.rows.slice(0, 5).map((r) => r.cells)],
    },
  };
}

/** The first rows of each action (errors first among them): enough to review, small enough to send for 100,000. */
const ROWS_PER_ACTION = 500;

function rowsToShow(rows: readonly ImportPreview['rows'][number][]): ImportPreview['rows'] {
  const taken = new Map<string, number>();
  return rows.filter((row) => {
    const n = taken.get(row.action) ?? 0;
    taken.set(row.action, n + 1);
    return n < ROWS_PER_ACTION;
  });
}

function countsOf(plan: Prepared['plan']): ImportCounts {
  const counts: ImportCounts = { created: 0, updated: 0, merged: 0, skipped: 0, failed: 0 };
  const field = { create: 'created', update: 'updated', merge: 'merged', skip: 'skipped', error: 'failed' } as const;
  for (const row of plan.rows) counts[field[row.action]] += 1;
  return counts;
}

/**
 * The last plan, so that running right after the preview does not plan a large file twice. It is reused only
 * for the same request on the same state of the workspace (no mutation in between). Only one plan is ever held
 * (a million-row plan holds hundreds of megabytes), and it goes when its workspace closes.
 */
const LAST_PLAN = memorySlot<{ key: string; digest: string; prepared: Prepared }>('imports: the last plan');

/** The file's bytes are compared by a digest: holding on to the file's text itself would keep it in memory. */
function digestOf(dataBase64: string): string {
  return createHash('sha256').update(dataBase64).digest('hex');
}

function preparedFor({ db, memory, job }: HandlerContext<Reader>, request: ImportRequest, now: Date): Prepared {
  const key = JSON.stringify([workspaceState(db), request.fileName, request.encoding, request.delimiter, request.mapping && [...request.mapping]]);
  // the file's text is compared on its own: joining it to the key would copy a hundred megabytes each time
  const digest = digestOf(request.dataBase64);
  const kept = memory.get(LAST_PLAN);
  if (kept?.key === key && kept.digest === digest) return kept.prepared;
  // only one plan is ever held: the old one goes before the new one is made, not after
  memory.forget(LAST_PLAN);
  const prepared = prepare(db, request, now, job);
  memory.set(LAST_PLAN, { key, digest, prepared });
  return prepared;
}

const preview: EngineHandler<'imports.preview'> = (ctx, request) => {
  return preparedFor(ctx, request, ctx.now()).preview;
};

/** The file's consents: where the customer has none for a medium, and withdrawals (which always win). */
function importConsents(db: Writer, customerId: string, consents: Partial<Record<ConsentMedium, ConsentChange>>, existing: Customer['consents'], now: Date): void {
  for (const [medium, consent] of Object.entries(consents) as Array<[ConsentMedium, ConsentChange]>) {
    const current = existing[medium];
    if (current && !(consent.status === 'withdrawn' && current.status !== 'withdrawn')) continue;
    recordConsent(db, customerId, medium, { status: consent.status, at: consent.at ?? now.toISOString(), source: 'import', evidence: consent.evidence });
  }
}

const run: EngineHandler<'imports.run'> = (ctx, request) => {
  const { db, now, newId } = ctx;
  const at = now();
  const { preview: facts, plan } = preparedFor(ctx, request, at);
  ctx.memory.forget(LAST_PLAN); // the run changes the workspace; its plan is spent
  const { counts } = facts;
  const importId = newId();
  insertImportRecord(db, importId, { fileName: request.fileName, format: facts.format?.id ?? '', encoding: facts.encoding, at: at.toISOString(), counts });
  const country = readProfile(db).country;
  if ('kind' in plan) {
    bookPurchases(ctx, importId, plan.writes, country);
    recordFinish(ctx, importId, 'purchases');
    return { importId, ...counts };
  }
  const created: string[] = [];
  const progress = rowProgress(ctx.job, plan.writes.length, 250);
  for (const [index, write] of plan.writes.entries()) {
    progress(index);
    if (write.customerId === null) {
      const id = newId();
      insertCustomer(db, id, write.row.fields, at, country);
      importConsents(db, id, write.row.consents, {}, at);
      created.push(id);
    } else {
      const before = readCustomer(db, write.customerId, at);
      const filled = fillEmpty(before, write.row.fields);
      updateCustomer(db, write.customerId, patchOf(before, filled), now());
      importConsents(db, write.customerId, write.row.consents, before.consents, at);
      recordUpdatedByImport(db, importId, write.customerId, JSON.stringify(before));
    }
  }
  recordCreatedByImport(db, importId, created);
  recordFinish(ctx, importId, 'customers');
  return { importId, ...counts };
};

/**
 * When the import finished, and a digest of what it booked: the history's test of whether a later edit makes
 * its undo unsafe (store/import-history.ts). Read after every write, so nothing the import wrote is later than it.
 */
function recordFinish(ctx: HandlerContext<Writer>, importId: string, kind: 'customers' | 'purchases'): void {
  const digest = kind === 'purchases' ? purchasesDigest(ctx.db, importId) : '';
  finishImportRecord(ctx.db, importId, kind, ctx.now().toISOString(), digest);
}

/** Books each purchase, creating each new buyer once; every row written is recorded for undo. */
function bookPurchases(ctx: HandlerContext<Writer>, importId: string, writes: readonly PurchaseWrite[], country: string): void {
  const { db, now, newId } = ctx;
  const at = now();
  const createdAt = at.toISOString();
  const created = new Map<string, string>(); // a new buyer's person key → their new id
  const progress = rowProgress(ctx.job, writes.length, 250);
  for (const [index, write] of writes.entries()) {
    progress(index);
    let customerId = write.customerId ?? created.get(write.personKey) ?? null;
    if (customerId === null) {
      customerId = newId();
      insertCustomer(db, customerId, write.newCustomer!.fields, at, country);
      importConsents(db, customerId, write.newCustomer!.consents, {}, at);
      created.set(write.personKey, customerId);
    }
    insertImportedPurchase(db, newId(), customerId, write.purchase, createdAt, importId);
  }
  recordCreatedByImport(db, importId, [...created.values()]);
}

function patchOf(before: CustomerFields, after: CustomerFields): Partial<CustomerFields> {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    const old = (before as unknown as Record<string, unknown>)[key];
    if (JSON.stringify(old) !== JSON.stringify(value)) patch[key] = value;
  }
  return patch as Partial<CustomerFields>;
}

/** Takes an import back: customers it created are removed, customers it changed get their earlier state back. */
const undo: EngineHandler<'imports.undo'> = (ctx, { importId }) => {
  const { db, now } = ctx;
  const record = readImportRecord(db, importId);
  if (!record) throw new RapportFailure('not-found', 'That import is not in this workspace.');
  if (record.undone_at) throw new RapportFailure('conflict', `The import of “${record.file_name}” was already undone.`);
  const blockers = undoBlockersOf(db, importId);
  if (blockers.length > 0) {
    throw new RapportFailure('conflict', `The import of “${record.file_name}” can no longer be undone safely: ${blockers.join(' ')}`, { blockers });
  }
  const changes = importChangesToUndo(db, importId);
  deleteImportedPurchases(db, importId);
  const removed = deleteCustomersCreatedBy(db, importId);
  let restored = 0;
  for (const change of changes) {
    if (change.action === 'purchase') {
      // written by imports before purchases carried their import id (migration 0003)
      deletePurchase(db, change.before);
      continue;
    }
    if (!customerExists(db, change.customer_id)) continue; // deleted since
    const before = JSON.parse(change.before) as Customer;
    const current = readCustomer(db, change.customer_id, now());
    updateCustomer(db, change.customer_id, patchOf(current, before), now());
    forgetConsents(db, change.customer_id);
    recordConsents(db, change.customer_id, before.consents);
    restored += 1;
  }
  markImportUndone(db, importId, now().toISOString());
  return { removed, restored };
};

export const importHandlers = {
  'imports.preview': preview,
  'imports.run': run,
  'imports.undo': undo,
  'imports.history': ({ db }) => importHistory(db),
} satisfies Partial<EngineHandlers>;
