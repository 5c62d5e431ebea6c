import type { AnswerEntity } from './answer.entity.js';
import { AnswerGql } from './answer.types.js';

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
