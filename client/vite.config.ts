import vue from '@vitejs/plugin-vue';
import { defaultClientConditions, defineConfig } from 'vite';

/**
 * The SPA is served by the API server from `dist/` (same origin as `/graphql`). In dev, Vite
 * proxies `/graphql` to a server on :4000. `@omcheck/shared` is consumed from source.
 */
export default defineConfig({
  plugins: [
    vue({
      features: { optionsAPI: false, prodDevtools: false, prodHydrationMismatchDetails: false },
    }),
  ],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
  // The manifest tells scripts/prerender-landing.mjs which chunks the intake needs.
  build: { target: 'es2022', reportCompressedSize: true, manifest: true },
});
