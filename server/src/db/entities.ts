import { AnswerEntity } from '../modules/answer/answer.entity.js';
import { AssessmentEntity } from '../modules/assessment/assessment.entity.js';
import { OrganizationLatestDimensionScoreEntity } from '../modules/portfolio/latest-dimension-score.entity.js';
import { OrganizationLatestResultEntity } from '../modules/portfolio/latest-result.entity.js';
import { OrganizationEntity } from '../modules/organization/organization.entity.js';
import { CustomQuestionnaireEntity } from '../modules/questionnaire/custom-questionnaire.entity.js';
import { ActionItemEntity } from '../modules/recommendation/action-item.entity.js';
import { RecommendationChangeEntity } from '../modules/recommendation/recommendation-change.entity.js';
import { RecommendationEntity } from '../modules/recommendation/recommendation.entity.js';
import { ResultDimensionScoreEntity } from '../modules/result/dimension-score.entity.js';
import { RespondentEntity } from '../modules/respondent/respondent.entity.js';
import { ResultSnapshotEntity } from '../modules/result/result-snapshot.entity.js';
import { ShareLinkEntity } from '../modules/share/share-link.entity.js';
import { UserSessionEntity } from '../modules/user/user-session.entity.js';
import { UserEntity } from '../modules/user/user.entity.js';
import { WorkspaceMemberEntity } from '../modules/user/workspace-member.entity.js';
import { MemberInvitationEntity } from '../modules/workspace/member-invitation.entity.js';
import { WorkspaceEntity } from '../modules/workspace/workspace.entity.js';
import { WorkshopQuestionEntity } from '../modules/workshop/workshop-question.entity.js';
import { WorkshopEntity } from '../modules/workshop/workshop.entity.js';

/** Every entity, listed explicitly (no globs: the build output and the sources differ). */
export const ENTITIES = [
  WorkspaceEntity,
  UserEntity,
  WorkspaceMemberEntity,
  UserSessionEntity,
  MemberInvitationEntity,
  ShareLinkEntity,
  OrganizationEntity,
  AssessmentEntity,
  RespondentEntity,
  AnswerEntity,
  ResultSnapshotEntity,
  RecommendationEntity,
  ActionItemEntity,
  RecommendationChangeEntity,
  ResultDimensionScoreEntity,
  CustomQuestionnaireEntity,
  OrganizationLatestResultEntity,
  OrganizationLatestDimensionScoreEntity,
  WorkshopEntity,
  WorkshopQuestionEntity,
];
