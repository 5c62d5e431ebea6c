import {
  DONT_KNOW_OPTION_ID, NOT_APPLICABLE_OPTION_ID, adjustPriorities, classifyRelationship, latestCheckupsOf, scoreAssessment,
  type AnswerValue, type AssessmentScore, type FiredRecommendation, type Questionnaire, type RelationshipModel, type RespondentAnswers, type RespondentRole,
} from '@omcheck/shared';

/** A small deterministic PRNG (mulberry32): the same seed makes the same portfolio. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INDUSTRIES: ReadonlyArray<[string, number]> = [
  ['Food & beverage', 14], ['Logistics', 12], ['Retail', 11], ['Manufacturing', 10], ['Healthcare', 8], ['Telecom', 7],
  ['Energy', 6], ['Financial services', 6], ['E-commerce', 5], ['Travel', 4], ['Public sector', 3], ['Education', 2],
];
const SIZES = ['1-9', '10-49', '50-249', '250-999', '1000+'];
const ROLES: readonly RespondentRole[] = ['MANAGEMENT', 'SALES', 'OPERATIONS', 'MARKETING', 'CUSTOMER_CARE'];
const NAME_PARTS = ['Alpine', 'Baltic', 'Cedar', 'Delta', 'Ember', 'Fjord', 'Granite', 'Harbor', 'Iris', 'Juniper', 'Keystone', 'Lumen', 'Meridian', 'Nova', 'Orchid', 'Pioneer', 'Quarry', 'Riviera', 'Summit', 'Tundra'];
const NAME_KINDS = ['Foods', 'Logistics', 'Retail', 'Works', 'Care', 'Group', 'Trading', 'Systems', 'Partners', 'Supply'];

export interface GeneratedRespondent {
  id: string;
  role: RespondentRole;
  answers: AnswerValue[];
}

export interface GeneratedCheckup {
  id: string;
  title: string;
  createdAt: Date;
  /** Null: opened, nobody submitted yet. */
  scoredAt: Date | null;
  respondents: GeneratedRespondent[];
  score: AssessmentScore | null;
  recommendations: FiredRecommendation[];
  relationshipModel: RelationshipModel | null;
}

export interface GeneratedClient {
  id: string;
  name: string;
  industry: string;
  size: string;
  createdAt: Date;
  checkups: GeneratedCheckup[];
}

/**
 * Builds one client with `count` check-ups: a maturity profile per dimension that drifts (mostly
 * upwards) from one check-up to the next, several respondents per check-up whose answers scatter
 * around it, a few "don't know" and N/A, each check-up scored with the real scoring. The newest
 * check-up of about one client in twelve is still open with nobody submitted.
 */
export function generateClient(q: Questionnaire, random: () => number, newId: () => string, index: number, count: number, now: Date): GeneratedClient {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const weighted = (): string => {
    const total = INDUSTRIES.reduce((sum, [, w]) => sum + w, 0);
    let r = random() * total;
    for (const [name, weight] of INDUSTRIES) if ((r -= weight) < 0) return name;
    return INDUSTRIES[0]![0];
  };
  const gauss = () => (random() + random() + random() - 1.5) * 1.4;
  const clamp = (x: number) => Math.max(0, Math.min(4, x));
  const profile = new Map(q.dimensions.map((d) => [d.id, clamp(1.8 + gauss() * 0.9)]));
  const dayMs = 86_400_000;
  const createdAt = new Date(now.getTime() - (3 * 365 + random() * 365) * dayMs);
  let at = createdAt.getTime() + random() * 30 * dayMs;
  const checkups: GeneratedCheckup[] = [];
  for (let n = 0; n < count; n++) {
    if (n > 0) {
      for (const [id, level] of profile) profile.set(id, clamp(level + 0.25 + gauss() * 0.35));
      at += (90 + random() * 180) * dayMs;
    }
    const open = n === count - 1 && random() < 1 / 12;
    const respondents: GeneratedRespondent[] = [];
    const respondentCount = 2 + Math.floor(random() * 8);
    for (let r = 0; r < respondentCount; r++) {
      const role = pick(ROLES);
      const answers: AnswerValue[] = [];
      for (const dimension of q.dimensions) {
        for (const question of dimension.questions) {
          if (question.kind !== 'maturity' || (question.roles && !question.roles.includes(role))) continue;
          const roll = random();
          const optionId = roll < 0.03 ? NOT_APPLICABLE_OPTION_ID : roll < 0.07 ? DONT_KNOW_OPTION_ID : `l${Math.round(clamp(profile.get(dimension.id)! + gauss() * 0.8))}`;
          answers.push({ questionId: question.id, optionId });
        }
      }
      respondents.push({ id: newId(), role, answers });
    }
    const checkupAt = new Date(Math.min(at, now.getTime() - dayMs * (count - n)));
    let score: AssessmentScore | null = null;
    let recommendations: FiredRecommendation[] = [];
    let relationshipModel: RelationshipModel | null = null;
    if (!open) {
      const counted: RespondentAnswers[] = respondents.map((r) => ({ respondentId: r.id, role: r.role, answers: new Map(r.answers.map((a) => [a.questionId, a])) }));
      score = scoreAssessment(q, counted);
      recommendations = adjustPriorities(score.recommendations, {
        targets: new Map(), dimensionScores: new Map(score.dimensions.map((d) => [d.dimensionId, d.score])), desiredModel: null,
      });
      relationshipModel = classifyRelationship(q, counted, null).current;
    }
    checkups.push({
      id: newId(),
      title: `Check-up ${n + 1}`,
      createdAt: checkupAt,
      scoredAt: open ? null : new Date(checkupAt.getTime() + (1 + random() * 20) * dayMs * 0.5),
      respondents: open ? respondents.map((r) => ({ ...r, answers: r.answers.slice(0, Math.floor(r.answers.length / 2)) })) : respondents,
      score,
      recommendations,
      relationshipModel,
    });
  }
  return { id: newId(), name: `${pick(NAME_PARTS)} ${pick(NAME_KINDS)} ${index + 1}`, industry: weighted(), size: pick(SIZES), createdAt, checkups };
}

/** The latest and previous scored check-up of a generated client, as the portfolio row holds them. */
export function latestOfGenerated(client: GeneratedClient) {
  return latestCheckupsOf(client.checkups.filter((c) => c.score && c.scoredAt).map((c) => ({
    assessmentId: c.id, createdAt: c.createdAt, scoredAt: c.scoredAt!, overallScore: c.score!.overallScore, scored: true, checkup: c,
  })));
}
