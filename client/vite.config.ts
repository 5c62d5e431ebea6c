import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defaultClientConditions, defineConfig } from 'vite';
import { compileHints } from './build/compile-hints.ts';
import { pageChunks } from './build/page-chunks.ts';

const sharedPackageSource = fileURLToPath(new URL('../shared/src/', import.meta.url));

/**
 * The SPA is served by the API server from `dist/` (same origin as `/graphql`). In dev, Vite
 * proxies `/graphql` to a server on :4000. `@omcheck/shared` is consumed from source.
 */
export default defineConfig({
  plugins: [
    vue({
      features: { optionsAPI: false, prodDevtools: false, prodHydrationMismatchDetails: false },
    }),
    // What each page a respondent opens by link runs before it renders comes in a file per page
    // and a few shared ones, not a dozen small files (build/page-chunks.ts).
    pageChunks({
      pages: {
        results: ['/features/results/ResultsView.vue', '/features/results/prepare-result.ts'],
        wizard: ['/features/wizard/WizardView.vue', '/features/respondent/prepare-checkup.ts'],
        review: ['/features/review/ReviewView.vue', '/features/respondent/prepare-checkup.ts'],
        // Not opened by link, but sharing code with the wizard: without it, the landing page
        // would load the wizard's chunk with the intake.
        intake: ['/features/intake/IntakeView.vue'],
      },
      // The check-up's store and progress, which the results page and the intake do not run.
      sharedBy: { 'checkup-shared': ['wizard', 'review'] },
      // @omcheck/shared's indexes (`@omcheck/shared/report`): the pages import from its modules.
      reexportIndexes: (id) => id.startsWith(sharedPackageSource) && id.endsWith('/index.ts'),
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
