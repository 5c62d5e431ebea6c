import { createRouter, type RouteLocationNormalized, type RouteRecordRaw, type Router, type RouterHistory } from 'vue-router';
import { loadMessageGroups, type MessageGroup } from './i18n';
import { accountRoutes } from '../features/account/routes';
import { consoleRoutes } from '../features/console/routes';
import { workshopRoutes } from '../features/workshop/routes';
import LandingView from '../features/landing/LandingView.vue';
import { settledWithin } from './settled-within';

/**
 * Only the landing page is in the entry chunk; every other page loads on demand. Features that
 * own several pages export their routes (`features/<feature>/routes.ts`, lazy imports only).
 * The respondent's pages (`graphqlClient: 'fetch'`: landing to results) talk to the API through
 * the small fetch client; every other page gets urql first (see `app/lazy-urql.ts`).
 */
/** The private link of a route, for the data a respondent's page prepares. */
const tokenOf = (to: RouteLocationNormalized): string => String(to.params['token']);

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'landing', component: LandingView, meta: { titleKey: 'landing.pageTitle', graphqlClient: 'fetch' } },
  {
    path: '/start',
    name: 'intake',
    component: () => import('../features/intake/IntakeView.vue'),
    meta: { titleKey: 'intake.pageTitle', graphqlClient: 'fetch' },
  },
  {
    path: '/r/:token',
    name: 'wizard',
    component: () => import('../features/wizard/WizardView.vue'),
    props: true,
    meta: {
      titleKey: 'wizard.pageTitle',
      graphqlClient: 'fetch',
      prepare: (to) => import('../features/respondent/prepare-checkup').then((m) => m.prepareCheckup(tokenOf(to))),
    },
  },
  {
    path: '/r/:token/review',
    name: 'review',
    component: () => import('../features/review/ReviewView.vue'),
    props: true,
    meta: {
      titleKey: 'review.pageTitle',
      graphqlClient: 'fetch',
      messages: ['results'],
      prepare: (to) => import('../features/respondent/prepare-checkup').then((m) => m.prepareCheckup(tokenOf(to))),
    },
  },
  {
    path: '/r/:token/results',
    name: 'results',
    component: () => import('../features/results/ResultsView.vue'),
    props: true,
    meta: {
      titleKey: 'results.pageTitle',
      graphqlClient: 'fetch',
      messages: ['results'],
      prepare: (to) => import('../features/results/prepare-result').then((m) => m.prepareResult(tokenOf(to))),
    },
  },
  ...accountRoutes,
  ...consoleRoutes,
  ...workshopRoutes,
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('../features/not-found/NotFoundView.vue'),
    meta: { titleKey: 'notFound.pageTitle', graphqlClient: 'fetch' },
  },
];

/** How long a navigation waits for a page's data before showing the page with "Loading…". */
const PREPARE_WAIT_MS = 2000;

/** Starts importing a route's lazy page components; the router's own import later gets the same module. */
function startLoadingPages(to: RouteLocationNormalized): void {
  for (const record of to.matched) {
    const component = record.components?.['default'];
    if (typeof component === 'function') void (component as () => Promise<unknown>)().catch(() => undefined);
  }
}

/**
 * The app's router on a history: the browser's in the app, a memory history when the landing
 * page is pre-rendered at build time (`prerender/render-landing.ts`).
 */
export function createAppRouter(history: RouterHistory): Router {
  const router = createRouter({
    history,
    routes,
    scrollBehavior(to, from, saved) {
      if (saved) return saved;
      // Hash targets are handled by the page once its content has loaded.
      if (to.hash) return false;
      if (to.name === from.name && to.path === from.path && to.query['step'] === from.query['step']) return false;
      return { top: 0 };
    },
  });

  let preparing: { path: string; done: Promise<unknown> } | null = null;
  // A page's data (`meta.prepare`) loads alongside its code and is awaited once the code is there:
  // the page then renders once, complete, instead of "Loading…" followed by a second long render.
  // Failures are the page's to show; a slow server only delays the page by PREPARE_WAIT_MS.
  // This guard comes first, so the data, the messages and the page's code all load at once (the
  // router only fetches a lazy page's code after every beforeEach guard has resolved).
  router.beforeEach((to) => {
    const prepare = to.meta.prepare;
    preparing = prepare ? { path: to.fullPath, done: prepare(to).catch(() => undefined) } : null;
    if (prepare) startLoadingPages(to);
  });

  // The message groups a page needs are merged in before it renders. A failed load still shows
  // the page (with message keys) rather than a dead link.
  router.beforeEach(async (to) => {
    const groups = to.matched.flatMap((record) => record.meta.messages ?? []);
    if (groups.length > 0) await loadMessageGroups(groups).catch(() => undefined);
  });

  router.beforeResolve(async (to) => {
    if (!preparing || preparing.path !== to.fullPath) return;
    const { done } = preparing;
    preparing = null;
    await settledWithin(done, PREPARE_WAIT_MS);
  });
  return router;
}

declare module 'vue-router' {
  interface RouteMeta {
    titleKey?: string;
    /** Message groups beyond `core` (see `app/i18n.ts`). */
    messages?: MessageGroup[];
    /** 'fetch': the page uses `app/graphql-fetch.ts` only, so urql is not loaded for it. */
    graphqlClient?: 'fetch';
    /** The console page uses the full width of a large screen (a projector). */
    wide?: boolean;
    /** Loads the page's data during the navigation (see the guards above). */
    prepare?: (to: RouteLocationNormalized) => Promise<unknown>;
  }
}
