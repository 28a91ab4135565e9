import type { Reader, SqlParam } from '../../database';
import { customerIdsQuery } from '../../store/customer-query';
import { countCustomers, readCustomer, readCustomerRows } from '../../store/customers';
import { readProfile } from '../../store/profile';
import { membershipSql } from '../../store/segments';
import type { CustomerRfm } from '../../../../shared/domain/rfm';
import { memorySlot } from '../memory';
import { bookRfm, todayOf } from '../rfm-cache';
import { workspaceState } from '../state';
import type { EngineHandler, HandlerContext } from '../types';

/** The customers grid: a page of rows in the chosen order, and one customer. */

const listCustomers: EngineHandler<'customers.list'> = (ctx, request) => {
  const { db, now } = ctx;
  const members = request.segment ? membershipSql(db, request.segment, now().toISOString().slice(0, 10)) : undefined;
  const query = customerIdsQuery({ ...request, members }, [readProfile(db).language]);
  if (query.readsIndexOrder) {
    // the default order reads a page straight from its index (customers_display_key): nothing to keep
    const ids = db.all<{ id: string }>(`${query.sql} LIMIT :limit OFFSET :offset`, { ...query.params, ':limit': request.limit, ':offset': request.offset }).map((row) => row.id);
    return { rows: readCustomerRows(db, ids, now(), rfmOf(ctx, request.withRfm)), total: countCustomers(db) };
  }
  const ordered = orderedIds(ctx, query.sql, query.params);
  return { rows: readCustomerRows(db, ordered.slice(request.offset, request.offset + request.limit), now(), rfmOf(ctx, request.withRfm)), total: ordered.length };
};

/**
 * The last costly order (a search, column filters, a sort by anything but the name): every matching id, in order.
 * A grid asks for it page by page as the user scrolls; each page used to search or sort all 100,000 customers
 * again (0.3–0.8 s), now it is a slice. Kept until the workspace changes (or closes), one query at a time.
 */
const LAST_ORDER = memorySlot<{ key: string; ids: string[] }>('customers.list: the last order');

function orderedIds({ db, memory }: HandlerContext<Reader>, select: string, params: Record<string, SqlParam>): string[] {
  const key = JSON.stringify([workspaceState(db), select, params]);
  const kept = memory.get(LAST_ORDER);
  if (kept?.key === key) return kept.ids;
  const ids = db.all<{ id: string }>(select, params).map((row) => row.id);
  memory.set(LAST_ORDER, { key, ids });
  return ids;
}

/** The book's scores when asked for; none otherwise (rows then carry rfm: null). */
function rfmOf(ctx: HandlerContext<Reader>, wanted: boolean): ReadonlyMap<string, CustomerRfm> {
  return wanted ? bookRfm(ctx, todayOf(ctx.now)) : new Map();
}

const getCustomer: EngineHandler<'customers.get'> = (ctx, { id }) => readCustomer(ctx.db, id, ctx.now(), bookRfm(ctx, todayOf(ctx.now)));

export const listHandlers = {
  'customers.list': listCustomers,
  'customers.get': getCustomer,
};
