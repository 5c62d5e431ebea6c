import { AnswerGql } from '../respondent/respondent.types.js';
import type { AnswerEntity } from './answer.entity.js';

export function toAnswerGql(entity: AnswerEntity): AnswerGql {
  return Object.assign(new AnswerGql(), {
    questionId: entity.questionId,
    optionId: entity.optionId,
    optionIds: entity.optionIds,
    text: entity.text,
    comment: entity.comment,
    updatedAt: entity.updatedAt,
  });
}
