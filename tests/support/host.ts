import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const REPO_ROOT = resolve(__dirname, '../..');
export const HOST_BUNDLE = join(REPO_ROOT, 'out/main/host.js');

export interface RunningHost {
  process: ChildProcess;
  url: string;
  origin: string;
  port: number;
  token: string;
  dir: string;
  /** The host's documents folder (`--documents`): new workspaces, copies and exports land here. */
  documents: string;
  /** Every line the host printed on stdout up to and including `Rapport is running at …`. */
  banner: string[];
  /** Calls the RPC like the renderer does; answers the parsed envelope and the HTTP status. */
  rpc(channel: string, payload?: unknown): Promise<{ status: number; body: any }>;
  /** SIGTERM and wait: the host takes its final snapshot and releases the lock. */
  stop(): Promise<void>;
  /** SIGKILL: no chance to save anything. */
  kill(): Promise<void>;
}

/**
 * Starts the built browser host (`out/main/host.js`, from `npm run build`) in a child process with its own
 * temporary folders, and waits for its one line `Rapport is running at …`.
 */
export async function startHost(
  options: {
    workspace?: string;
    dir?: string;
    extraArgs?: string[];
    env?: Record<string, string>;
    /** false: no --documents flag, so the host picks its default folder (tests set HOME for it). */
    documentsFlag?: boolean;
  } = {},
): Promise<RunningHost> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'rapport-host-'));
  // the folder keeps its earlier name inside the test folder, so tests that look there still find the files
  const documents = join(dir, 'downloads');
  const documentsArgs = options.documentsFlag === false ? [] : ['--documents', documents];
  const args = [HOST_BUNDLE, '--port', '0', ...documentsArgs, '--data-dir', join(dir, 'data'), ...(options.extraArgs ?? [])];
  if (options.workspace) args.push('--workspace', options.workspace);
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, RAPPORT_HOST_TOKEN: '', ...options.env } });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const banner: string[] = [];
  const url = await new Promise<string>((resolvePromise, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`host did not start in time:\n${stderr}`)), 30_000);
    lines.on('line', (line) => {
      banner.push(line);
      const match = /^Rapport is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[a-f0-9]+)$/.exec(line);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]!);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${stderr}`));
    });
  });
  const parsed = new URL(url);
  const token = parsed.searchParams.get('token')!;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return {
    process: child,
    url,
    origin: parsed.origin,
    port: Number(parsed.port),
    token,
    dir,
    documents,
    banner,
    async rpc(channel, payload = {}) {
      const response = await fetch(`${parsed.origin}/rpc`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-rapport-token': token },
        body: JSON.stringify({ channel, payload }),
      });
      return { status: response.status, body: await response.json() };
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** A startHost that stops, after each test, every host it started. */
export function trackedHosts(afterEachHook: (fn: () => Promise<void>) => void): (options?: Parameters<typeof startHost>[0]) => Promise<RunningHost> {
  const hosts: RunningHost[] = [];
  afterEachHook(async () => {
    for (const host of hosts.splice(0)) await host.stop();
  });
  return async (options) => {
    const started = await startHost(options);
    hosts.push(started);
    return started;
  };
}
