// `npm run browser -- [--workspace PATH] [--port N] [--documents DIR] [--data-dir DIR] [--open]`
// Builds the app, then runs the browser host (out/main/host.js): Rapport served on 127.0.0.1 with the same router
// and engine as the desktop app. The arguments go to the host unchanged (it explains any it does not know).
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));

/** `electron-vite build` through node (no shell, so it works the same on Windows); exits on failure. */
export function build() {
  const packageJson = require.resolve('electron-vite/package.json');
  const cli = join(dirname(packageJson), require(packageJson).bin['electron-vite']);
  const result = spawnSync(process.execPath, [cli, 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('The build failed, so Rapport was not started.');
    process.exit(result.status ?? 1);
  }
}

/**
 * Runs a child with the terminal's stdio, passes SIGINT/SIGTERM on to it (it shuts down cleanly: final snapshot,
 * lock released) and exits with its exit code once it has finished.
 */
export function runForwardingSignals(command, args, options = {}) {
  const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', ...options });
  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('error', (error) => {
    console.error(`Could not start ${command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    process.off('SIGINT', forward);
    process.off('SIGTERM', forward);
    if (signal === 'SIGINT' || signal === 'SIGTERM') process.exit(0);
    process.exit(code ?? 1);
  });
  return child;
}

export function runBrowserHost(args) {
  return runForwardingSignals(process.execPath, [join(ROOT, 'out/main/host.js'), ...args]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  build();
  runBrowserHost(process.argv.slice(2));
}
