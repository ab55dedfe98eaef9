import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// archgate serves the build under /console/ (src/api/routes/console.ts), so every asset URL carries that base.
export default defineConfig({
  base: '/console/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2000 },
  server: { proxy: { '/v2': 'http://127.0.0.1:8080', '/v3': 'http://127.0.0.1:8080', '/archgate': 'http://127.0.0.1:8080' } },
});
