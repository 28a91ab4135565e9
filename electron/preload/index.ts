/**
 * The only file that uses ipcRenderer. It exposes `window.rapport` (the RapportBridge from the contract) and
 * nothing else: one invoke channel ('rpc') and the known push events. Bundled as one CommonJS file because the
 * renderer runs with sandbox: true.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { RapportBridge } from '../../shared/contract/bridge';
import { EVENT_NAMES, type EventName } from '../../shared/contract/events';

const bridge = {
  invoke: (channel, payload) => ipcRenderer.invoke('rpc', channel, payload),
  on: (event, listener) => {
    if (!(EVENT_NAMES as readonly string[]).includes(event)) throw new Error(`Unknown event ${String(event)}`);
    const forward = (_sender: IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(eventChannel(event), forward);
    return () => {
      ipcRenderer.removeListener(eventChannel(event), forward);
    };
  },
} satisfies RapportBridge;

function eventChannel(event: EventName): string {
  return `event:${event}`;
}

contextBridge.exposeInMainWorld('rapport', bridge);
