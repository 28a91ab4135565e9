import { defineConfig } from 'vitest/config';

/**
 * Node tests: shared logic, the engine on real sql.js and real files, the router, and the built browser host
 * (tests/host needs `npm run build` first; `npm test` builds before it runs them).
 */
export default defineConfig({
  // renderer modules under test import shared code as the renderer build does (electron.vite.config.ts)
  resolve: { alias: { '@shared': new URL('../shared', import.meta.url).pathname } },
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['tests/unit/**/*.test.ts', 'tests/engine/**/*.test.ts', 'tests/host/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
