import type { SqlParam, Writer } from '../database';

/**
 * Inserts rows many at a time (one statement with many VALUES groups), so a million purchases do not pay for a
 * million statement preparations. Uses only `Writer.run`, so it works with any writer. The table modules of the
 * store hand out batches for their tables (consentBatch, purchaseBatch, …), so the columns are named in one place.
 */
export class BatchInsert {
  rows = 0;
  private pending: SqlParam[] = [];
  private pendingRows = 0;
  private readonly fullSql: string;

  constructor(
    private readonly db: Writer,
    private readonly table: string,
    private readonly columns: readonly string[],
    private readonly batchRows = 250,
  ) {
    this.fullSql = this.sqlFor(batchRows);
  }

  add(values: SqlParam[]): void {
    this.pending.push(...values);
    this.pendingRows++;
    this.rows++;
    if (this.pendingRows === this.batchRows) this.flush();
  }

  flush(): void {
    if (this.pendingRows === 0) return;
    this.db.run(this.pendingRows === this.batchRows ? this.fullSql : this.sqlFor(this.pendingRows), this.pending);
    this.pending = [];
    this.pendingRows = 0;
  }

  private sqlFor(rows: number): string {
    const group = `(${this.columns.map(() => '?').join(', ')})`;
    return `INSERT INTO ${this.table} (${this.columns.join(', ')}) VALUES ${Array.from({ length: rows }, () => group).join(', ')}`;
  }
}
