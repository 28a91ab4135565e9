import { RapportFailure, type Result, fail, ok } from '../../shared/contract/result';
import type { Engine } from './engine';
import type { EngineRequest, FromWorker, ToWorker } from './protocol';

/**
 * Answers one request from the main process, whatever happens: the engine failing to start, a handler throwing,
 * or an answer that cannot be sent (a value postMessage cannot copy). Never rejects, so the worker's queue goes
 * on serving the next request.
 */
export async function answerRequest(
  engineReady: Promise<Engine>,
  message: ToWorker,
  post: (message: FromWorker) => void,
  log: (message: string) => void,
): Promise<void> {
  let result: Result<unknown>;
  try {
    result = await serve(await engineReady, message.request, log);
  } catch (error) {
    result = internalFailure(message.request, error, log);
  }
  try {
    post({ kind: 'reply', id: message.id, result });
  } catch (error) {
    try {
      post({ kind: 'reply', id: message.id, result: internalFailure(message.request, error, log) });
    } catch (again) {
      log(`engine could not answer request ${message.id}: ${String(again)}`);
    }
  }
}

/** What the user is told when Rapport itself failed: where, and that saved work is safe; the full story goes to the log. */
function internalFailure(request: EngineRequest, error: unknown, log: (message: string) => void): Result<never> {
  const where = request.op === 'call' ? request.channel : request.op;
  log(`engine error on ${where}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  // the error itself stays in the log: its text and stack are for the developer, not for the window
  return fail('internal', `Something went wrong inside Rapport (${where}). Your saved work is safe; please try again.`, { where });
}

/** Runs one worker request against the engine and turns whatever happens into a result envelope. */
export async function serve(engine: Engine, request: EngineRequest, log: (message: string) => void): Promise<Result<unknown>> {
  try {
    switch (request.op) {
      case 'open':
        return ok(await engine.open(request.path));
      case 'create':
        return ok(await engine.create(request.path, request.profile));
      case 'createDemo':
        return ok(await engine.createDemo(request.path, { seed: request.seed, customers: request.customers }));
      case 'close':
        await engine.close();
        return ok(null);
      case 'status':
        return ok(engine.status());
      case 'call':
        return ok(engine.call(request.channel, request.payload));
      case 'saveCopy':
        await engine.saveCopy(request.path);
        return ok(null);
      case 'exportCustomersCsv':
        return ok(engine.exportCustomersCsv(request.path, request.request));
      case 'exportPersonData':
        return ok(engine.exportPersonData(request.path, request.id));
      case 'snapshot':
        await engine.snapshotNow();
        return ok(null);
      case 'crashForTest':
        return fail('unsupported', 'Test hooks are not enabled.');
    }
  } catch (error) {
    if (error instanceof RapportFailure) return { ok: false, error: error.toError() };
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      return fail('io-error', `The file system refused: ${(error as Error).message}`);
    }
    return internalFailure(request, error, log);
  }
}
