import { RapportFailure, type Result, fail, ok } from '../../shared/contract/result';
import type { Engine } from './engine';
import type { EngineRequest } from './protocol';

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
    }
  } catch (error) {
    if (error instanceof RapportFailure) return { ok: false, error: error.toError() };
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
      return fail('io-error', `The file system refused: ${(error as Error).message}`);
    }
    log(`engine error on ${request.op}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return fail('internal', 'Something went wrong inside Rapport. Your saved work is safe; please try again.');
  }
}
