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

export function isRapportError(value: unknown): value is RapportError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as { code?: unknown; message?: unknown };
  return (
    typeof candidate.code === 'string' &&
    (ERROR_CODES as readonly string[]).includes(candidate.code) &&
    typeof candidate.message === 'string'
  );
}
