import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const root = fileURLToPath(new URL('./web', import.meta.url));

// Two single-page apps from one build: the employee app (login at `/`, app at `/app/*`) and the
// client portal (`/oma/*`). The server serves dist/web with a strict CSP (script-src 'self'), so
// the built HTML must not contain inline scripts: Vite emits module scripts as files, and the
// modulepreload polyfill (which would be inlined into the entry) is turned off.
export default defineConfig({
  root,
  base: '/',
  plugins: [react()],
  publicDir: resolve(root, 'public'),
  build: {
    outDir: resolve(root, '../dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    modulePreload: { polyfill: false },
    // Fonts and icons stay separate files (no data: URLs), which keeps CSP simple too.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: {
        employee: resolve(root, 'index.html'),
        client: resolve(root, 'oma/index.html'),
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
      '/saavutettavuus': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
});
