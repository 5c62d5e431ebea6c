import { scoreConsensus, type AnswerValue, type AssessmentScore, type Questionnaire } from '@omcheck/shared';
import type { AnswerRepository } from '../answer/answer.repository.js';
import { toAnswerValue } from '../answer/answer.repository.js';
import type { QuestionnaireService } from '../questionnaire/questionnaire.service.js';
import type { WorkshopRepository } from './workshop.repository.js';

/** A check-up's workshop consensus, scored on its own. */
export interface ConsensusScore {
  workshopId: string;
  /** Questions with a recorded consensus. */
  answeredCount: number;
  score: AssessmentScore;
  questionnaire: Questionnaire;
  /** The agreed answers by question; `comment` is the facilitator's note. */
  answers: ReadonlyMap<string, AnswerValue>;
}

/**
 * Reads the consensus of a check-up's latest workshop that recorded one and scores it on read
 * (never stored: the individual result stays the only stored result).
 */
export class ConsensusService {
  constructor(
    private readonly workshops: WorkshopRepository,
    private readonly answers: AnswerRepository,
    private readonly questionnaires: QuestionnaireService,
  ) {}

  /** Null when the check-up never had a workshop consensus. Callers reached the check-up through its door. */
  async of(assessmentId: string, assessment: { questionnaireKey: string; questionnaireVersion: string }): Promise<ConsensusScore | null> {
    const consensus = await this.workshops.latestConsensus(assessmentId);
    if (!consensus) return null;
    await this.questionnaires.ensureLoaded(assessment.questionnaireKey);
    const questionnaire = this.questionnaires.get(assessment.questionnaireKey, assessment.questionnaireVersion);
    const rows = await this.answers.listByRespondent(consensus.respondentId);
    const answers = new Map(rows.filter((row) => row.optionId !== null).map((row) => [row.questionId, toAnswerValue(row)]));
    return { workshopId: consensus.workshopId, answeredCount: answers.size, score: scoreConsensus(questionnaire, answers), questionnaire, answers };
  }
}
