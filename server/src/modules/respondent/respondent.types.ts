import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { AssessmentStatusGql, LocaleGql, RespondentRoleGql } from '../../graphql/enums.js';
import { AnswerGql, ProgressGql } from '../answer/answer.types.js';
import { QuestionnaireGql } from '../questionnaire/questionnaire.types.js';

@ObjectType('RespondentSession', { description: 'What a respondent sees through their private link.' })
export class RespondentSessionGql {
  @Field(() => String, { description: 'The private token: keep it, it is the only way back to these answers.' })
  token: string;
  @Field(() => ID) assessmentId: string;
  @Field(() => ID) respondentId: string;
  @Field(() => RespondentRoleGql) role: RespondentRoleGql;
  @Field(() => LocaleGql) locale: LocaleGql;
  @Field(() => String, { nullable: true, description: 'The company being checked.' }) organizationName: string | null;
  @Field(() => Boolean, { description: 'True for a consultant’s invitation: the client is known, so there is no intake.' })
  invited: boolean;
  @Field(() => String, { nullable: true, description: 'The consultancy that invited the respondent; null for self-assessments.' })
  workspaceName: string | null;
  @Field(() => String, { nullable: true }) assessmentTitle: string | null;
  @Field(() => AssessmentStatusGql, { description: 'CLOSED: answers are refused.' }) assessmentStatus: AssessmentStatusGql;
  @Field(() => ProgressGql) progress: ProgressGql;
  @Field(() => [AnswerGql]) answers: AnswerGql[];
  @Field(() => QuestionnaireGql) questionnaire: QuestionnaireGql;
  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the respondent last submitted; null before.' })
  submittedAt: Date | null;
}
