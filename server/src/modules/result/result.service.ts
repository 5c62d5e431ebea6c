import { scoreAssessment, type Locale, type Questionnaire } from '@omcheck/shared';
import { newId } from '../../db/ids.js';
import type { TransactionRunner } from '../../db/transactions.js';
import { ConflictError } from '../../graphql/errors.js';
import { type AnswerRepository, groupByRespondent } from '../answer/answer.repository.js';
import { AssessmentEntity } from '../assessment/assessment.entity.js';
import type { RecommendationRepository } from '../recommendation/recommendation.repository.js';
import { planRecommendationSync } from '../recommendation/sync-recommendations.js';
import { RespondentEntity } from '../respondent/respondent.entity.js';
import type { RespondentAccess, RespondentRepository } from '../respondent/respondent.repository.js';
import { toAssessmentResultGql } from './result.mapper.js';
import { ResultSnapshotEntity } from './result-snapshot.entity.js';
import type { ResultSnapshotRepository } from './result.repository.js';
import type { AssessmentResultGql } from './result.types.js';

/** Scores assessments, stores snapshots and recommendations, and reads them back localised. */
export class ResultService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly respondents: RespondentRepository,
    private readonly answers: AnswerRepository,
    private readonly snapshots: ResultSnapshotRepository,
    private readonly recommendations: RecommendationRepository,
  ) {}

  /**
   * Marks the respondent as submitted and re-scores the assessment over every submitted
   * respondent, all in one transaction. Submitting again after changing answers re-scores.
   */
  async submit(access: RespondentAccess, questionnaire: Questionnaire, locale: Locale): Promise<AssessmentResultGql> {
    const { assessment } = access;
    const { snapshot, recommendations } = await this.transactions.run(async (manager) => {
      const now = new Date();
      await manager.update(RespondentEntity, { id: access.respondent.id }, { submittedAt: now });
      await manager.update(AssessmentEntity, { id: assessment.id }, { status: 'SUBMITTED' });
      const respondents = (await this.respondents.listByAssessment(assessment.id, manager)).filter((r) => r.submittedAt);
      const answers = await this.answers.listByAssessment(assessment.id, manager);
      const submittedIds = new Set(respondents.map((r) => r.id));
      const score = scoreAssessment(questionnaire, groupByRespondent(respondents, answers.filter((a) => submittedIds.has(a.respondentId))));
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
          createdAt: now,
        }),
      );
      const existing = await this.recommendations.listByAssessment(assessment.id, manager);
      const touched = await this.recommendations.withActionItems(manager, existing.filter((r) => r.ruleId).map((r) => r.id));
      const plan = planRecommendationSync(assessment.id, existing, score.recommendations, touched);
      await this.recommendations.delete(manager, plan.deleteIds);
      await this.recommendations.save(manager, plan.save);
      return { snapshot, recommendations: await this.recommendations.listByAssessment(assessment.id, manager) };
    });
    return toAssessmentResultGql(snapshot, recommendations, questionnaire, locale);
  }

  /** The latest stored result; CONFLICT when the assessment was never submitted. */
  async latest(access: RespondentAccess, questionnaire: Questionnaire, locale: Locale): Promise<AssessmentResultGql> {
    const snapshot = await this.snapshots.findLatest(access.assessment.id);
    if (!snapshot) {
      throw new ConflictError('There are no results yet: submit your answers first, then open the results.');
    }
    const recommendations = await this.recommendations.listByAssessment(access.assessment.id);
    return toAssessmentResultGql(snapshot, recommendations, questionnaire, locale);
  }
}
