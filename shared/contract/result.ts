/**
 * Every call across the process boundary answers with data, never with a thrown error, so the renderer can
 * always tell the user something precise. Codes are stable: tests and the renderer's messages key on them.
 */
export const ERROR_CODES = [
  'invalid-request',
  'unknown-channel',
  'not-found',
  'conflict',
  'cancelled',
  'no-workspace',
  'workspace-locked',
  'workspace-corrupt',
  'workspace-foreign',
  'workspace-too-new',
  'io-error',
  'unsupported',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface RapportError {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: RapportError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, details?: Record<string, unknown>): { ok: false; error: RapportError } {
  return details === undefined ? { ok: false, error: { code, message } } : { ok: false, error: { code, message, details } };
}

/** An error a handler throws on purpose; the router turns it into `{ ok: false, error }` with its code. */
export class RapportFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'RapportFailure';
  }

  toError(): RapportError {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/**
 * The one place a thrown error becomes an answer, on both sides of the worker boundary (the engine worker and the
 * router): a RapportFailure keeps its code, message and details; a refusal of the file system (ENOENT, ENOSPC, …)
 * is an `io-error`; anything else is `internal`, told to the user as where it happened and that saved work is
 * safe, while the technical story (message and stack) goes to the log only.
 */
export function resultOf(error: unknown, where: string, log: (message: string) => void): { ok: false; error: RapportError } {
  if (error instanceof RapportFailure) return { ok: false, error: error.toError() };
  if (isFileSystemError(error)) return fail('io-error', `The file system refused: ${error.message}`);
  log(`${where} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return fail('internal', `Something went wrong inside Rapport (${where}). Your saved work is safe; please try again.`, { where });
}

/** An error of Node's file system calls: an Error with an errno code such as ENOENT or ENOSPC. */
export function isFileSystemError(error: unknown): error is Error & { code: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof Error && typeof code === 'string' && /^E[A-Z]+$/.test(code);
}
