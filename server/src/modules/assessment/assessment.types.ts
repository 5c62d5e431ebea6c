import { MaxLength } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AssessmentStatusGql, LocaleGql, RelationshipModelKindGql, RespondentRoleGql } from '../../graphql/enums.js';
import { ProgressGql } from '../answer/answer.types.js';
import type { InvitationView } from '../invitation/invitation.service.js';
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

@ObjectType('DimensionTarget', { description: 'The score a consultant aims for in a dimension by the next check-up.' })
export class DimensionTargetGql {
  @Field(() => ID) dimensionId: string;
  @Field(() => Float, { description: '0–100.' }) score: number;
}

@InputType('DimensionTargetInput')
export class DimensionTargetInput {
  @Field(() => ID) @MaxLength(100) dimensionId: string;
  @Field(() => Float, { description: '0–100.' }) score: number;
}

@InputType('AssessmentSettingsInput', { description: 'Omitted fields stay as they are; targets, when given, replace all targets.' })
export class AssessmentSettingsInput {
  @Field(() => ID) assessmentId: string;
  @Field(() => Int, { nullable: true, description: 'Role groups smaller than this are not shown on their own (1–50).' }) minGroupSize?: number | null;
  @Field(() => RelationshipModelKindGql, { nullable: true }) desiredRelationshipModel?: RelationshipModelKindGql | null;
  @Field(() => [DimensionTargetInput], { nullable: true }) targets?: DimensionTargetInput[] | null;
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
  @Field(() => Int, { description: 'Role groups smaller than this are not shown on their own.' }) minGroupSize: number;
  @Field(() => RelationshipModelKindGql, { nullable: true, description: 'The relationship the company wants with its main provider.' })
  desiredRelationshipModel: RelationshipModelKindGql | null;
  @Field(() => [DimensionTargetGql]) targets: DimensionTargetGql[];
  /** The access-checked row the field resolvers work from; not part of the schema. */
  entity: AssessmentEntity;
  /** Invitations made together with the check-up, tokens included (startNextAssessment); not part of the schema. */
  madeInvitations?: InvitationView[];
}

@InputType('CreateAssessmentInput')
export class CreateAssessmentInput {
  @Field(() => ID) organizationId: string;
  @Field(() => String) @MaxLength(1000) title: string;
  @Field(() => LocaleGql, { description: 'The default language of its invitations.' }) locale: LocaleGql;
  @Field(() => String, { nullable: true, description: 'The latest when omitted; fixed once created.' }) @MaxLength(20)
  questionnaireVersion?: string | null;
  @Field(() => String, { nullable: true, description: 'The built-in health check when omitted, or the key of a questionnaire this workspace imported.' })
  @MaxLength(100)
  questionnaireKey?: string | null;
}

@InputType('StartSelfAssessmentInput')
export class StartSelfAssessmentInput {
  @Field(() => String, { nullable: true }) @MaxLength(200) organizationName?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(100) industry?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(50) size?: string | null;
  @Field(() => RespondentRoleGql) role: RespondentRoleGql;
  @Field(() => LocaleGql) locale: LocaleGql;
  @Field(() => RelationshipModelKindGql, { nullable: true, description: 'The relationship the company wants with its main provider.' })
  desiredRelationshipModel?: RelationshipModelKindGql | null;
}
