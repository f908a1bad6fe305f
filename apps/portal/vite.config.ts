import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The portal is a plain single-page app: `vite build` writes dist/, which server/startPortal.mjs serves next to the
// API on one port, so the browser talks to /api same-origin (cookie session, no CORS).
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', sourcemap: true, chunkSizeWarningLimit: 1500 },
});
