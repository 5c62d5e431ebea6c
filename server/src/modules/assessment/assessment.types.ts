import { MaxLength } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { AssessmentStatusGql, LocaleGql, RespondentRoleGql } from '../../graphql/enums.js';
import { ProgressGql } from '../answer/answer.types.js';
import type { AssessmentEntity } from './assessment.entity.js';

@ObjectType('Respondent', { description: 'An invited person and how far they got.' })
export class RespondentGql {
  @Field(() => ID) id: string;
  @Field(() => RespondentRoleGql) role: RespondentRoleGql;
  @Field(() => String, { nullable: true, description: 'Seen only inside the workspace.' }) label: string | null;
  @Field(() => LocaleGql) locale: LocaleGql;
  @Field(() => ProgressGql, { description: 'Over the questions addressed to this role.' }) progress: ProgressGql;
  @Field(() => GraphQLDateTimeISO, { nullable: true, description: 'The last saved answer.' }) lastActivityAt: Date | null;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) submittedAt: Date | null;
  @Field(() => Boolean, { description: 'A revoked link no longer works and its answers no longer count.' }) revoked: boolean;
}

@ObjectType('Assessment', { description: 'A check-up of a client organisation.' })
export class AssessmentGql {
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
  @Field(() => AssessmentStatusGql) status: AssessmentStatusGql;
  @Field(() => LocaleGql, { description: 'The default language of its invitations.' }) locale: LocaleGql;
  @Field(() => String) questionnaireKey: string;
  @Field(() => String) questionnaireVersion: string;
  @Field(() => GraphQLDateTimeISO) createdAt: Date;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) closedAt: Date | null;
  /** The access-checked row the field resolvers work from; not part of the schema. */
  entity: AssessmentEntity;
}

@InputType('CreateAssessmentInput')
export class CreateAssessmentInput {
  @Field(() => ID) organizationId: string;
  @Field(() => String) @MaxLength(1000) title: string;
  @Field(() => LocaleGql, { description: 'The default language of its invitations.' }) locale: LocaleGql;
  @Field(() => String, { nullable: true, description: 'The latest when omitted; fixed once created.' }) @MaxLength(20)
  questionnaireVersion?: string | null;
}

@InputType('StartSelfAssessmentInput')
export class StartSelfAssessmentInput {
  @Field(() => String, { nullable: true }) @MaxLength(200) organizationName?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(100) industry?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(50) size?: string | null;
  @Field(() => RespondentRoleGql) role: RespondentRoleGql;
  @Field(() => LocaleGql) locale: LocaleGql;
}
