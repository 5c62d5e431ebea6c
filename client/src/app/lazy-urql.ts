import type { App } from 'vue';
import type { Router } from 'vue-router';

let installing: Promise<void> | null = null;

/**
 * Provides the urql client to the app before the first page that needs it renders. urql and its
 * dependencies weigh ~11 KB gzipped: the pages marked `graphqlClient: 'fetch'` (the respondent's:
 * landing, intake, wizard, review, results) never load them, the console and account pages do. Provides added to the
 * app after mounting are seen by components created later, so this can happen on navigation.
 */
export function provideUrqlOnDemand(app: App, router: Router): void {
  router.beforeEach(async (to) => {
    if (to.matched.every((record) => record.meta.graphqlClient === 'fetch')) return;
    installing ??= Promise.all([import('./urql'), import('@urql/vue')]).then(([{ client }, { install }]) => {
      app.use(install, client);
    });
    await installing;
  });
}
