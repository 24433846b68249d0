import { constants } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression, defineAlgorithm } from 'vite-plugin-compression2';

// The tab is built to static files that the API serves; in development the API proxies nothing: run `npm start`.
export default defineConfig({
  root: 'tab',
  base: '/',
  plugins: [
    react(),
    // Each asset beside its brotli and gzip twins, made once at the strongest settings: the service sends the twin
    // the browser takes (api/http/app.ts), spending no time per request and fewer bytes than compressing on the fly.
    compression({
      include: /\.(js|css|svg|json)$/,
      threshold: 1024,
      algorithms: [
        defineAlgorithm('brotliCompress', {
          params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY },
        }),
        defineAlgorithm('gzip', { level: constants.Z_BEST_COMPRESSION }),
      ],
      logLevel: 'silent',
    }),
  ],
  build: {
    outDir: '../dist/tab',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // React changes far more seldom than the tab: a chunk of its own stays cached (immutable) across releases.
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 10 }],
        },
      },
    },
  },
});
