import {
  RESPONDENT_ROLES, localize, questionOptions,
  type Dimension, type Locale, type Question, type Questionnaire,
} from '@omcheck/shared';
import { OptionKindGql, QuestionKindGql, RespondentRoleGql } from '../../graphql/enums.js';
import { toLocaleGql } from '../../graphql/locale.mapping.js';
import { DimensionGql, OptionGql, QuestionGql, QuestionnaireGql } from './questionnaire.types.js';

const cache = new WeakMap<Questionnaire, Map<Locale, QuestionnaireGql>>();

/** The questionnaire in one locale; content is immutable, so each rendering is built once. */
export function toQuestionnaireGql(questionnaire: Questionnaire, locale: Locale): QuestionnaireGql {
  let perLocale = cache.get(questionnaire);
  if (!perLocale) {
    perLocale = new Map();
    cache.set(questionnaire, perLocale);
  }
  let gql = perLocale.get(locale);
  if (!gql) {
    gql = Object.assign(new QuestionnaireGql(), {
      key: questionnaire.key,
      version: questionnaire.version,
      locale: toLocaleGql(locale),
      title: localize(questionnaire.title, locale),
      description: localize(questionnaire.description, locale),
      dimensions: questionnaire.dimensions.map((d) => toDimensionGql(d, locale)),
    });
    perLocale.set(locale, gql);
  }
  return gql;
}

function toDimensionGql(dimension: Dimension, locale: Locale): DimensionGql {
  return Object.assign(new DimensionGql(), {
    id: dimension.id,
    title: localize(dimension.title, locale),
    description: localize(dimension.description, locale),
    weight: dimension.weight,
    weightRationale: localize(dimension.weightRationale, locale),
    seeds: [...dimension.seeds],
    questions: dimension.questions.map((q) => toQuestionGql(q, dimension.id, locale)),
  });
}

export function toQuestionGql(question: Question, dimensionId: string, locale: Locale): QuestionGql {
  return Object.assign(new QuestionGql(), {
    id: question.id,
    dimensionId,
    kind: question.kind.toUpperCase() as QuestionKindGql,
    prompt: localize(question.prompt, locale),
    help: localize(question.help, locale),
    tags: [...question.tags],
    seeds: [...question.seeds],
    roles: (question.roles ?? RESPONDENT_ROLES).map((role) => role as RespondentRoleGql),
    showIf: question.showIf ?? null,
    weight: question.kind === 'maturity' ? question.weight : 0,
    maxLength: question.kind === 'text' ? question.maxLength : null,
    options: questionOptions(question).map((option) =>
      Object.assign(new OptionGql(), {
        id: option.id,
        kind: option.kind.toUpperCase() as OptionKindGql,
        label: localize(option.label, locale),
        score: option.score,
      }),
    ),
  });
}
