import type { RespondentRole } from '@omcheck/shared';
import { writerOf } from '../modules/respondent/respondent.repository.js';
import type { Services } from '../services.js';
import { type LevelShift, type SeededDemo, demoAnswers } from './seed-demo.js';

/** Demo credentials: printed at start, they only ever open demo data on a local machine. */
export const DEMO_CONSULTANT = { email: 'consultant@demo.omcheck.local', password: 'demo-consultant-2026', name: 'Dana de Vries' } as const;

/** Eight people in five roles, each seeing the company a little differently. */
const TEAM: ReadonlyArray<{ role: RespondentRole; label: string; shift: LevelShift }> = [
  { role: 'MANAGEMENT', label: 'Managing director', shift: { strategy: 1 } },
  { role: 'MANAGEMENT', label: 'Finance director', shift: {} },
  { role: 'SALES', label: 'Head of sales', shift: { alignment: 2, strategy: 1 } },
  { role: 'SALES', label: 'Key account manager', shift: { alignment: 1 } },
  { role: 'OPERATIONS', label: 'Operations manager', shift: { alignment: -1, planning: 1 } },
  { role: 'OPERATIONS', label: 'Planner', shift: { alignment: -1 } },
  { role: 'MARKETING', label: 'Marketing lead', shift: { marketing: 1, customer: 1 } },
  { role: 'PARTNER', label: 'Account director, logistics partner', shift: { partnership: 2, lifecycle: 1 } },
];

/**
 * A consultant with three clients; one has a team check-up that all eight respondents submitted.
 * Idempotent: when the demo consultant exists, nothing is created.
 */
export async function seedDemoConsultancy(services: Services): Promise<SeededDemo> {
  const seeded = { consultantEmail: DEMO_CONSULTANT.email, consultantPassword: DEMO_CONSULTANT.password };
  const existing = await services.accounts.signIn(DEMO_CONSULTANT.email, DEMO_CONSULTANT.password).catch(() => null);
  if (existing) {
    await services.accounts.signOut(await services.accounts.actorOf(existing.token));
    return seeded;
  }
  const session = await services.accounts.signUp({
    name: DEMO_CONSULTANT.name,
    email: DEMO_CONSULTANT.email,
    password: DEMO_CONSULTANT.password,
    workspaceName: 'Northbridge Advisory (demo)',
    invitationToken: null,
  });
  const actor = await services.accounts.actorOf(session.token);
  const workspaceId = [...actor!.memberships.keys()][0]!;
  const client = (name: string, industry: string, size: string, country: string) =>
    services.organizations.create(actor, workspaceId, { name, industry, size, country, notes: null });
  const rossi = await client('Rossi Food S.r.l.', 'Food processing', '50-249', 'Italy');
  await client('Zuidveld Foods B.V.', 'Food manufacturing', '250+', 'Netherlands');
  await client('Pennine Mutual', 'Insurance', '250+', 'United Kingdom');
  const checkup = await services.assessments.create(actor, { organizationId: rossi.id, title: 'Spring 2026 check-up', locale: 'en', questionnaireVersion: null });
  // Two people per function in this demo: show groups from two, with a target and the model the client wants.
  await services.assessments.setSettings(actor, {
    assessmentId: checkup.id,
    minGroupSize: 2,
    desiredRelationshipModel: 'STRATEGIC_PARTNERSHIP',
    targets: [{ dimensionId: 'partnership', score: 60 }, { dimensionId: 'alignment', score: 65 }],
  });
  for (const member of TEAM) {
    const [invitation] = await services.invitations.invite(actor, { assessmentId: checkup.id, role: member.role, locale: 'en', labels: [member.label] });
    const access = await services.sessions.access(invitation!.token!);
    const questionnaire = services.sessions.questionnaireOf(access);
    await services.answers.save(writerOf(access), questionnaire, demoAnswers(questionnaire, member.role, member.shift));
    await services.results.submit(access);
  }
  await services.accounts.signOut(actor);
  return seeded;
}
