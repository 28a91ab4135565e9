/**
 * The browser host: Rapport without the Electron binary. The same router and engine worker as the desktop app,
 * the renderer served on 127.0.0.1, dialogs answered by folders. For development, tests and machines where
 * Electron cannot be installed.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { EventName } from '../../shared/contract/events';
import { defaultProfile } from '../../shared/domain/profile';
import { type Services, startServices } from '../main/services';
import { parseHostArgs } from './args';
import { DownloadOffers } from './downloads';
import { createHostPorts, openInSystemBrowser } from './host-ports';
import { type HostServer, startHostServer } from './server';

const log = (message: string) => console.error(`[rapport] ${message}`);

async function main(): Promise<void> {
  const args = parseHostArgs(process.argv.slice(2));
  const token = process.env.RAPPORT_HOST_TOKEN || randomBytes(24).toString('hex');

  let server: HostServer | null = null;
  const downloads = new DownloadOffers();
  const services = startServices({
    bundleDir: __dirname,
    dataDir: args.dataDir,
    ports: createHostPorts({ documentsDir: args.documents, downloads, log }),
    appInfo: { version: readVersion(), shell: 'browser', platform: process.platform },
    broadcast: (event: EventName, payload: unknown) => server?.broadcast(event, payload),
    log,
  });

  await openStartingWorkspace(services, args.workspace, args.demoOnFirstRun);
  server = await startHostServer({ router: services.router, staticDir: join(__dirname, '../renderer'), token, log, downloads }, args.port);

  const url = `${server.url}?token=${token}`;
  console.log(`New workspaces, copies and exports are saved in ${args.documents}`);
  console.log(`Rapport is running at ${url}`);
  if (args.openBrowser) openInSystemBrowser(url, log);

  // Tests only: a signal, which nothing in the renderer can send, ends the engine worker as a crash would.
  if (process.env.RAPPORT_ENGINE_TEST_HOOKS === '1') process.on('SIGUSR2', () => void services.engine.crashWorkerForTest());

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server?.close();
    await services.engine.stop(); // final snapshot, lock released
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * --workspace PATH opens PATH, creating a workspace there if there is no file; without it, the last one; with
 * --demo-on-first-run and nothing ever opened (a fresh install), the demo workspace.
 */
async function openStartingWorkspace({ session, recents }: Services, workspace: string | null, demoOnFirstRun: boolean): Promise<void> {
  try {
    if (workspace && !existsSync(workspace)) {
      await session.createAt(workspace, defaultProfile(basename(workspace, extname(workspace)) || 'My business'));
      log(`created a new workspace at ${workspace}`);
    } else if (workspace) {
      await session.openPath(workspace);
    } else {
      const last = recents.lastToReopen();
      if (last) await session.openPath(last);
      else if (demoOnFirstRun && recents.list().length === 0) {
        const demo = await session.createDemo();
        log(`opened the demo workspace at ${demo.path}`);
      }
    }
  } catch (error) {
    // The renderer shows why (workspace.info answers with the error); the host keeps running.
    log(`could not open the workspace: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function readVersion(): string {
  try {
    return (require(join(__dirname, '../../package.json')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
