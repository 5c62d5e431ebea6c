import type { RespondentAnswers } from '../domain/answer.js';
import type { RespondentRole } from '../domain/vocabulary.js';

/**
 * A role group as results show it: a respondent role, the pool of roles too small to show on
 * their own, or (client-versus-partner view) everyone on the client's side.
 */
export type RoleGroupKey = RespondentRole | 'POOLED' | 'CLIENT';

/** The smallest group shown on its own unless a check-up sets another (DESIGN §10). */
export const DEFAULT_MIN_GROUP_SIZE = 3;

export interface RoleGroup {
  key: RoleGroupKey;
  /** For POOLED: the roles pooled together. */
  roles: RespondentRole[];
  respondents: RespondentAnswers[];
}

/** Why a role does not appear as a group of its own. */
export interface HiddenRole {
  role: RespondentRole;
  respondentCount: number;
  /** POOLED: counted in the pooled group; OMITTED: too few even pooled, left out of group views. */
  outcome: 'POOLED' | 'OMITTED';
}

export interface RoleGrouping {
  groups: RoleGroup[];
  hidden: HiddenRole[];
  minGroupSize: number;
}

/**
 * Minimum-n anonymity: a role with fewer than `minGroupSize` respondents is not shown on its
 * own; such roles are pooled into one group when the pool reaches the minimum, otherwise left
 * out of group views. Groups follow the order of the role vocabulary, so the result does not
 * depend on the order respondents are listed in.
 */
export function groupByRole(respondents: readonly RespondentAnswers[], minGroupSize: number, roleOrder: readonly RespondentRole[]): RoleGrouping {
  const byRole = new Map<RespondentRole, RespondentAnswers[]>();
  for (const respondent of respondents) byRole.set(respondent.role, [...(byRole.get(respondent.role) ?? []), respondent]);
  const min = Math.max(1, Math.floor(minGroupSize));
  const groups: RoleGroup[] = [];
  const small: Array<[RespondentRole, RespondentAnswers[]]> = [];
  for (const role of roleOrder) {
    const members = byRole.get(role);
    if (!members) continue;
    const sorted = [...members].sort((a, b) => a.respondentId.localeCompare(b.respondentId));
    if (sorted.length >= min) groups.push({ key: role, roles: [role], respondents: sorted });
    else small.push([role, sorted]);
  }
  const pooled = small.flatMap(([, members]) => members);
  const pool = pooled.length >= min;
  if (pool) groups.push({ key: 'POOLED', roles: small.map(([role]) => role), respondents: pooled });
  return {
    groups,
    hidden: small.map(([role, members]) => ({ role, respondentCount: members.length, outcome: pool ? 'POOLED' : 'OMITTED' })),
    minGroupSize: min,
  };
}
