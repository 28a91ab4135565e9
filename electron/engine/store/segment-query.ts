import type { NumberField, SegmentCondition, SegmentRule, SegmentRules } from '../../../shared/domain/segment';
import { addDays, monthDaysAhead } from '../../../shared/logic/calendar';
import { foldText } from '../../../shared/logic/match-keys';
import type { SqlParam } from '../database';
import type { SqlFragment } from './customer-query';
import { rfmCte, type RfmParameters } from './rfm';

/**
 * Segment rules to SQL. Pure: rules in, `{ sql, params }` out (the ids of the members, `SELECT c.id FROM
 * customers c ...`). Every value the user typed becomes a named parameter (:seg0, :seg1, …); the SQL text is
 * built only from the schema's field and operator names, which shared/domain/segment.ts has already checked.
 *
 * Each condition is wrapped in coalesce(…, 0), so it is always 0 or 1, never NULL: NOT of a group is then
 * exactly the customers the group does not select (SQL's NULL would drop customers without a value from both).
 * An empty AND group selects everyone, an empty OR group no one.
 *
 * Joins are added only for what the rules read: customer_facts for purchase facts, the RFM chain (store/rfm.ts)
 * for scores, group and lifetime value.
 */

export interface SegmentEnvironment {
  /** The day "in the last N days", "days since" and anniversaries count from ('YYYY-MM-DD'). */
  asOf: string;
  /** The RFM parameters as of that day; asked for only when a rule needs scores. */
  rfm: () => RfmParameters;
}

interface Compiled {
  params: Record<string, SqlParam>;
  facts: boolean;
  rfm: boolean;
}

/** `SELECT c.id FROM customers c ...` of the members, in table order. */
export function segmentMembersSql(rules: SegmentRules, env: SegmentEnvironment): SqlFragment {
  const compiled: Compiled = { params: {}, facts: false, rfm: false };
  const where = rule(rules, env, compiled);
  const joins = [
    compiled.facts ? 'LEFT JOIN customer_facts f ON f.customer_id = c.id' : '',
    compiled.rfm ? 'LEFT JOIN rfm ON rfm.customer_id = c.id' : '',
  ].join(' ');
  let sql = `SELECT c.id FROM customers c ${joins} WHERE ${where}`;
  if (compiled.rfm) {
    const cte = rfmCte(env.rfm());
    sql = `WITH ${cte.sql} ${sql}`;
    Object.assign(compiled.params, cte.params);
  }
  return { sql, params: compiled.params };
}

/**
 * The member counts of several segments and, when asked, how many customers each RFM group holds, in one pass
 * over the customers: one row, `n0…` per segment and `g0…` per group. Counting segment by segment would compute
 * the RFM chain (and the purchase facts) once per segment; over 100,000 customers that is seconds each.
 */
export function segmentCountsSql(rulesList: readonly SegmentRules[], env: SegmentEnvironment, rfmGroups: readonly string[] = []): SqlFragment {
  const compiled: Compiled = { params: {}, facts: false, rfm: rfmGroups.length > 0 };
  const columns = rulesList.map((rules, i) => `coalesce(sum(${rule(rules, env, compiled)}), 0) AS n${i}`);
  rfmGroups.forEach((group, i) => columns.push(`coalesce(sum(rfm.rfm_group = ${param(compiled, group)}), 0) AS g${i}`));
  if (columns.length === 0) columns.push('0 AS none');
  const joins = [
    compiled.facts ? 'LEFT JOIN customer_facts f ON f.customer_id = c.id' : '',
    compiled.rfm ? 'LEFT JOIN rfm ON rfm.customer_id = c.id' : '',
  ].join(' ');
  let sql = `SELECT ${columns.join(', ')} FROM customers c ${joins}`;
  if (compiled.rfm) {
    const cte = rfmCte(env.rfm());
    sql = `WITH ${cte.sql} ${sql}`;
    Object.assign(compiled.params, cte.params);
  }
  return { sql, params: compiled.params };
}

function rule(r: SegmentRule, env: SegmentEnvironment, out: Compiled): string {
  if ('kind' in r) {
    const parts = r.rules.map((inner) => rule(inner, env, out));
    const joined = parts.length === 0 ? (r.op === 'and' ? '1' : '0') : `(${parts.join(r.op === 'and' ? ' AND ' : ' OR ')})`;
    return r.not ? `(NOT ${joined})` : joined;
  }
  return `coalesce((${condition(r, env, out)}), 0)`;
}

function param(out: Compiled, value: SqlParam): string {
  const name = `:seg${Object.keys(out.params).filter((k) => k.startsWith(':seg')).length}`;
  out.params[name] = value;
  return name;
}

/** A number fact as SQL, and the factor a typed value is multiplied by to compare with it (money: minor units). */
function numberExpression(field: NumberField, out: Compiled, asOf: string): { sql: string; scale: number } {
  switch (field) {
    case 'totalSpent':
      out.facts = true;
      return { sql: 'f.total_minor', scale: 100 };
    case 'averageSpent':
      out.facts = true;
      return { sql: 'f.average_minor', scale: 100 };
    case 'purchaseCount':
      out.facts = true;
      return { sql: 'f.purchase_count', scale: 1 };
    case 'daysSinceLastPurchase':
      out.facts = true;
      return { sql: `CAST(julianday(${param(out, asOf)}) - julianday(f.last_purchase) AS INTEGER)`, scale: 1 };
    case 'rScore':
    case 'fScore':
    case 'mScore':
      out.rfm = true;
      return { sql: `rfm.${field[0]}`, scale: 1 };
    case 'historicValue':
      out.rfm = true;
      return { sql: 'rfm.historic_value', scale: 1 };
    case 'predictedValue':
      out.rfm = true;
      return { sql: 'rfm.predicted_value', scale: 1 };
    case 'referredCount':
      return { sql: '(SELECT count(*) FROM customers r WHERE r.referred_by = c.id)', scale: 1 };
    case 'latestNps':
      return { sql: '(SELECT fb.nps FROM feedback fb WHERE fb.customer_id = c.id AND fb.nps IS NOT NULL ORDER BY fb.date DESC, fb.created_at DESC LIMIT 1)', scale: 1 };
  }
}

const DATE_EXPRESSIONS = {
  firstPurchase: 'f.first_purchase',
  lastPurchase: 'f.last_purchase',
  customerSince: "nullif(c.customer_since, '')",
  createdAt: 'substr(c.created_at, 1, 10)',
} as const;

const TEXT_COLUMNS = { source: 'source', language: 'language', country: 'country', city: 'city', company: 'company', email: 'email' } as const;

/**
 * The customers whose `column`, folded, matches: asked of the column's distinct values (a few hundred cities in
 * 100,000 customers), not of every row, as store/customer-query.ts does for the search.
 */
function foldedValues(column: string, test: string): string {
  return `c.${column} IN (SELECT value FROM (SELECT DISTINCT ${column} AS value FROM customers) WHERE ${test})`;
}

function condition(c: SegmentCondition, env: SegmentEnvironment, out: Compiled): string {
  switch (c.field) {
    case 'totalSpent': case 'averageSpent': case 'purchaseCount': case 'daysSinceLastPurchase': case 'rScore': case 'fScore':
    case 'mScore': case 'historicValue': case 'predictedValue': case 'referredCount': case 'latestNps': {
      const n = c;
      const { sql: x, scale } = numberExpression(n.field, out, env.asOf);
      const v = () => param(out, (n.value ?? 0) * scale);
      switch (n.op) {
        case 'eq': return `${x} = ${v()}`;
        case 'ne': return `${x} <> ${v()}`;
        case 'gt': return `${x} > ${v()}`;
        case 'gte': return `${x} >= ${v()}`;
        case 'lt': return `${x} < ${v()}`;
        case 'lte': return `${x} <= ${v()}`;
        case 'between': return `${x} BETWEEN ${v()} AND ${param(out, (n.to ?? 0) * scale)}`;
        case 'isEmpty': return `${x} IS NULL`;
        case 'isNotEmpty': return `${x} IS NOT NULL`;
      }
      break;
    }
    case 'firstPurchase': case 'lastPurchase': case 'customerSince': case 'createdAt': {
      const d = c;
      if (d.field === 'firstPurchase' || d.field === 'lastPurchase') out.facts = true;
      const x = DATE_EXPRESSIONS[d.field];
      switch (d.op) {
        case 'before': return `${x} < ${param(out, d.date ?? '')}`;
        case 'after': return `${x} > ${param(out, d.date ?? '')}`;
        case 'between': return `${x} BETWEEN ${param(out, d.date ?? '')} AND ${param(out, d.to ?? '')}`;
        // within the last N days up to the as-of day; "notInLastDays": the date is known and earlier than that
        case 'inLastDays': return `${x} >= ${param(out, daysBefore(env.asOf, d.days ?? 0))} AND ${x} <= ${param(out, env.asOf)}`;
        case 'notInLastDays': return `${x} < ${param(out, daysBefore(env.asOf, d.days ?? 0))}`;
        case 'isEmpty': return `${x} IS NULL`;
        case 'isNotEmpty': return `${x} IS NOT NULL`;
      }
      break;
    }
    case 'source': case 'language': case 'country': case 'city': case 'company': case 'email': {
      const t = c;
      const column = TEXT_COLUMNS[t.field];
      const folded = () => param(out, foldText(t.value ?? ''));
      switch (t.op) {
        case 'is': return foldedValues(column, `fold(value) = ${folded()}`);
        case 'isNot': return `NOT ${foldedValues(column, `fold(value) = ${folded()}`)}`;
        case 'contains': return foldedValues(column, `instr(fold(value), ${folded()}) > 0`);
        case 'notContains': return `NOT ${foldedValues(column, `instr(fold(value), ${folded()}) > 0`)}`;
        case 'isEmpty': return `c.${column} = ''`;
        case 'isNotEmpty': return `c.${column} <> ''`;
      }
      break;
    }
    case 'kind': {
      const list = `(SELECT value FROM json_each(${param(out, JSON.stringify(c.values))}))`;
      return c.op === 'in' ? `c.kind IN ${list}` : `c.kind NOT IN ${list}`;
    }
    case 'rfmGroup': {
      out.rfm = true;
      const list = `(SELECT value FROM json_each(${param(out, JSON.stringify(c.values))}))`;
      return c.op === 'in' ? `rfm.rfm_group IN ${list}` : `(rfm.rfm_group IS NULL OR rfm.rfm_group NOT IN ${list})`;
    }
    case 'tags': {
      const distinct = [...new Set(c.values)];
      const list = `(SELECT value FROM json_each(${param(out, JSON.stringify(distinct))}))`;
      const having = `SELECT 1 FROM customer_tags t WHERE t.customer_id = c.id AND t.tag IN ${list}`;
      if (c.op === 'hasAny') return `EXISTS (${having})`;
      if (c.op === 'hasNone') return `NOT EXISTS (${having})`;
      return `(SELECT count(*) FROM customer_tags t WHERE t.customer_id = c.id AND t.tag IN ${list}) = ${param(out, distinct.length)}`;
    }
    case 'consent': {
      const granted = `EXISTS (SELECT 1 FROM consents k WHERE k.customer_id = c.id AND k.channel = ${param(out, c.medium)} AND k.status = 'granted')`;
      return c.op === 'granted' ? granted : `NOT ${granted}`;
    }
    case 'doNotContact':
      return `c.do_not_contact = ${param(out, c.value ? 1 : 0)}`;
    case 'wasReferred':
      return `(c.referred_by IS NOT NULL) = ${param(out, c.value ? 1 : 0)}`;
    case 'leftCompany':
      return `(c.left_company_at <> '') = ${param(out, c.value ? 1 : 0)}`;
    case 'birthday':
      return `c.birthday <> '' AND substr(c.birthday, -5) IN (SELECT value FROM json_each(${param(out, JSON.stringify(monthDayList(env.asOf, c.days)))}))`;
    case 'customerSinceAnniversary':
      // a full year as a customer at least: the anniversary of a day this year is not one yet
      return `length(c.customer_since) = 10 AND c.customer_since < ${param(out, daysBefore(env.asOf, 364))}
        AND substr(c.customer_since, 6, 5) IN (SELECT value FROM json_each(${param(out, JSON.stringify(monthDayList(env.asOf, c.days)))}))`;
    case 'product': case 'category': {
      const column = c.field;
      const bought = `EXISTS (SELECT 1 FROM purchases p WHERE p.customer_id = c.id AND p.${column} IN
        (SELECT value FROM (SELECT DISTINCT ${column} AS value FROM purchases) WHERE instr(fold(value), ${param(out, foldText(c.value))}) > 0))`;
      return c.op === 'bought' ? bought : `NOT ${bought}`;
    }
    case 'touchpoints': {
      const filters = [
        c.medium ? `AND tp.channel = ${param(out, c.medium)}` : '',
        c.department ? `AND tp.department = ${param(out, c.department)}` : '',
      ].join(' ');
      const any = `EXISTS (SELECT 1 FROM touchpoints tp WHERE tp.customer_id = c.id AND tp.date >= ${param(out, daysBefore(env.asOf, c.days))}
        AND tp.date <= ${param(out, env.asOf)} ${filters})`;
      return c.op === 'any' ? any : `NOT ${any}`;
    }
  }
  throw new Error(`A rule on ${(c as { field: string }).field} has no SQL.`);
}

/** The day `days` before `asOf` ('YYYY-MM-DD', UTC calendar). */
export function daysBefore(asOf: string, days: number): string {
  return addDays(asOf, -days);
}

/** The 'MM-DD' of the as-of day and the `days` after it (shared/logic/calendar.ts: 29 February on 1 March in other years). */
export function monthDayList(asOf: string, days: number): string[] {
  return [...monthDaysAhead(asOf, days).keys()];
}
