import { timingSafeEqual } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { EventName } from '../../shared/contract/events';
import { type Result, fail } from '../../shared/contract/result';
import type { Router } from '../main/router';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { DOWNLOAD_PATH, type DownloadOffers, contentDisposition } from './downloads';

/** Requests larger than this are refused before they are read (imports send file bytes, so it is generous). */
export const MAX_BODY_BYTES = 64 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
};

const DOWNLOAD_TYPES: Record<string, string> = {
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export interface HostServerOptions {
  router: Router;
  staticDir: string;
  token: string;
  log: (message: string) => void;
  /** Exports the host wrote, served once each at `GET /download/<id>`. */
  downloads?: DownloadOffers;
}

export interface HostServer {
  server: Server;
  port: number;
  url: string;
  broadcast(event: EventName, payload: unknown): void;
  close(): Promise<void>;
}

/**
 * The browser host's HTTP server: the renderer's files, `POST /rpc` into the same router the Electron shell
 * uses, and `GET /events` (server-sent events) for push events. It binds 127.0.0.1 only; RPC and events need
 * the token; a foreign Host or Origin header is refused (DNS rebinding, other sites).
 */
export async function startHostServer(options: HostServerOptions, port: number): Promise<HostServer> {
  const streams = new Set<ServerResponse>();
  let actualPort = port;
  let closing = false;

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.log(`host request failed: ${error instanceof Error ? error.message : String(error)}`);
      if (!response.headersSent) sendJson(response, 500, fail('internal', 'The browser host failed to answer.'));
      else response.destroy();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = parseRequestUrl(request.url);
    if (!url) return sendPlain(response, 400, 'Malformed address.');
    if (!isLocalHost(request.headers.host, actualPort)) return sendPlain(response, 403, 'Forbidden host.');
    if (!isOwnOrigin(request.headers.origin, actualPort) || request.headers['sec-fetch-site'] === 'cross-site') {
      return sendPlain(response, 403, 'Forbidden origin.');
    }
    if (url.pathname === '/rpc') {
      if (request.method !== 'POST') return sendPlain(response, 405, 'Use POST.');
      if (!hasToken(request, options.token)) return sendJson(response, 401, fail('invalid-request', 'Missing or wrong token.'));
      return rpc(request, response);
    }
    if (url.pathname === '/events') {
      if (request.method !== 'GET') return sendPlain(response, 405, 'Use GET.');
      if (closing) return sendPlain(response, 503, 'Rapport is shutting down.');
      if (!hasToken(request, options.token)) return sendPlain(response, 401, 'Missing or wrong token.');
      return openEventStream(response);
    }
    const download = DOWNLOAD_PATH.exec(url.pathname);
    if (download) {
      if (request.method !== 'GET') return sendPlain(response, 405, 'Use GET.');
      if (!hasToken(request, options.token)) return sendPlain(response, 401, 'Missing or wrong token.');
      return serveDownload(download[1]!, response);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return sendPlain(response, 405, 'Method not allowed.');
    return serveStatic(url.pathname, response);
  }

  async function rpc(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const contentType = request.headers['content-type'] ?? '';
    if (!contentType.startsWith('application/json')) {
      return sendJson(response, 415, fail('invalid-request', 'Send JSON (Content-Type: application/json).'));
    }
    const body = await readBody(request);
    if (body === 'too-large') {
      // the rest of the body is never read, so this connection cannot carry another request
      response.setHeader('Connection', 'close');
      return sendJson(response, 413, fail('invalid-request', 'The request is too large.'));
    }
    let message: unknown;
    try {
      message = JSON.parse(body);
    } catch {
      return sendJson(response, 400, fail('invalid-request', 'The request is not valid JSON.'));
    }
    if (typeof message !== 'object' || message === null || Array.isArray(message) || typeof (message as { channel?: unknown }).channel !== 'string') {
      return sendJson(response, 400, fail('invalid-request', 'The request needs a "channel" and a "payload".'));
    }
    const { channel, payload } = message as { channel: string; payload?: unknown };
    sendJson(response, 200, await options.router.dispatch(channel, payload));
  }

  function openEventStream(response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    streams.add(response);
    response.on('close', () => streams.delete(response));
  }

  /** A file the host wrote and offered (downloads.ts): by id only, once; never a path from the request. */
  function serveDownload(id: string, response: ServerResponse): void {
    const offered = options.downloads?.take(id);
    if (!offered) return sendPlain(response, 404, 'This download is not available (any more).');
    let size: number;
    try {
      size = statSync(offered.path).size;
    } catch {
      return sendPlain(response, 404, 'The file is no longer there.');
    }
    response.writeHead(200, {
      'Content-Type': DOWNLOAD_TYPES[extname(offered.fileName).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': size,
      'Content-Disposition': contentDisposition(offered.fileName),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    createReadStream(offered.path).pipe(response);
  }

  function serveStatic(pathname: string, response: ServerResponse): void {
    const decoded = decodedPath(pathname);
    if (decoded === null) return sendPlain(response, 400, 'Malformed address.');
    const relative = pathname === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
    const file = normalize(join(options.staticDir, relative));
    if (!file.startsWith(normalize(options.staticDir) + sep)) return sendPlain(response, 404, 'Not found.');
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return sendPlain(response, 404, 'Not found.');
      size = stat.size;
    } catch {
      return sendPlain(response, 404, 'Not found.');
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': size,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
      'Cache-Control': file.endsWith('.html') ? 'no-store' : 'max-age=3600',
    });
    createReadStream(file).pipe(response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  actualPort = (server.address() as AddressInfo).port;

  return {
    server,
    port: actualPort,
    url: `http://127.0.0.1:${actualPort}/`,
    broadcast(event, payload) {
      const frame = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
      for (const stream of streams) stream.write(frame);
    },
    close() {
      closing = true;
      for (const stream of streams) stream.end();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // browsers keep idle keep-alive connections open; shutting down must not wait for them
      server.closeAllConnections();
      return closed;
    },
  };
}

/**
 * The request's address, or null when it is malformed (`//%zz` is not a URL a browser sends): the client's
 * mistake, answered 400, not a failure of the host.
 */
function parseRequestUrl(raw: string | undefined): URL | null {
  try {
    return new URL(raw ?? '/', 'http://127.0.0.1');
  } catch {
    return null;
  }
}

/** A percent-encoded path decoded, or null when its escapes are broken (`/%E0%A4%A`). */
function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

function isLocalHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

function isOwnOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

function hasToken(request: IncomingMessage, token: string): boolean {
  const given = request.headers['x-rapport-token'];
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(request: IncomingMessage): Promise<string | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      request.resume();
      resolve('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        request.destroy();
        resolve('too-large');
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function sendJson(response: ServerResponse, status: number, body: Result<unknown>): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  response.end(text);
}

function sendPlain(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  response.end(text);
}
