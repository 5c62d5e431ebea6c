import type { RespondentAnswers } from '../domain/answer.js';
import type { OptionView } from '../domain/options.js';
import { RESPONDENT_ROLES, type RespondentRole } from '../domain/vocabulary.js';
import { type RoleGroupKey, groupByRole } from '../team/role-groups.js';

/** One participant's vote on one question. */
export interface Vote {
  participantId: string;
  role: RespondentRole;
  optionId: string;
}

export interface OptionCount {
  optionId: string;
  count: number;
}

export interface RoleDistribution {
  group: RoleGroupKey;
  roles: RespondentRole[];
  voteCount: number;
  distribution: OptionCount[];
}

export interface RoleDistributions {
  groups: RoleDistribution[];
  /** Roles too small to show even pooled: left out of `groups`. */
  hiddenRoles: RespondentRole[];
}

/** Votes per option: every option of the question in its order, zeros included; unknown options are ignored. */
export function voteDistribution(options: readonly OptionView[], votes: readonly Vote[]): OptionCount[] {
  const counts = new Map(options.map((option) => [option.id, 0]));
  for (const vote of votes) {
    const count = counts.get(vote.optionId);
    if (count !== undefined) counts.set(vote.optionId, count + 1);
  }
  return options.map((option) => ({ optionId: option.id, count: counts.get(option.id) ?? 0 }));
}

/**
 * The distribution per role group, with the same minimum-n rule as team results (`groupByRole`):
 * a role with fewer voters than `minGroupSize` is pooled with the other small roles, or left out
 * when even the pool is too small. The group sizes count this question's voters.
 */
export function voteDistributionByRole(options: readonly OptionView[], votes: readonly Vote[], minGroupSize: number): RoleDistributions {
  const voters: RespondentAnswers[] = votes.map((vote) => ({
    respondentId: vote.participantId,
    role: vote.role,
    answers: new Map(),
  }));
  const byParticipant = new Map(votes.map((vote) => [vote.participantId, vote]));
  const grouping = groupByRole(voters, minGroupSize, RESPONDENT_ROLES);
  return {
    groups: grouping.groups.map((group) => {
      const groupVotes = group.respondents.map((respondent) => byParticipant.get(respondent.respondentId)!);
      return { group: group.key, roles: [...group.roles], voteCount: groupVotes.length, distribution: voteDistribution(options, groupVotes) };
    }),
    hiddenRoles: grouping.hidden.filter((hidden) => hidden.outcome === 'OMITTED').map((hidden) => hidden.role),
  };
}
