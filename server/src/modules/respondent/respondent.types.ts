import { MaxLength } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocaleGql, RespondentRoleGql } from '../../graphql/enums.js';
import { QuestionnaireGql } from '../questionnaire/questionnaire.types.js';

@ObjectType('Progress')
export class ProgressGql {
  @Field(() => Int) answered: number;
  @Field(() => Int) total: number;
}

@ObjectType('Answer')
export class AnswerGql {
  @Field(() => ID) questionId: string;
  @Field(() => ID, { nullable: true }) optionId: string | null;
  @Field(() => [ID], { nullable: true }) optionIds: string[] | null;
  @Field(() => String, { nullable: true }) text: string | null;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field(() => GraphQLDateTimeISO) updatedAt: Date;
}

@ObjectType('RespondentSession', { description: 'What a respondent sees through their private link.' })
export class RespondentSessionGql {
  @Field(() => String, { description: 'The private token: keep it, it is the only way back to these answers.' })
  token: string;
  @Field(() => ID) assessmentId: string;
  @Field(() => ID) respondentId: string;
  @Field(() => RespondentRoleGql) role: RespondentRoleGql;
  @Field(() => LocaleGql) locale: LocaleGql;
  @Field(() => String, { nullable: true }) organizationName: string | null;
  @Field(() => ProgressGql) progress: ProgressGql;
  @Field(() => [AnswerGql]) answers: AnswerGql[];
  @Field(() => QuestionnaireGql) questionnaire: QuestionnaireGql;
  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'When the respondent last submitted; null before.' })
  submittedAt: Date | null;
}

@InputType('StartSelfAssessmentInput')
export class StartSelfAssessmentInput {
  @Field(() => String, { nullable: true }) @MaxLength(200) organizationName?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(100) industry?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(50) size?: string | null;
  @Field(() => RespondentRoleGql) role: RespondentRoleGql;
  @Field(() => LocaleGql) locale: LocaleGql;
}

@InputType('AnswerInput', { description: 'One answer. Leave optionId, optionIds, text and comment all empty to clear it.' })
export class AnswerInput {
  @Field(() => ID) @MaxLength(100) questionId: string;
  @Field(() => ID, { nullable: true }) optionId?: string | null;
  @Field(() => [ID], { nullable: true }) optionIds?: string[] | null;
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@ObjectType('SaveAnswersPayload')
export class SaveAnswersPayload {
  @Field(() => Int, { description: 'How many answers of the batch were stored or cleared.' }) saved: number;
  @Field(() => ProgressGql) progress: ProgressGql;
  @Field(() => [AnswerGql], { description: 'The stored state of the answers in the batch (cleared ones omitted).' })
  answers: AnswerGql[];
}
