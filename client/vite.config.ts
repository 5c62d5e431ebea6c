import vue from '@vitejs/plugin-vue';
import { defaultClientConditions, defineConfig } from 'vite';
import { compileHints } from './build/compile-hints.ts';

/**
 * The SPA is served by the API server from `dist/` (same origin as `/graphql`). In dev, Vite
 * proxies `/graphql` to a server on :4000. `@omcheck/shared` is consumed from source.
 */
export default defineConfig({
  plugins: [
    vue({
      features: { optionsAPI: false, prodDevtools: false, prodHydrationMismatchDetails: false },
    }),
    // A respondent's way through: the intake, the wizard, the review and the results, with the
    // data their routes prepare before they render (`meta.prepare`) and the parts of the results
    // page that load on their own (`defineAsyncComponent`) as it renders; and a workshop
    // participant's page, opened on a phone from the room's code.
    compileHints([
      '/features/intake/IntakeView.vue',
      '/features/wizard/WizardView.vue',
      '/features/review/ReviewView.vue',
      '/features/results/ResultsView.vue',
      '/features/respondent/prepare-checkup.ts',
      '/features/results/prepare-result.ts',
      '/features/results/DimensionRadarChart.vue',
      '/features/results/SelfAssessmentFollowUp.vue',
      '/features/results/ReportDownloads.vue',
      '/features/results/ResultChange.vue',
      '/features/workshop/WorkshopParticipantView.vue',
    ]),
  ],
  resolve: { conditions: ['source', ...defaultClientConditions] },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
  // The manifest tells scripts/prerender-landing.mjs which chunks the intake needs.
  build: { target: 'es2022', reportCompressedSize: true, manifest: true },
});
