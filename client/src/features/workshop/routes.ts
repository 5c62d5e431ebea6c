import type { RouteRecordRaw } from 'vue-router';

/**
 * A participant's phone in a workshop: public, the small fetch client only, and its own message
 * group, so neither the page nor its words weigh on the landing page or the wizard.
 */
export const workshopRoutes: RouteRecordRaw[] = [
  {
    path: '/w/:code',
    name: 'workshop-participant',
    component: () => import('./WorkshopParticipantView.vue'),
    props: true,
    meta: { titleKey: 'workshop.pageTitle', graphqlClient: 'fetch', messages: ['workshop'] },
  },
];
