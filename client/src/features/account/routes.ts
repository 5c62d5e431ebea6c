import type { RouteRecordRaw } from 'vue-router';

/** Sign-in, sign-up and joining a workspace; every page is its own lazy chunk. */
export const accountRoutes: RouteRecordRaw[] = [
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('./SignInView.vue'),
    meta: { titleKey: 'account.signIn.pageTitle', messages: ['staff'] },
  },
  {
    path: '/sign-up',
    name: 'sign-up',
    component: () => import('./SignUpView.vue'),
    meta: { titleKey: 'account.signUp.pageTitle', messages: ['staff'] },
  },
  {
    path: '/join/:token',
    name: 'join',
    component: () => import('./JoinView.vue'),
    props: true,
    meta: { titleKey: 'account.join.pageTitle', messages: ['staff'] },
  },
];
