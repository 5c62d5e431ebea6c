import { resultDelta, type Questionnaire, type ResultDelta, type ScoredCheckup } from '@omcheck/shared';
import type { AssessmentEntity } from '../assessment/assessment.entity.js';
import type { AssessmentRepository } from '../assessment/assessment.repository.js';
import type { QuestionnaireService } from '../questionnaire/questionnaire.service.js';
import type { RecommendationEntity } from '../recommendation/recommendation.entity.js';
import type { RecommendationRepository } from '../recommendation/recommendation.repository.js';
import type { ResultSnapshotEntity } from '../result/result-snapshot.entity.js';

/** The scored check-up a result is compared with: its latest snapshot, recommendations and questionnaire. */
export interface PreviousCheckup {
  assessment: AssessmentEntity;
  snapshot: ResultSnapshotEntity;
  recommendations: RecommendationEntity[];
  questionnaire: Questionnaire;
}

/** A result's change since the previous scored check-up of the same client. */
export interface CheckupChange {
  previous: PreviousCheckup;
  delta: ResultDelta;
}

/**
 * A client's check-ups over time. Callers pass assessments they reached through a checked door
 * (the guard, a private link, a share link); the previous check-up is always one of the same
 * organisation, so it is never more than the caller may already see of that client.
 */
export class HistoryService {
  constructor(
    private readonly assessments: AssessmentRepository,
    private readonly recommendations: RecommendationRepository,
    private readonly questionnaires: QuestionnaireService,
  ) {}

  /**
   * The newest check-up of the same organisation created before this one whose latest snapshot
   * counts someone (the order of `Organization.history`); null when there is none. Three
   * queries: the client's check-ups, the older ones' latest snapshots, its recommendations.
   */
  async previousOf(assessment: Pick<AssessmentEntity, 'id' | 'organizationId'>): Promise<PreviousCheckup | null> {
    const newestFirst = await this.assessments.listByOrganizations([assessment.organizationId]);
    const at = newestFirst.findIndex((a) => a.id === assessment.id);
    const older = at < 0 ? [] : newestFirst.slice(at + 1);
    if (older.length === 0) return null;
    const snapshots = await this.assessments.latestSnapshots(older.map((a) => a.id));
    const previous = older.find((a) => (snapshots.get(a.id)?.respondentCount ?? 0) > 0);
    if (!previous) return null;
    await this.questionnaires.ensureLoaded(previous.questionnaireKey);
    const snapshot = snapshots.get(previous.id)!;
    return {
      assessment: previous,
      snapshot,
      recommendations: await this.recommendations.listByAssessment(previous.id),
      questionnaire: this.questionnaires.get(previous.questionnaireKey, previous.questionnaireVersion),
    };
  }

  /** The change of an already-served result (`current` is its latest snapshot) since the previous check-up; null when none. */
  async changeOf(assessmentId: string, current: ScoredCheckup): Promise<CheckupChange | null> {
    const assessment = await this.assessments.findById(assessmentId);
    const previous = assessment ? await this.previousOf(assessment) : null;
    if (!previous) return null;
    const { score, questionnaireKey, questionnaireVersion } = previous.snapshot;
    // The snapshot names the questionnaire by its own key (an imported one's, not `custom/<id>`), as `current` does.
    const delta = resultDelta(current, { questionnaireKey, questionnaireVersion, overallScore: score.overallScore, dimensions: score.dimensions }, previous.recommendations);
    return { previous, delta };
  }
}
