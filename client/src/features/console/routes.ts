import type { RouteLocationNormalized, RouteRecordRaw } from 'vue-router';

/** Signed out → the sign-in page, which comes back here afterwards. Loads the session code on demand. */
async function requireViewer(to: RouteLocationNormalized) {
  const { loadViewer } = await import('../account/session');
  if (await loadViewer()) return true;
  return { name: 'sign-in', query: { next: to.fullPath } };
}

/** The consultant console: every page a lazy chunk, so the landing page and the wizard never load it. */
export const consoleRoutes: RouteRecordRaw[] = [
  {
    path: '/console',
    component: () => import('./ConsoleLayout.vue'),
    beforeEnter: requireViewer,
    // The console shows results (team results, action plan) as well as its own pages.
    meta: { messages: ['staff', 'results'] },
    children: [
      {
        path: '',
        name: 'console',
        component: () => import('./ConsoleHomeView.vue'),
        meta: { titleKey: 'console.home.pageTitle' },
      },
      {
        path: ':workspaceId',
        name: 'console-clients',
        component: () => import('./clients/ClientsView.vue'),
        props: true,
        meta: { titleKey: 'console.clients.pageTitle' },
      },
      {
        path: ':workspaceId/clients/:organizationId',
        name: 'console-client',
        component: () => import('./clients/ClientView.vue'),
        props: true,
        meta: { titleKey: 'console.client.pageTitle' },
      },
      {
        path: ':workspaceId/checkups/:assessmentId',
        name: 'console-checkup',
        component: () => import('./checkup/CheckupView.vue'),
        props: true,
        meta: { titleKey: 'console.checkup.pageTitle' },
      },
      {
        path: ':workspaceId/checkups/:assessmentId/meeting',
        name: 'console-meeting',
        component: () => import('./meeting/MeetingView.vue'),
        props: true,
        meta: { titleKey: 'console.meeting.pageTitle' },
      },
      {
        path: ':workspaceId/checkups/:assessmentId/meeting/notes',
        name: 'console-meeting-notes',
        component: () => import('./meeting/MeetingNotesView.vue'),
        props: true,
        meta: { titleKey: 'console.meeting.notesPageTitle' },
      },
      {
        path: ':workspaceId/workshops/:workshopId',
        name: 'console-workshop',
        component: () => import('./workshop/WorkshopFacilitatorView.vue'),
        props: true,
        meta: { titleKey: 'console.workshop.pageTitle', wide: true },
      },
      {
        path: ':workspaceId/portfolio',
        name: 'console-portfolio',
        component: () => import('./portfolio/PortfolioView.vue'),
        props: true,
        meta: { titleKey: 'console.portfolio.pageTitle' },
      },
      {
        path: ':workspaceId/members',
        name: 'console-members',
        component: () => import('./members/MembersView.vue'),
        props: true,
        meta: { titleKey: 'console.members.pageTitle' },
      },
      {
        path: ':workspaceId/questionnaires',
        name: 'console-questionnaires',
        component: () => import('./questionnaires/QuestionnairesView.vue'),
        props: true,
        meta: { titleKey: 'console.questionnaires.pageTitle' },
      },
    ],
  },
];
