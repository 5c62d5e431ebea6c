import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router';
import { accountRoutes } from '../features/account/routes';
import { consoleRoutes } from '../features/console/routes';
import LandingView from '../features/landing/LandingView.vue';

/**
 * Only the landing page is in the entry chunk; every other page loads on demand. Features that
 * own several pages export their routes (`features/<feature>/routes.ts`, lazy imports only).
 */
const routes: RouteRecordRaw[] = [
  { path: '/', name: 'landing', component: LandingView, meta: { titleKey: 'landing.pageTitle' } },
  {
    path: '/start',
    name: 'intake',
    component: () => import('../features/intake/IntakeView.vue'),
    meta: { titleKey: 'intake.pageTitle' },
  },
  {
    path: '/r/:token',
    name: 'wizard',
    component: () => import('../features/wizard/WizardView.vue'),
    props: true,
    meta: { titleKey: 'wizard.pageTitle' },
  },
  {
    path: '/r/:token/review',
    name: 'review',
    component: () => import('../features/review/ReviewView.vue'),
    props: true,
    meta: { titleKey: 'review.pageTitle' },
  },
  {
    path: '/r/:token/results',
    name: 'results',
    component: () => import('../features/results/ResultsView.vue'),
    props: true,
    meta: { titleKey: 'results.pageTitle' },
  },
  ...accountRoutes,
  ...consoleRoutes,
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('../features/not-found/NotFoundView.vue'),
    meta: { titleKey: 'notFound.pageTitle' },
  },
];

export const router = createRouter({
  history: createWebHistory(),
  routes,
  scrollBehavior(to, from, saved) {
    if (saved) return saved;
    // Hash targets are handled by the page once its content has loaded.
    if (to.hash) return false;
    if (to.name === from.name && to.path === from.path && to.query['step'] === from.query['step']) return false;
    return { top: 0 };
  },
});

declare module 'vue-router' {
  interface RouteMeta {
    titleKey?: string;
  }
}
