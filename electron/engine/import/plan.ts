import type { Customer, CustomerFields } from '../../../shared/domain/customer';
import { displayName } from '../../../shared/domain/customer';
import type { ImportPlanRow } from '../../../shared/domain/import';
import { type MatchKeys, customerMatchKeys } from '../../../shared/logic/match-keys';
import type { Reader } from '../database';
import { readCustomer } from '../store/customers';
import { anyErasure, wasErased } from '../store/erasures';
import { CustomerMatcher } from './matcher';
import { type RowProgress, sortByLine } from './plan-rows';
import type { ParsedTable } from './parse';
import { type MappedRow, mapRow } from './values';
import type { Mapping } from './fields';

/** A row the import will write: a new customer, or what to add to an existing one. */
export interface PlannedWrite {
  line: number;
  row: MappedRow;
  /** Set for updates: the customer the row was matched to. */
  customerId: string | null;
  /** Lines of later rows of the file folded into this one. */
  mergedLines: number[];
}

export interface Plan {
  rows: ImportPlanRow[];
  writes: PlannedWrite[];
}

/**
 * Decides, row by row and with a reason, what importing the table would do: create, update an existing
 * customer (fill what is empty, add tags and consent), merge into an earlier row of the same file, skip, or
 * report an error. Read-only: the preview shows this plan, and the run writes exactly it.
 */
export function planImport(
  db: Reader,
  table: ParsedTable,
  mapping: Mapping,
  listSeparator: RegExp,
  context: { businessCountry: string; source: string; now: Date },
  progress: RowProgress = () => {},
): Plan {
  const rows: ImportPlanRow[] = [];
  const writes: PlannedWrite[] = [];
  const seen = new Map<string, PlannedWrite>(); // match key → the earlier row of this file
  const claimed = new Map<string, PlannedWrite>(); // existing customer id → the row updating it

  for (const problem of table.problems) rows.push({ line: problem.line, action: 'error', reason: problem.reason, name: '', email: '' });

  // first every row is read, so that the whole file is matched against the workspace in one go
  const total = table.rows.length;
  const mapped = table.rows.map(({ line, cells }, index) => {
    progress(index);
    const result = mapRow(table.headers, cells, mapping, listSeparator, context);
    return result.ok ? { line, ...result, keys: customerMatchKeys(result.row.fields, context.businessCountry) } : { line, ...result };
  });
  const matcher = CustomerMatcher.forKeys(db, mapped.flatMap((row) => (row.ok ? [row.keys] : [])));
  const anyErased = anyErasure(db);

  for (const [index, result] of mapped.entries()) {
    progress(total + index);
    const { line } = result;
    if (!result.ok) {
      rows.push({ line, action: 'error', reason: result.reason, problems: result.problems, name: result.name, email: result.email });
      continue;
    }
    const { fields } = result.row;
    const { keys } = result;
    const summary = { line, name: displayName(fields), email: fields.email };

    if (anyErased && fields.email && wasErased(db, fields.email)) {
      rows.push({ ...summary, action: 'skip', reason: 'This person asked to be erased; Rapport does not bring them back.' });
      continue;
    }

    const seenKeys = fileKeysOf(keys);
    const earlier = seenKeys.map((key) => seen.get(key)).find(Boolean);
    if (earlier) {
      earlier.row = combine(earlier.row, result.row);
      earlier.mergedLines.push(line);
      rows.push({ ...summary, action: 'merge', reason: `Same person as line ${earlier.line}; merged into it.` });
      continue;
    }

    const match = matcher.match(keys);
    if (match) {
      const existing = claimed.get(match.id);
      if (existing) {
        existing.row = combine(existing.row, result.row);
        existing.mergedLines.push(line);
        rows.push({ ...summary, action: 'merge', reason: `Same person as line ${existing.line} (${match.displayName}); merged into it.` });
        continue;
      }
      if (!addsAnything(readCustomer(db, match.id, context.now), result.row)) {
        rows.push({ ...summary, action: 'skip', reason: `Already known as ${match.displayName} (same ${match.reason}); nothing new in this row.`, matchId: match.id });
        continue;
      }
      const write: PlannedWrite = { line, row: result.row, customerId: match.id, mergedLines: [] };
      writes.push(write);
      claimed.set(match.id, write);
      for (const key of seenKeys) seen.set(key, write);
      rows.push({ ...summary, action: 'update', reason: `Matches ${match.displayName} by ${match.reason}: empty fields, tags and consent are added.`, matchId: match.id });
      continue;
    }

    const write: PlannedWrite = { line, row: result.row, customerId: null, mergedLines: [] };
    writes.push(write);
    for (const key of seenKeys) seen.set(key, write);
    rows.push({ ...summary, action: 'create', reason: 'New customer.' });
  }
  sortByLine(rows);
  return { rows, writes };
}

/** The keys under which rows of one file are recognised as the same person, one namespace per kind. */
function fileKeysOf(keys: MatchKeys): string[] {
  return [keys.email && `e:${keys.email}`, keys.phone && `p:${keys.phone}`, keys.name && `n:${keys.name}`].filter(Boolean);
}

/** A later row about the same person fills what the earlier one left empty, adds tags and consent. */
export function combine(first: MappedRow, later: MappedRow): MappedRow {
  return {
    fields: fillEmpty(first.fields, later.fields),
    consents: { ...later.consents, ...first.consents, ...withdrawals(later.consents) },
  };
}

/** The fields of `base`, with empty ones taken from `extra`, and the tags of both. */
export function fillEmpty(base: CustomerFields, extra: CustomerFields): CustomerFields {
  const result = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(extra)) {
    if (key === 'tags' || key === 'source') continue; // an import names itself the source of new customers only
    if ((result[key] === '' || result[key] === null) && value !== '' && value !== null) result[key] = value;
  }
  result.tags = [...new Set([...base.tags, ...extra.tags])].slice(0, 50);
  return result as CustomerFields;
}

/** A withdrawal always wins: an unsubscribed or bounced address never becomes contactable again. */
function withdrawals(consents: MappedRow['consents']): MappedRow['consents'] {
  return Object.fromEntries(Object.entries(consents).filter(([, c]) => c?.status === 'withdrawn'));
}

/** Whether a row would change an existing customer: a field they lack, a new tag, or a consent change. */
export function addsAnything(existing: Customer, incoming: MappedRow): boolean {
  const filled = fillEmpty(existing, incoming.fields) as unknown as Record<string, unknown>;
  const changedField = Object.keys(incoming.fields).some((key) =>
    key === 'tags' ? filled.tags && (filled.tags as string[]).length !== existing.tags.length : filled[key] !== (existing as unknown as Record<string, unknown>)[key],
  );
  const consentChange = Object.entries(incoming.consents).some(([medium, consent]) => {
    const current = existing.consents[medium as keyof Customer['consents']];
    return consent && (!current || (consent.status === 'withdrawn' && current.status !== 'withdrawn'));
  });
  return changedField || consentChange;
}
