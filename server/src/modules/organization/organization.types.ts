import { MaxLength } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { AssessmentStatusGql } from '../../graphql/enums.js';

@ObjectType('PageInfo')
export class PageInfoGql {
  @Field(() => Boolean) hasNextPage: boolean;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

@ObjectType('AssessmentSummary', { description: 'A check-up as a table row.' })
export class AssessmentSummaryGql {
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
  @Field(() => AssessmentStatusGql) status: AssessmentStatusGql;
  @Field(() => GraphQLDateTimeISO) createdAt: Date;
  @Field(() => Float, { nullable: true, description: 'Null until someone submitted.' }) overallScore: number | null;
  @Field(() => Int, { nullable: true }) maturityLevel: number | null;
  @Field(() => Int, { description: 'Invited respondents whose links were not revoked.' }) respondentCount: number;
  @Field(() => Int) submittedCount: number;
}

@ObjectType('Organization', { description: 'A client organisation of a workspace.' })
export class OrganizationGql {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) industry: string | null;
  @Field(() => String, { nullable: true }) size: string | null;
  @Field(() => String, { nullable: true }) country: string | null;
  @Field(() => String, { nullable: true }) notes: string | null;
  @Field(() => Boolean) archived: boolean;
  @Field(() => GraphQLDateTimeISO) createdAt: Date;
}

@ObjectType('OrganizationConnection')
export class OrganizationConnectionGql {
  @Field(() => [OrganizationGql]) nodes: OrganizationGql[];
  @Field(() => PageInfoGql) pageInfo: PageInfoGql;
  @Field(() => Int) totalCount: number;
}

@InputType('CreateOrganizationInput')
export class CreateOrganizationInput {
  @Field(() => ID) workspaceId: string;
  @Field(() => String) @MaxLength(1000) name: string;
  @Field(() => String, { nullable: true }) @MaxLength(1000) industry?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(1000) size?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(1000) country?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(10000) notes?: string | null;
}

@InputType('UpdateOrganizationInput', { description: 'The whole editable record: renaming is an update.' })
export class UpdateOrganizationInput {
  @Field(() => ID) id: string;
  @Field(() => String) @MaxLength(1000) name: string;
  @Field(() => String, { nullable: true }) @MaxLength(1000) industry?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(1000) size?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(1000) country?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(10000) notes?: string | null;
}
