/**
 * The RapportBridge over HTTP, for the browser host (development and e2e tests without the Electron binary).
 * RPC is `POST /rpc` with the session token; push events come as server-sent events from `GET /events`, read
 * with a streaming fetch because EventSource cannot send the token header.
 */
import type { RapportBridge } from '@shared/contract/bridge';
import type { EventMap, EventName } from '@shared/contract/events';
import { fail, type Result } from '@shared/contract/result';

const TOKEN_KEY = 'rapport.token';

/**
 * The token arrives once as `?token=` in the address. It is kept in sessionStorage (so a reload still works)
 * and removed from the visible address, so it does not end up in screenshots, history or bookmarks.
 */
export function takeToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

type Listener = (payload: unknown) => void;

export function createBrowserBridge(token: string | null) {
  const listeners = new Map<EventName, Set<Listener>>();
  let streaming = false;

  function dispatch(event: string, data: string): void {
    const set = listeners.get(event as EventName);
    if (!set || set.size === 0) return;
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      return;
    }
    for (const listener of [...set]) listener(payload);
  }

  async function streamOnce(): Promise<void> {
    const response = await fetch('/events', { headers: { 'x-rapport-token': token ?? '' }, cache: 'no-store' });
    if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value.replace(/\r\n/g, '\n');
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let event = 'message';
        const data: string[] = [];
        for (const line of frame.split('\n')) {
          if (line.startsWith(':')) continue;
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'event') event = text;
          else if (field === 'data') data.push(text);
        }
        if (data.length > 0) dispatch(event, data.join('\n'));
      }
    }
  }

  /** Keeps one event stream open for the page's lifetime, reconnecting with a capped backoff. */
  async function keepStreaming(): Promise<void> {
    let delay = 500;
    for (;;) {
      const started = Date.now();
      try {
        await streamOnce();
      } catch {
        // The host is restarting or gone; try again shortly.
      }
      if (Date.now() - started > 10_000) delay = 500;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 10_000);
    }
  }

  const bridge = {
    async invoke(channel, payload) {
      try {
        const response = await fetch('/rpc', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-rapport-token': token ?? '' },
          body: JSON.stringify({ channel, payload }),
          cache: 'no-store',
        });
        const body = (await response.json()) as Result<never>;
        return body;
      } catch {
        return fail('io-error', 'Rapport could not reach the browser host. Is it still running?');
      }
    },
    on<E extends EventName>(event: E, listener: (payload: EventMap[E]) => void) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      const wrapped = listener as Listener;
      set.add(wrapped);
      if (!streaming) {
        streaming = true;
        void keepStreaming();
      }
      return () => {
        set.delete(wrapped);
      };
    },
  } satisfies RapportBridge;

  return bridge;
}

/**
 * Fetches a download the browser host offered (a one-time URL from an export's answer) with the session token,
 * and hands it to the browser's own download handling under the host's file name.
 */
export async function saveOfferedDownload(url: string, token: string | null): Promise<void> {
  const response = await fetch(url, { headers: { 'x-rapport-token': token ?? '' }, cache: 'no-store' });
  if (!response.ok) throw new Error(`download: HTTP ${response.status}`);
  const fileName = fileNameFrom(response.headers.get('content-disposition')) ?? 'download';
  const blobUrl = URL.createObjectURL(await response.blob());
  try {
    const link = document.createElement('a');
    link.href = blobUrl;
    link.download = fileName;
    link.rel = 'noopener';
    document.body.append(link);
    link.click();
    link.remove();
  } finally {
    // the click has started the download; the blob can go once the browser has taken it over
    setTimeout(() => URL.revokeObjectURL(blobUrl), 60_000);
  }
}

function fileNameFrom(header: string | null): string | null {
  const encoded = header && /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (!encoded) return null;
  try {
    return decodeURIComponent(encoded[1]!);
  } catch {
    return null;
  }
}
