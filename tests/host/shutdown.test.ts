import { connect } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sqliteQuery, tempDir } from '../support/engine';
import { startHost } from '../support/host';

describe('browser host shutdown', () => {
  it('exits promptly on SIGTERM with an event stream and a half-sent request open, after saving', async () => {
    const workspace = join(tempDir(), 'shutdown.rapport');
    const host = await startHost({ workspace });
    await host.rpc('profile.update', { name: 'Saved at shutdown' });
    const controller = new AbortController();
    const events = await fetch(`${host.origin}/events`, { headers: { 'x-rapport-token': host.token }, signal: controller.signal });
    expect(events.status).toBe(200);
    // and a connection in the middle of a request, as a reconnecting browser leaves behind
    const socket = connect(host.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.write(`POST /rpc HTTP/1.1\r\nHost: 127.0.0.1:${host.port}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"chan`);
    socket.on('error', () => {});
    await new Promise((resolve) => setTimeout(resolve, 100));
    const started = Date.now();
    const stopped = await Promise.race([host.stop().then(() => true), new Promise((r) => setTimeout(() => r(false), 10_000))]);
    controller.abort();
    socket.destroy();
    expect(stopped, `host still running ${Date.now() - started} ms after SIGTERM`).toBe(true);
    expect(host.process.exitCode).toBe(0);
    expect(sqliteQuery(workspace, 'SELECT name FROM business_profile')).toBe('Saved at shutdown');
  });
});
