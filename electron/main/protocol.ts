/**
 * The app:// scheme: the renderer build (out/renderer) served as a standard, secure origin, so the page has a real
 * origin for its CSP ('self' = app://rapport), storage works, and nothing is ever loaded from file:// or the web.
 */
import { readFile, stat } from 'node:fs/promises';
import { statSync } from 'node:fs';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { APP_SCHEME, contentTypeFor, resolveRendererFile } from './paths';

/** Must run before `app` is ready: privileges can only be granted then. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves `rendererDir` on app://rapport/ (default session). Anything outside it, or any other host, is a 404. */
export function serveRenderer(rendererDir: string, log: (message: string) => void): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed.');
    const file = resolveRendererFile(rendererDir, request.url, isFile);
    if (!file) return plain(404, 'Not found.');
    try {
      const size = (await stat(file)).size;
      const headers = {
        'Content-Type': contentTypeFor(file),
        'Content-Length': String(size),
        // The page's meta CSP is the primary one; the header adds what a meta tag cannot (frame-ancestors).
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache',
      };
      if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
      const body = await readFile(file);
      return new Response(new Uint8Array(body.buffer, body.byteOffset, body.byteLength), { status: 200, headers });
    } catch (error) {
      log(`app:// could not read ${file}: ${error instanceof Error ? error.message : String(error)}`);
      return plain(404, 'Not found.');
    }
  });
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
}
