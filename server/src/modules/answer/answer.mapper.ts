import type { StoredAnswer } from './answer.repository.js';
import { AnswerGql } from './answer.types.js';

export function toAnswerGql(entity: StoredAnswer): AnswerGql {
  return Object.assign(new AnswerGql(), {
    questionId: entity.questionId,
    optionId: entity.optionId,
    optionIds: entity.optionIds,
    text: entity.text,
    comment: entity.comment,
    updatedAt: entity.updatedAt,
  });
}
