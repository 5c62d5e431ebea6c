import type { DataSource } from 'typeorm';
import { TransactionRunner } from './db/transactions.js';
import { AnswerRepository } from './modules/answer/answer.repository.js';
import { AnswerService } from './modules/answer/answer.service.js';
import { QuestionnaireService } from './modules/questionnaire/questionnaire.service.js';
import { RecommendationRepository } from './modules/recommendation/recommendation.repository.js';
import { RespondentSessionService } from './modules/respondent/respondent-session.service.js';
import { RespondentRepository } from './modules/respondent/respondent.repository.js';
import { SelfAssessmentService } from './modules/respondent/self-assessment.service.js';
import { ResultSnapshotRepository } from './modules/result/result.repository.js';
import { ResultService } from './modules/result/result.service.js';

/** The application's services, wired once per process (they hold no per-request state). */
export interface Services {
  questionnaires: QuestionnaireService;
  selfAssessments: SelfAssessmentService;
  sessions: RespondentSessionService;
  answers: AnswerService;
  results: ResultService;
}

export function createServices(dataSource: DataSource): Services {
  const transactions = new TransactionRunner(dataSource);
  const questionnaires = new QuestionnaireService();
  const respondents = new RespondentRepository(dataSource);
  const answers = new AnswerRepository(dataSource);
  return {
    questionnaires,
    selfAssessments: new SelfAssessmentService(transactions, questionnaires),
    sessions: new RespondentSessionService(respondents, answers, questionnaires),
    answers: new AnswerService(transactions, answers),
    results: new ResultService(
      transactions,
      respondents,
      answers,
      new ResultSnapshotRepository(dataSource),
      new RecommendationRepository(dataSource),
    ),
  };
}
