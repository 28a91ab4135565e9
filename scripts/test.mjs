// `npm test`: every check a change must pass, in order, stopping at the first failure.
// typecheck → build (the host and e2e tests run the built app) → vitest (Node) → Playwright (Chromium, Electron smoke).
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['build', 'npx', ['electron-vite', 'build', '--logLevel', 'warn']],
  ['unit, engine and host tests (vitest)', 'npx', ['vitest', 'run', '--config', 'tests/vitest.config.mts']],
  ['end-to-end tests (Playwright)', 'npx', ['playwright', 'test', '--config', 'tests/playwright.config.ts']],
];

for (const [name, command, args] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n✗ ${name} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
  console.log(`✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}
console.log('\nAll checks passed.');
