import { join } from 'node:path';
import type { EventName } from '../../shared/contract/events';
import type { AppInfo } from '../../shared/domain/workspace';
import { EngineClient } from '../engine/client';
import { createRoutes } from './handlers';
import type { NativePorts } from './native/ports';
import { RecentStore } from './recent-store';
import { type Router, createRouter } from './router';
import { type Emit, WorkspaceSession } from './session';

export interface Services {
  engine: EngineClient;
  session: WorkspaceSession;
  recents: RecentStore;
  router: Router;
}

export interface ServiceOptions {
  /** Folder of the built main bundle (holds engine.js). */
  bundleDir: string;
  dataDir: string;
  ports: NativePorts;
  appInfo: Omit<AppInfo, 'nativeFileChooser'>;
  /** Delivers push events to the renderer(s). */
  broadcast: (event: EventName, payload: unknown) => void;
  log: (message: string) => void;
}

/** The engine worker, the session and the router: everything both the Electron shell and the browser host run. */
export function startServices(options: ServiceOptions): Services {
  const engine = EngineClient.start({
    workerPath: join(options.bundleDir, 'engine.js'),
    // packaged apps unpack the wasm next to the asar archive (electron-builder asarUnpack)
    wasmPath: require.resolve('sql.js/dist/sql-wasm.wasm').replace(/app\.asar([\\/])/, 'app.asar.unpacked$1'),
    log: options.log,
  });
  const emit: Emit = (event, payload) => options.broadcast(event, payload);
  engine.onEvent((event, payload) => options.broadcast(event, payload));
  const recents = new RecentStore(options.dataDir);
  const session = new WorkspaceSession(engine, recents, options.ports, emit, options.dataDir);
  const router = createRouter(createRoutes({ session, recents, ports: options.ports, appInfo: options.appInfo }), options.log);
  return { engine, session, recents, router };
}
