import {
  classifyRelationship, dimensionsFromTarget, teamResult,
  type RelationshipClassification, type TeamResult,
} from '@omcheck/shared';
import { type AnswerRepository, groupByRespondent } from '../answer/answer.repository.js';
import type { AssessmentRepository } from '../assessment/assessment.repository.js';
import type { QuestionnaireService } from '../questionnaire/questionnaire.service.js';
import type { RespondentRepository } from '../respondent/respondent.repository.js';

/** Everything a team check-up shows beyond the combined score, computed from the stored answers. */
export interface TeamView {
  team: TeamResult;
  relationship: RelationshipClassification;
  /** Dimensions furthest below their targets. */
  fromTarget: ReturnType<typeof dimensionsFromTarget>;
  targets: Record<string, number>;
}

/**
 * Derives the team view of an assessment whose result the caller may already see: the role
 * groups under minimum-n, perception gaps and agenda, relationship model and target distances.
 * Computed when read, so changing the minimum group size or the desired model needs no re-score.
 */
export class TeamResultService {
  constructor(
    private readonly assessments: AssessmentRepository,
    private readonly respondents: RespondentRepository,
    private readonly answers: AnswerRepository,
    private readonly questionnaires: QuestionnaireService,
  ) {}

  async viewOf(assessmentId: string, dimensionScores: ReadonlyMap<string, number | null>): Promise<TeamView | null> {
    const assessment = await this.assessments.findById(assessmentId);
    if (!assessment) return null;
    await this.questionnaires.ensureLoaded(assessment.questionnaireKey);
    const questionnaire = this.questionnaires.get(assessment.questionnaireKey, assessment.questionnaireVersion);
    const [respondents, answers] = await Promise.all([this.respondents.listSubmitted(assessmentId), this.answers.listByAssessment(assessmentId)]);
    const counted = groupByRespondent(respondents, answers);
    const targets = assessment.targets ?? {};
    return {
      team: teamResult(questionnaire, counted, assessment.minGroupSize),
      relationship: classifyRelationship(questionnaire, counted, assessment.desiredRelationshipModel),
      fromTarget: dimensionsFromTarget({ targets: new Map(Object.entries(targets)), dimensionScores }),
      targets,
    };
  }
}
