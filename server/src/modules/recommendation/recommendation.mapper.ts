import type { ActionItemStatusGql } from '../../graphql/enums.js';
import type { QuestionnaireService } from '../questionnaire/questionnaire.service.js';
import { toRecommendationGql } from '../result/result.mapper.js';
import type { RecommendationGql } from '../result/result.types.js';
import type { ActionItemEntity } from './action-item.entity.js';
import type { RecommendationEntity } from './recommendation.entity.js';
import { ActionItemGql } from './recommendation.types.js';

export function toActionItemGql(row: ActionItemEntity): ActionItemGql {
  return Object.assign(new ActionItemGql(), { id: row.id, title: row.title, owner: row.owner, dueDate: row.dueDate, status: row.status as ActionItemStatusGql });
}

/** A recommendation (loaded with its assessment) in its check-up's questionnaire and language. */
export function toOwnedRecommendationGql(row: RecommendationEntity, questionnaires: QuestionnaireService): RecommendationGql {
  const assessment = row.assessment!;
  return toRecommendationGql(row, questionnaires.get(assessment.questionnaireKey, assessment.questionnaireVersion), assessment.locale);
}
