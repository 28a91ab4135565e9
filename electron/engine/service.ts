import { type Result, fail, ok, resultOf } from '../../shared/contract/result';
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

/** Where a request was going, for the user's message and the log: its channel, or the worker op. */
function whereOf(request: EngineRequest): string {
  return request.op === 'call' || request.op === 'produceFile' || request.op === 'suggestFileName' ? request.channel : request.op;
}

/** The one conversion of a thrown error (shared with the router); the worker's log lines say they are the engine's. */
function internalFailure(request: EngineRequest, error: unknown, log: (message: string) => void): Result<never> {
  return resultOf(error, whereOf(request), (message) => log(`engine error on ${message}`));
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
      case 'suggestFileName':
        return ok(engine.suggestFileName(request.channel, request.payload));
      case 'produceFile':
        return ok(engine.produceFile(request.channel, request.path, request.payload));
      case 'snapshot':
        await engine.snapshotNow();
        return ok(null);
      case 'crashForTest':
        return fail('unsupported', 'Test hooks are not enabled.');
    }
  } catch (error) {
    return internalFailure(request, error, log);
  }
}
