import type { RfmCustomer, RfmGroup, RfmScore } from '../../../shared/domain/rfm';
import type { Reader } from '../database';
import type { SqlFragment } from './customer-query';
import { type RfmParameters, rfmCte } from './rfm';

/**
 * Every buyer's RFM scores and lifetime value in one statement over the `rfm` chain (store/rfm.ts). The text
 * and parameters come from `rfmScoresQuery`, so the bench runs exactly this SQL in the sqlite3 tool.
 */

interface RfmScoreRow {
  customer_id: string;
  recency_days: number;
  purchases: number;
  spent_minor: number;
  r: RfmScore;
  f: RfmScore;
  m: RfmScore;
  rfm_group: RfmGroup;
  historic_value: number;
  predicted_value: number;
}

export function rfmScoresQuery(p: RfmParameters): SqlFragment {
  const cte = rfmCte(p);
  return {
    sql: `WITH ${cte.sql}
    SELECT customer_id, recency_days, purchases, spent_minor, r, f, m, rfm_group, historic_value, predicted_value FROM rfm ORDER BY customer_id`,
    params: cte.params,
  };
}

/** The scored buyers, ordered by customer id; money in the business currency's major unit. */
export function readRfmScores(db: Reader, p: RfmParameters): RfmCustomer[] {
  const query = rfmScoresQuery(p);
  return db.all<RfmScoreRow>(query.sql, query.params).map((row) => ({
    customerId: row.customer_id,
    recencyDays: row.recency_days,
    purchases: row.purchases,
    spent: row.spent_minor / 100,
    r: row.r,
    f: row.f,
    m: row.m,
    group: row.rfm_group,
    historicValue: row.historic_value,
    predictedValue: row.predicted_value,
  }));
}
