/**
 * The only renderer module that touches `window.rapport`. In Electron the preload provides the bridge; in a
 * plain browser (the browser host) an HTTP bridge takes its place. Everything else calls `call()` and `onEvent()`.
 */
import type { RapportBridge } from '@shared/contract/bridge';
import type { Channel, RequestOf, ResponseOf } from '@shared/contract/channels';
import type { EventMap, EventName } from '@shared/contract/events';
import { RapportFailure } from '@shared/contract/result';
import { createBrowserBridge, saveOfferedDownload, takeToken } from './browser-bridge';

declare global {
  interface Window {
    rapport?: RapportBridge;
  }
}

/** A failed call: the stable code (for titles and decisions) and main's plain-English message. */
export class ApiError extends RapportFailure {
  override name = 'ApiError';
}

const token = window.rapport ? null : takeToken();
const bridge: RapportBridge = window.rapport ?? createBrowserBridge(token);

/** Follows a download the shell offered with an export (the browser host only; the desktop app offers none). */
export function followDownload(url: string): Promise<void> {
  return saveOfferedDownload(url, token);
}

/** Calls a channel; answers its value or throws an ApiError with the code and message from main. */
export async function call<C extends Channel>(channel: C, payload: RequestOf<C>): Promise<ResponseOf<C>> {
  const result = await bridge.invoke(channel, payload);
  if (result.ok) return result.value;
  throw new ApiError(result.error.code, result.error.message, result.error.details);
}

export function onEvent<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void): () => void {
  return bridge.on(event, listener);
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
