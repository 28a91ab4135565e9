import { foldText } from '../../shared/logic/match-keys';
import type { Database, SqlJsStatic, SqlValue, Statement } from 'sql.js';

export type SqlParam = SqlValue;
export type SqlParams = readonly SqlParam[] | Readonly<Record<string, SqlParam>>;
export type Row = Record<string, SqlValue>;

const MAX_CACHED_STATEMENTS = 200;

/** Reading access handlers get for queries. */
export interface Reader {
  all<T = Row>(sql: string, params?: SqlParams): T[];
  get<T = Row>(sql: string, params?: SqlParams): T | undefined;
}

/** Writing access handlers get for mutations: every `run` is recorded into the journal. */
export interface Writer extends Reader {
  run(sql: string, params?: SqlParams): { changes: number };
}

/**
 * The one in-memory sql.js database of an open workspace, with the pragmas Rapport relies on.
 * `exportBytes` copies it with SQLite's backup API (sql.js 1.16): the connection, its pragmas and its prepared
 * statements stay as they are (earlier sql.js closed and reopened the database on export).
 */
export class WorkspaceDatabase implements Writer {
  private db: Database;
  /**
   * Prepared statements by SQL text: compiling a statement costs more than running it, and imports run the same
   * few statements a hundred thousand times. Statements with one-off SQL (a WHERE built per request) are cheap
   * to keep too; the cache is bounded and emptied on close.
   */
  private readonly statements = new Map<string, Statement>();

  constructor(SQL: SqlJsStatic, bytes?: Uint8Array) {
    this.db = bytes ? new SQL.Database(bytes) : new SQL.Database();
    this.applyConnectionPragmas();
  }

  /** Per-connection setup, once when the database is opened. */
  private applyConnectionPragmas(): void {
    // The database lives in sql.js's memory file system, where SQLite's own rollback journal is only overhead:
    // durability is Rapport's journal and snapshots (workspace.ts). Rollback still works with a memory journal.
    this.db.exec('PRAGMA foreign_keys = ON; PRAGMA journal_mode = MEMORY; PRAGMA temp_store = MEMORY; PRAGMA locking_mode = EXCLUSIVE; PRAGMA cache_size = -131072;');
    // fold(text): lower case without diacritics, for searches that ignore accents (reads only, never journaled)
    this.db.create_function('fold', (value: unknown) => (typeof value === 'string' ? foldText(value) : value));
  }

  all<T = Row>(sql: string, params?: SqlParams): T[] {
    const statement = this.prepared(sql);
    try {
      if (params) statement.bind(params as never);
      const rows: T[] = [];
      if (!statement.step()) return rows;
      // the column names once per query: sql.js's getAsObject asks for them again on every row
      const names = statement.getColumnNames();
      do rows.push(rowObject(names, statement.get()) as T);
      while (statement.step());
      return rows;
    } finally {
      statement.reset();
    }
  }

  get<T = Row>(sql: string, params?: SqlParams): T | undefined {
    const statement = this.prepared(sql);
    try {
      if (params) statement.bind(params as never);
      return statement.step() ? (rowObject(statement.getColumnNames(), statement.get()) as T) : undefined;
    } finally {
      statement.reset();
    }
  }

  run(sql: string, params?: SqlParams): { changes: number } {
    const statement = this.prepared(sql);
    try {
      statement.run(params as never);
    } finally {
      statement.reset();
    }
    return { changes: this.db.getRowsModified() };
  }

  private prepared(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= MAX_CACHED_STATEMENTS) this.forgetStatements();
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private forgetStatements(): void {
    for (const statement of this.statements.values()) statement.free();
    this.statements.clear();
  }

  /** Runs a script of several statements (migrations). */
  exec(sql: string): void {
    this.db.exec(sql);
  }

  pragmaNumber(name: 'user_version' | 'application_id' | 'page_count' | 'page_size'): number {
    const row = this.db.exec(`PRAGMA ${name}`)[0];
    return Number(row?.values[0]?.[0] ?? 0);
  }

  exportBytes(): Uint8Array {
    return this.db.export();
  }

  close(): void {
    this.forgetStatements();
    this.db.close();
  }
}

function rowObject(names: readonly string[], values: readonly SqlParam[]): Row {
  const row: Row = {};
  for (let i = 0; i < names.length; i++) row[names[i]!] = values[i]!;
  return row;
}
