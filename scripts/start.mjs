// `npm start [-- file.rapport]`: builds, then runs the desktop app if an Electron binary can be had; otherwise
// Rapport opens in the system browser through the browser host (same engine, same screens).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { ROOT, build, runBrowserHost, runForwardingSignals } from './browser.mjs';

const DOWNLOAD_TIMEOUT_MS = 120_000;

/** The Electron binary electron's own index.js would use, if it is already on disk (never downloads). */
function installedElectron() {
  const packageDir = join(ROOT, 'node_modules/electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (!relative) return null;
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
  const binary = join(dist, relative);
  return existsSync(binary) ? binary : null;
}

/**
 * `require('electron')` in a child process downloads the binary on a machine with network. It can fail or hang
 * on a closed network, so it is bounded; any failure means "no Electron here".
 */
function downloadedElectron() {
  const script = "const p = require('electron'); process.stdout.write('\\nRAPPORT_ELECTRON_PATH=' + p + '\\n');";
  const result = spawnSync(process.execPath, ['-e', script], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: DOWNLOAD_TIMEOUT_MS,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (result.status !== 0 || result.error) return null;
  const line = result.stdout.split('\n').find((candidate) => candidate.startsWith('RAPPORT_ELECTRON_PATH='));
  const binary = line?.slice('RAPPORT_ELECTRON_PATH='.length).trim();
  return binary && existsSync(binary) ? binary : null;
}

/** A workspace given to `npm start` becomes the browser host's --workspace; its own options pass through. */
function hostArgs(args) {
  return args.flatMap((arg) => (!arg.startsWith('-') && extname(arg).toLowerCase() === '.rapport' ? ['--workspace', arg] : [arg]));
}

build();
const args = process.argv.slice(2);
const electron = installedElectron() ?? downloadedElectron();
if (electron) {
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE; // would turn the app into a plain Node process
  runForwardingSignals(electron, ['.', ...args], { env });
} else {
  console.log('The Electron binary could not be downloaded on this machine, so Rapport opens in your web browser instead.');
  runBrowserHost(['--open', '--demo-on-first-run', ...hostArgs(args)]);
}
