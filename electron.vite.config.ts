import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

/**
 * One build for everything: the Electron main process, the browser host and the engine worker share the main
 * bundle folder (out/main: index.js, host.js, engine.js); the preload is one CommonJS file (sandbox: true);
 * the renderer is a static site in out/renderer.
 */
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          host: resolve(__dirname, 'electron/host/index.ts'),
          engine: resolve(__dirname, 'electron/engine/worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    // `@shared/...` instead of `../../../../shared/...`; renderer/tsconfig.json maps the same path for tsc
    resolve: { alias: { '@shared': resolve(__dirname, 'shared') } },
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
