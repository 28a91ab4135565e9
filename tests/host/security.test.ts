import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningHost, startHost } from '../support/host';
import { tempDir } from '../support/engine';

/** Raw HTTP, so tests can send the Host and Origin headers a browser would not let them forge. */
function raw(host: RunningHost, options: { method?: string; path?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      { agent: false, host: '127.0.0.1', port: host.port, method: options.method ?? 'POST', path: options.path ?? '/rpc', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

describe('browser host boundary', () => {
  let host: RunningHost;
  const json = (token?: string, extra: Record<string, string> = {}) => ({
    'content-type': 'application/json',
    ...(token === undefined ? {} : { 'x-rapport-token': token }),
    ...extra,
  });
  const body = JSON.stringify({ channel: 'profile.get', payload: {} });

  beforeAll(async () => {
    host = await startHost({ workspace: join(tempDir(), 'boundary.rapport') });
  });
  afterAll(async () => {
    await host.stop();
  });

  it('answers a proper call', async () => {
    const response = await raw(host, { headers: json(host.token, { host: `127.0.0.1:${host.port}` }), body });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { name: 'boundary' } });
  });

  it('uses a random token of enough length', () => {
    expect(host.token).toMatch(/^[a-f0-9]{48}$/);
  });

  it('refuses a call without the token or with a wrong one (401)', async () => {
    expect((await raw(host, { headers: json(undefined, { host: `127.0.0.1:${host.port}` }), body })).status).toBe(401);
    expect((await raw(host, { headers: json('0'.repeat(48), { host: `127.0.0.1:${host.port}` }), body })).status).toBe(401);
    expect((await raw(host, { headers: json(host.token.slice(1), { host: `127.0.0.1:${host.port}` }), body })).status).toBe(401);
  });

  it('refuses a foreign Origin even with the token (403)', async () => {
    for (const origin of ['https://evil.example', `http://127.0.0.1:${host.port + 1}`, 'null']) {
      const response = await raw(host, { headers: json(host.token, { host: `127.0.0.1:${host.port}`, origin }), body });
      expect(response.status, origin).toBe(403);
    }
  });

  it('refuses a foreign Host header, as in DNS rebinding (403)', async () => {
    for (const hostHeader of ['evil.example', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`]) {
      const response = await raw(host, { headers: json(host.token, { host: hostHeader }), body });
      expect(response.status, hostHeader).toBe(403);
    }
  });

  it('refuses malformed requests with a clear envelope and no harm', async () => {
    const headers = json(host.token, { host: `127.0.0.1:${host.port}` });
    const notJson = await raw(host, { headers, body: '{"channel": "profile.get",' });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.code).toBe('invalid-request');

    const noChannel = await raw(host, { headers, body: '[1,2,3]' });
    expect(noChannel.status).toBe(400);

    const wrongType = await raw(host, { headers: { ...headers, 'content-type': 'text/plain' }, body });
    expect(wrongType.status).toBe(415);

    const unknown = await raw(host, { headers, body: JSON.stringify({ channel: 'fs.readFile', payload: { path: '/etc/passwd' } }) });
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });

    const badPayload = await raw(host, { headers, body: JSON.stringify({ channel: 'profile.update', payload: { currency: 12 } }) });
    expect(JSON.parse(badPayload.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });

    // and the workspace is as it was
    expect((await host.rpc('profile.get')).body).toMatchObject({ ok: true, value: { name: 'boundary', currency: 'GBP' } });
  });

  it('refuses a body over the size limit (413)', async () => {
    const headers = json(host.token, { host: `127.0.0.1:${host.port}`, 'content-length': String(65 * 1024 * 1024) });
    const response = await raw(host, { headers, body: '' }).catch(() => ({ status: 413, body: '' }));
    expect(response.status).toBe(413);
  });

  it('requires the token for the event stream too', async () => {
    const response = await raw(host, { method: 'GET', path: '/events', headers: { host: `127.0.0.1:${host.port}` } });
    expect(response.status).toBe(401);
  });

  it('serves no file outside the renderer folder', async () => {
    for (const path of ['/../../package.json', '/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/main/host.js']) {
      const response = await raw(host, { method: 'GET', path, headers: { host: `127.0.0.1:${host.port}` } });
      expect(response.status, path).toBe(404);
    }
  });

  it('answers a malformed address with 400, not 500, and goes on serving', async () => {
    for (const path of ['/%E0%A4%A', '/assets/%zz.js', '//%zz', '/%']) {
      const response = await raw(host, { method: 'GET', path, headers: { host: `127.0.0.1:${host.port}` } });
      expect(response.status, path).toBe(400);
    }
    // a broken query string on the RPC path is not the host's failure either
    const rpc = await raw(host, { path: '/rpc?%zz', headers: json(host.token, { host: `127.0.0.1:${host.port}` }), body });
    expect(rpc.status).toBeLessThan(500);
    expect((await host.rpc('profile.get')).body).toMatchObject({ ok: true });
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const response = await fetch(`${host.origin}/`);
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
  });
});
