import { FILE_CHANNELS, type FileChannel } from '../../shared/contract/channels';
import { RapportFailure } from '../../shared/contract/result';
import type { AppInfo } from '../../shared/domain/workspace';
import type { NativePorts } from './native/ports';
import type { RecentStore } from './recent-store';
import type { ChannelHandler, Routes, ShellHandlers } from './router';
import { type WorkspaceSession, fileNameFor, withRapportExtension } from './session';

export interface ShellDeps {
  session: WorkspaceSession;
  recents: RecentStore;
  ports: NativePorts;
  appInfo: Omit<AppInfo, 'nativeFileChooser'>;
}

/**
 * Where the router sends each channel: engine channels to the engine worker (its answer passed on as it is),
 * channels that produce a file through the one file flow (declared by `file` in the contract, never written by
 * hand), and the other shell channels to the handlers here. Transport-free: the Electron shell and the browser
 * host use the same routes.
 */
export function createRoutes(deps: ShellDeps): Routes {
  const { session } = deps;
  const fileHandlers = Object.fromEntries(
    FILE_CHANNELS.map((channel) => [channel, (request: never) => session.produceFile(channel, request)]),
  ) as { [C in FileChannel]: ChannelHandler<C> };
  return {
    engine: (channel, request) => session.call(channel, request),
    shell: { ...fileHandlers, ...shellHandlers(deps) },
  };
}

/** The shell channels' own handlers: dialogs, the recent list, which workspace is open. */
function shellHandlers({ session, recents, ports, appInfo }: ShellDeps): Omit<ShellHandlers, FileChannel> {
  return {
    'app.info': () => ({ ...appInfo, nativeFileChooser: ports.hasNativeFileChooser }),
    'app.openExternal': async ({ url }) => {
      await ports.openExternal(checkedExternalUrl(url));
      return null;
    },
    'jobs.cancel': () => {
      session.cancelJob();
      return null;
    },
    'workspace.info': () => session.status(),
    'workspace.recent': () => recents.list(),
    'workspace.create': async ({ profile }) => {
      const chosen = await ports.chooseNewWorkspacePath(fileNameFor(profile.name));
      return chosen ? session.createAt(withRapportExtension(chosen), profile) : null;
    },
    'workspace.createDemo': () => session.createDemo(),
    'workspace.open': async () => {
      const chosen = await ports.chooseWorkspaceToOpen();
      return chosen ? session.openPath(chosen) : null;
    },
    'workspace.openRecent': ({ id }) => {
      const path = recents.pathFor(id);
      if (!path) throw new RapportFailure('not-found', 'That workspace is no longer in the recent list.');
      return session.openPath(path);
    },
    'workspace.forgetRecent': ({ id }) => {
      recents.forget(id);
      return null;
    },
    'workspace.saveCopy': () => session.saveCopy(),
    'exports.reveal': ({ revealId }) => {
      session.revealExport(revealId);
      return null;
    },
    'workspace.reveal': async () => {
      await session.reveal();
      return null;
    },
    'workspace.close': async () => {
      await session.close();
      return null;
    },
  };
}

/** Only https addresses leave the app, and only to the system browser. */
export function checkedExternalUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new RapportFailure('invalid-request', 'That is not a web address.');
  }
  if (url.protocol !== 'https:' || url.username || url.password) {
    throw new RapportFailure('invalid-request', 'Only secure (https) web addresses can be opened.');
  }
  return url.toString();
}
