import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The tab is built to static files that the API serves; in development the API proxies nothing: run `npm start`.
export default defineConfig({
  root: 'tab',
  base: '/',
  plugins: [react()],
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
