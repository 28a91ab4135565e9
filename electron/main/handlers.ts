import { ENGINE_CHANNELS, type EngineChannel } from '../../shared/contract/channels';
import { RapportFailure } from '../../shared/contract/result';
import type { AppInfo } from '../../shared/domain/workspace';
import type { NativePorts } from './native/ports';
import type { RecentStore } from './recent-store';
import type { ChannelHandler, ChannelHandlers } from './router';
import { type WorkspaceSession, fileNameFor, withRapportExtension } from './session';

export interface ShellDeps {
  session: WorkspaceSession;
  recents: RecentStore;
  ports: NativePorts;
  appInfo: Omit<AppInfo, 'nativeFileChooser'>;
}

/**
 * Every channel's handler as the router sees it: shell channels run here, engine channels are forwarded to the
 * engine worker. Transport-free: the Electron shell and the browser host use the same map.
 */
export function createChannelHandlers({ session, recents, ports, appInfo }: ShellDeps): ChannelHandlers {
  const engineForwarders = Object.fromEntries(
    ENGINE_CHANNELS.map((channel) => [channel, (request: unknown) => session.call(channel, request)]),
  ) as { [C in EngineChannel]: ChannelHandler<C> };

  return {
    ...engineForwarders,
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
    'exports.customersCsv': (request) => session.exportCustomersCsv(request),
    'exports.personData': ({ id }) => session.exportPersonData(id),
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
