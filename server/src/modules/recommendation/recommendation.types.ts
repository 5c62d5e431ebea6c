import { MaxLength } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ActionItemStatusGql, HorizonGql, RecommendationStatusGql } from '../../graphql/enums.js';

@ObjectType('ActionItem', { description: 'A step of the action plan agreed for a recommendation.' })
export class ActionItemGql {
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) owner: string | null;
  @Field(() => String, { nullable: true, description: 'A calendar date, YYYY-MM-DD.' }) dueDate: string | null;
  @Field(() => ActionItemStatusGql) status: ActionItemStatusGql;
}

@ObjectType('RecommendationChange', { description: 'Who changed what on a recommendation, and when.' })
export class RecommendationChangeGql {
  @Field(() => String) userName: string;
  @Field(() => String, { description: 'title, body, status, dismissReason, created, actionItem, actionItem.<field>.' }) field: string;
  @Field(() => String, { nullable: true }) fromValue: string | null;
  @Field(() => String, { nullable: true }) toValue: string | null;
  @Field(() => GraphQLDateTimeISO) changedAt: Date;
}

@InputType('UpdateRecommendationInput', { description: 'Omitted fields stay as they are; an empty title or body returns to the rule’s own text.' })
export class UpdateRecommendationInput {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) @MaxLength(2000) title?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(20000) body?: string | null;
  @Field(() => RecommendationStatusGql, { nullable: true }) status?: RecommendationStatusGql | null;
  @Field(() => String, { nullable: true, description: 'Required with DISMISSED.' }) @MaxLength(5000) dismissReason?: string | null;
}

@InputType('AddRecommendationInput', { description: 'A consultant’s own recommendation.' })
export class AddRecommendationInput {
  @Field(() => ID) assessmentId: string;
  @Field(() => ID, { nullable: true }) dimensionId?: string | null;
  @Field(() => String) @MaxLength(2000) title: string;
  @Field(() => String, { nullable: true }) @MaxLength(20000) body?: string | null;
  @Field(() => HorizonGql) horizon: HorizonGql;
}

@InputType('AddActionItemInput')
export class AddActionItemInput {
  @Field(() => ID) recommendationId: string;
  @Field(() => String) @MaxLength(2000) title: string;
  @Field(() => String, { nullable: true }) @MaxLength(1000) owner?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' }) @MaxLength(20) dueDate?: string | null;
}

@InputType('UpdateActionItemInput', { description: 'Omitted fields stay as they are.' })
export class UpdateActionItemInput {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true }) @MaxLength(2000) title?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(1000) owner?: string | null;
  @Field(() => String, { nullable: true }) @MaxLength(20) dueDate?: string | null;
  @Field(() => ActionItemStatusGql, { nullable: true }) status?: ActionItemStatusGql | null;
}
