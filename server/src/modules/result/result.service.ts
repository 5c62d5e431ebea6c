import { ConflictError, adjustPriorities, classifyRelationship, mergeRecommendations, scoreAssessment, type Questionnaire } from '@omcheck/shared';
import type { EntityManager } from 'typeorm';
import { newId } from '../../db/ids.js';
import type { TransactionRunner } from '../../db/transactions.js';
import { type AnswerRepository, groupByRespondent } from '../answer/answer.repository.js';
import { assertOpen } from '../assessment/assert-open.js';
import type { AssessmentEntity } from '../assessment/assessment.entity.js';
import { SELF_SERVICE_WORKSPACE_ID } from '../assessment/self-assessment.service.js';
import type { LatestResultRepository } from '../portfolio/latest-result.repository.js';
import type { QuestionnaireService } from '../questionnaire/questionnaire.service.js';
import { RecommendationEntity } from '../recommendation/recommendation.entity.js';
import type { RecommendationRepository } from '../recommendation/recommendation.repository.js';
import type { RespondentAccess, RespondentRepository } from '../respondent/respondent.repository.js';
import { ResultSnapshotEntity } from './result-snapshot.entity.js';
import type { ResultSnapshotRepository } from './result.repository.js';

/** A scored state with its recommendations and the questionnaire it was scored on. */
export interface StoredResult {
  snapshot: ResultSnapshotEntity;
  recommendations: RecommendationEntity[];
  questionnaire: Questionnaire;
}

/** Scores assessments, stores snapshots and recommendations, and reads them back. */
export class ResultService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly respondents: RespondentRepository,
    private readonly answers: AnswerRepository,
    private readonly snapshots: ResultSnapshotRepository,
    private readonly recommendations: RecommendationRepository,
    private readonly questionnaires: QuestionnaireService,
    private readonly latestResults: LatestResultRepository,
  ) {}

  /**
   * Marks the respondent as submitted and re-scores the assessment over every submitted
   * respondent, all in one transaction. Submitting again after changing answers re-scores.
   */
  async submit(access: RespondentAccess): Promise<StoredResult> {
    assertOpen(access.assessment);
    return this.transactions.run(async (manager) => {
      await this.respondents.markSubmitted(manager, access.respondent.id, new Date());
      return this.score(manager, access.assessment);
    });
  }

  /** Re-scores after the set of counted respondents changed (a revoked invitation). */
  rescore(assessment: AssessmentEntity): Promise<StoredResult> {
    return this.transactions.run((manager) => this.score(manager, assessment));
  }

  /** Scores inside a transaction the caller holds (an import scores what it just wrote). */
  scoreIn(manager: EntityManager, assessment: AssessmentEntity): Promise<StoredResult> {
    return this.score(manager, assessment);
  }

  /** The latest stored result behind a private link; CONFLICT when nothing was submitted yet. */
  async latest(access: RespondentAccess): Promise<StoredResult> {
    const result = await this.latestOf(access.assessment);
    if (!result) throw new ConflictError('There are no results yet: submit your answers first, then open the results.');
    return result;
  }

  /** The latest combined result of an (access-checked) assessment; null before the first submission. */
  async latestOf(assessment: AssessmentEntity): Promise<StoredResult | null> {
    const snapshot = await this.snapshots.findLatest(assessment.id);
    if (!snapshot || snapshot.respondentCount === 0) return null;
    const recommendations = await this.recommendations.listByAssessment(assessment.id);
    return { snapshot, recommendations, questionnaire: this.questionnaireOf(assessment) };
  }

  private questionnaireOf(assessment: AssessmentEntity): Questionnaire {
    return this.questionnaires.get(assessment.questionnaireKey, assessment.questionnaireVersion);
  }

  private async score(manager: EntityManager, assessment: AssessmentEntity): Promise<StoredResult> {
    const questionnaire = this.questionnaireOf(assessment);
    const respondents = await this.respondents.listSubmitted(assessment.id, manager);
    const counted = new Set(respondents.map((r) => r.id));
    const answers = (await this.answers.listByAssessment(assessment.id, manager)).filter((a) => counted.has(a.respondentId));
    const answersByRespondent = groupByRespondent(respondents, answers);
    const score = scoreAssessment(questionnaire, answersByRespondent);
    const fired = adjustPriorities(score.recommendations, {
      targets: new Map(Object.entries(assessment.targets ?? {})),
      dimensionScores: new Map(score.dimensions.map((d) => [d.dimensionId, d.score])),
      desiredModel: assessment.desiredRelationshipModel,
    });
    const snapshot = await this.snapshots.save(
      manager,
      Object.assign(new ResultSnapshotEntity(), {
        id: newId(),
        assessmentId: assessment.id,
        // The version tied to the questionnaire version: 1.0.0 assessments keep scoring 1.0.
        scoringVersion: score.scoringVersion,
        questionnaireKey: questionnaire.key,
        questionnaireVersion: questionnaire.version,
        respondentCount: respondents.length,
        score,
        createdAt: new Date(),
      }),
    );
    await this.snapshots.saveDimensionScores(manager, snapshot, score.dimensions);
    // The portfolio's row of this client follows its snapshots; self-assessments have no portfolio.
    if (assessment.workspaceId !== SELF_SERVICE_WORKSPACE_ID) {
      const relationshipModel = respondents.length > 0 ? classifyRelationship(questionnaire, answersByRespondent, assessment.desiredRelationshipModel).current : null;
      await this.latestResults.refresh(manager, assessment.organizationId, assessment.workspaceId, { assessmentId: assessment.id, relationshipModel });
    }
    const existing = await this.recommendations.listByAssessment(assessment.id, manager);
    const touched = await this.recommendations.withActionItems(manager, existing.filter((r) => r.ruleId).map((r) => r.id));
    const merge = mergeRecommendations(existing, fired, touched, (rule) =>
      Object.assign(new RecommendationEntity(), {
        id: newId(), assessmentId: assessment.id, ruleId: rule.ruleId, status: 'PROPOSED', customTitle: null, customBody: null, dismissReason: null,
      }),
    );
    await this.recommendations.delete(manager, merge.deleteIds);
    await this.recommendations.upsertAll(manager, merge.upserts.map((row) => Object.assign(new RecommendationEntity(), row)));
    return { snapshot, recommendations: await this.recommendations.listByAssessment(assessment.id, manager), questionnaire };
  }
}
