import { toLocaleGql } from '../../graphql/locale.mapping.js';
import type { AssessmentStatusGql, RespondentRoleGql } from '../../graphql/enums.js';
import { toAnswerGql } from '../answer/answer.mapper.js';
import { statusOf } from '../assessment/assessment-status.js';
import { toQuestionnaireGql } from '../questionnaire/questionnaire.mapper.js';
import type { RespondentSessionView } from './respondent-session.service.js';
import { RespondentSessionGql } from './respondent.types.js';

export function toRespondentSessionGql(view: RespondentSessionView): RespondentSessionGql {
  const { respondent, assessment, organization, workspace } = view.access;
  const invited = assessment.kind === 'CONSULTANT';
  const session = Object.assign(new RespondentSessionGql(), {
    token: view.token,
    assessmentId: assessment.id,
    respondentId: respondent.id,
    role: respondent.role as RespondentRoleGql,
    locale: toLocaleGql(respondent.locale),
    organizationName: organization.name,
    invited,
    workspaceName: invited ? workspace.name : null,
    assessmentTitle: assessment.title,
    assessmentStatus: statusOf(assessment.status) as AssessmentStatusGql,
    progress: view.progress,
    answers: view.answers.map(toAnswerGql),
    submittedAt: respondent.submittedAt,
  });
  // The whole questionnaire in one language is mapped only when a client asks for it (most ask
  // for its key and version, then load the content once).
  let questionnaire: RespondentSessionGql['questionnaire'] | undefined;
  Object.defineProperty(session, 'questionnaire', {
    enumerable: true,
    get: () => (questionnaire ??= toQuestionnaireGql(view.questionnaire, respondent.locale)),
  });
  return session;
}
