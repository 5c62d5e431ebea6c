import type { LocalizedText } from './locale.js';
import type { OptionKind, Question } from './questionnaire.schema.js';
import { DONT_KNOW_OPTION_ID, NOT_APPLICABLE_OPTION_ID, levelOptionId } from './answer.js';

/** An answer option as a respondent sees it; `score` is the 0–4 maturity or null. */
export interface OptionView {
  id: string;
  kind: OptionKind;
  label: LocalizedText;
  score: number | null;
}

export const NOT_APPLICABLE_LABEL: LocalizedText = {
  en: 'Not applicable to us',
  it: 'Non applicabile alla nostra realtà',
  nl: 'Niet van toepassing op ons',
  fa: 'برای ما موضوعیت ندارد',
};

export const DONT_KNOW_LABEL: LocalizedText = {
  en: "I don't know",
  it: 'Non lo so',
  nl: 'Weet ik niet',
  fa: 'نمی‌دانم',
};

/**
 * The options of a question: for maturity questions the five levels (their descriptors as
 * labels) followed by *not applicable* (unless the question rules it out) and *don't know*; for choice questions their own options.
 */
export function questionOptions(question: Question): OptionView[] {
  switch (question.kind) {
    case 'maturity':
      return [
        ...question.levels.map((label, level) => ({ id: levelOptionId(level), kind: 'level' as const, label, score: level })),
        ...(question.allowNotApplicable === false
          ? []
          : [{ id: NOT_APPLICABLE_OPTION_ID, kind: 'not_applicable' as const, label: NOT_APPLICABLE_LABEL, score: null }]),
        { id: DONT_KNOW_OPTION_ID, kind: 'dont_know', label: DONT_KNOW_LABEL, score: null },
      ];
    case 'choice':
    case 'multi':
      return question.options.map((option) => ({ id: option.id, kind: 'choice', label: option.label, score: null }));
    case 'text':
      return [];
  }
}
