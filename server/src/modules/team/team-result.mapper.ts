import { localize, questionIndex, type AgendaItem, type PerceptionGap, type Questionnaire, type Locale } from '@omcheck/shared';
import type { AgendaPromptGql, RoleGroupGql } from '../../graphql/enums.js';
import { AgendaItemGql, AgendaSideGql, PerceptionGapGql } from './team-result.types.js';

export function toPerceptionGapGql(gap: PerceptionGap): PerceptionGapGql {
  return Object.assign(new PerceptionGapGql(), { ...gap, roleA: gap.roleA as RoleGroupGql, roleB: gap.roleB as RoleGroupGql });
}

export function toAgendaItemGql(item: AgendaItem, questionnaire: Questionnaire, locale: Locale): AgendaItemGql {
  const entry = questionIndex(questionnaire).get(item.questionId);
  const side = (s: AgendaItem['groupA']) => Object.assign(new AgendaSideGql(), { ...s, role: s.role as RoleGroupGql });
  return Object.assign(new AgendaItemGql(), {
    questionId: item.questionId,
    questionPrompt: entry ? localize(entry.question.prompt, locale) : item.questionId,
    dimensionId: item.dimensionId,
    groupA: side(item.groupA),
    groupB: side(item.groupB),
    gap: item.gap,
    prompt: item.prompt as AgendaPromptGql,
  });
}

/** A question's prompt in one language (its id when the questionnaire has no such question). */
export function promptOf(questionnaire: Questionnaire, questionId: string, locale: Locale): string {
  const entry = questionIndex(questionnaire).get(questionId);
  return entry ? localize(entry.question.prompt, locale) : questionId;
}
