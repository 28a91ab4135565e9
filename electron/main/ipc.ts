/**
 * The only file that uses ipcMain. One invoke channel, 'rpc': the sender is checked (the main window's top frame
 * on the app's origin), then the router checks the channel and parses the payload. Push events go out on
 * `event:<name>` channels, which the preload forwards to `window.rapport.on`.
 */
import { type BrowserWindow, type IpcMainInvokeEvent, ipcMain } from 'electron';
import type { EventMap, EventName } from '../../shared/contract/events';
import { type Result, fail } from '../../shared/contract/result';
import { isAppUrl, isTrustedSender } from './policy';
import type { Router } from './router';

export const RPC_CHANNEL = 'rpc';

export function registerRpc(options: {
  router: Router;
  mainWindow: () => BrowserWindow | null;
  origins: readonly string[];
  log: (message: string) => void;
}): void {
  ipcMain.handle(RPC_CHANNEL, async (event: IpcMainInvokeEvent, channel: unknown, payload: unknown): Promise<Result<unknown>> => {
    if (!isTrustedSender(senderFacts(event), liveWebContentsId(options.mainWindow()), options.origins)) {
      options.log(`refused a call to ${String(channel).slice(0, 80)} from an untrusted sender (${event.senderFrame?.url.slice(0, 200) ?? 'no frame'})`);
      return fail('invalid-request', 'Calls are only accepted from the Rapport window.');
    }
    return options.router.dispatch(channel, payload);
  });
}

/** Sends a push event to the main window if it is alive and still showing the app. */
export function sendEvent<E extends EventName>(
  window: BrowserWindow | null,
  event: E,
  payload: EventMap[E],
  origins: readonly string[],
): void {
  if (!window || window.isDestroyed() || window.webContents.isDestroyed()) return;
  if (!isAppUrl(window.webContents.getURL(), origins)) return;
  window.webContents.send(`event:${event}`, payload);
}

function senderFacts(event: IpcMainInvokeEvent) {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    hasFrame: frame !== null,
    isTopFrame: frame !== null && frame.parent === null,
    frameUrl: frame?.url ?? '',
  };
}

function liveWebContentsId(window: BrowserWindow | null): number | null {
  return window && !window.isDestroyed() && !window.webContents.isDestroyed() ? window.webContents.id : null;
}
