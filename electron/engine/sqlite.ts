import initSqlJs, { type SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | null = null;

/** Loads the sql.js WebAssembly module once per thread. The caller says where the .wasm file is. */
export function loadSqlJs(wasmPath: string): Promise<SqlJsStatic> {
  loading ??= initSqlJs({ locateFile: () => wasmPath });
  return loading;
}
