import type { AssessmentStatusGql, RelationshipModelKindGql, RespondentRoleGql } from '../../graphql/enums.js';
import { toLocaleGql } from '../../graphql/locale.mapping.js';
import { statusOf, titleOf } from './assessment-status.js';
import type { AssessmentEntity } from './assessment.entity.js';
import type { RespondentProgress } from './assessment.service.js';
import { AssessmentGql, DimensionTargetGql, RespondentGql } from './assessment.types.js';

export function toAssessmentGql(entity: AssessmentEntity): AssessmentGql {
  return Object.assign(new AssessmentGql(), {
    id: entity.id,
    title: titleOf(entity),
    status: statusOf(entity.status) as AssessmentStatusGql,
    locale: toLocaleGql(entity.locale),
    questionnaireKey: entity.questionnaireKey,
    questionnaireVersion: entity.questionnaireVersion,
    createdAt: entity.createdAt,
    closedAt: entity.closedAt,
    minGroupSize: entity.minGroupSize,
    desiredRelationshipModel: entity.desiredRelationshipModel as RelationshipModelKindGql | null,
    targets: Object.entries(entity.targets ?? {}).map(([dimensionId, score]) => Object.assign(new DimensionTargetGql(), { dimensionId, score })),
    entity,
  });
}

export function toRespondentGql(view: RespondentProgress): RespondentGql {
  return Object.assign(new RespondentGql(), { ...view, role: view.role as RespondentRoleGql, locale: toLocaleGql(view.locale) });
}
