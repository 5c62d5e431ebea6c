import { progressOf, type Locale, type Questionnaire } from '@omcheck/shared';
import { NotFoundError } from '../../graphql/errors.js';
import { toLocaleGql } from '../../graphql/locale.mapping.js';
import type { RespondentRoleGql } from '../../graphql/enums.js';
import { toAnswerGql } from '../answer/answer.mapper.js';
import { type AnswerRepository, toAnswerValue } from '../answer/answer.repository.js';
import { toQuestionnaireGql } from '../questionnaire/questionnaire.mapper.js';
import type { QuestionnaireService } from '../questionnaire/questionnaire.service.js';
import type { RespondentAccess, RespondentRepository } from './respondent.repository.js';
import { RespondentSessionGql } from './respondent.types.js';

const MAX_TOKEN_LENGTH = 200;

/** Opens a respondent's private link and shows where they stand. */
export class RespondentSessionService {
  constructor(
    private readonly respondents: RespondentRepository,
    private readonly answers: AnswerRepository,
    private readonly questionnaires: QuestionnaireService,
  ) {}

  /** The respondent behind a token; NOT_FOUND for unknown or malformed tokens alike. */
  async access(token: string): Promise<RespondentAccess> {
    const found = token.length <= MAX_TOKEN_LENGTH ? await this.respondents.findAccessByToken(token) : undefined;
    if (!found) {
      throw new NotFoundError('This private link is not valid. Check that you copied the whole link, or start a new check-up.');
    }
    return found;
  }

  /** The exact questionnaire version the assessment was started with. */
  questionnaireOf(access: RespondentAccess): Questionnaire {
    return this.questionnaires.get(access.assessment.questionnaireKey, access.assessment.questionnaireVersion);
  }

  async session(access: RespondentAccess, token: string): Promise<RespondentSessionGql> {
    const questionnaire = this.questionnaireOf(access);
    const rows = await this.answers.listByRespondent(access.respondent.id);
    const values = new Map(rows.map((row) => [row.questionId, toAnswerValue(row)]));
    const locale: Locale = access.respondent.locale;
    return Object.assign(new RespondentSessionGql(), {
      token,
      assessmentId: access.assessment.id,
      respondentId: access.respondent.id,
      role: access.respondent.role as RespondentRoleGql,
      locale: toLocaleGql(locale),
      organizationName: access.organization.name,
      progress: progressOf(questionnaire, access.respondent.role, values),
      answers: rows.map(toAnswerGql),
      questionnaire: toQuestionnaireGql(questionnaire, locale),
      submittedAt: access.respondent.submittedAt,
    });
  }
}
