import { DONT_KNOW_OPTION_ID, levelOptionId } from '../domain/answer.js';

const LEVEL_BY_OPTION_ID: ReadonlyMap<string, number> = new Map([0, 1, 2, 3, 4].map((level) => [levelOptionId(level), level]));

/**
 * The maturity 0–4 an option id stands for in scoring: its level, 0 for *don't know* (not
 * knowing is itself a finding), or null for *not applicable*, a missing or an unknown id.
 */
export function scoredLevelOf(optionId: string | null | undefined): number | null {
  if (optionId == null) return null;
  if (optionId === DONT_KNOW_OPTION_ID) return 0;
  return LEVEL_BY_OPTION_ID.get(optionId) ?? null;
}

/** The level 0–4 of a level option id (`l0`…`l4`), else null (also for *don't know*). */
export function levelOf(optionId: string | null | undefined): number | null {
  return optionId == null ? null : LEVEL_BY_OPTION_ID.get(optionId) ?? null;
}
