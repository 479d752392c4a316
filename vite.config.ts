import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The renderer is one static bundle: Electron loads it from disk, browser mode serves it on
// 127.0.0.1. `base: './'` keeps every URL relative so both work from the same build.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  // Backups record which version of the program wrote them.
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(version) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        // What the first screen needs is one file, not a score of small chunks: a browser fetches
        // six at a time from the 127.0.0.1 server, so each extra round of requests delays the start.
        // Screens opened later keep their own chunks.
        codeSplitting: { groups: [{ name: 'first-screen', tags: ['$initial'] }] },
      },
    },
  },
  server: { host: '127.0.0.1', strictPort: true },
  preview: { host: '127.0.0.1', strictPort: true },
});
