import { GraphQLDateTimeISO } from 'graphql-scalars';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('Progress', { simpleResolvers: true })
export class ProgressGql {
  @Field(() => Int) answered: number;
  @Field(() => Int) total: number;
}

@ObjectType('Answer', { simpleResolvers: true })
export class AnswerGql {
  @Field(() => ID) questionId: string;
  @Field(() => ID, { nullable: true }) optionId: string | null;
  @Field(() => [ID], { nullable: true }) optionIds: string[] | null;
  @Field(() => String, { nullable: true }) text: string | null;
  @Field(() => String, { nullable: true }) comment: string | null;
  @Field(() => GraphQLDateTimeISO) updatedAt: Date;
}

@InputType('AnswerInput', { description: 'One answer. Leave optionId, optionIds, text and comment all empty to clear it.' })
export class AnswerInput {
  @Field(() => ID) @MaxLength(100) questionId: string;
  @Field(() => ID, { nullable: true }) optionId?: string | null;
  @Field(() => [ID], { nullable: true }) optionIds?: string[] | null;
  @Field(() => String, { nullable: true }) text?: string | null;
  @Field(() => String, { nullable: true }) comment?: string | null;
}

@ObjectType('SaveAnswersPayload', { simpleResolvers: true })
export class SaveAnswersPayload {
  @Field(() => Int, { description: 'How many answers of the batch were stored or cleared.' }) saved: number;
  @Field(() => ProgressGql) progress: ProgressGql;
  @Field(() => [AnswerGql], { description: 'The stored state of the answers in the batch (cleared ones omitted).' })
  answers: AnswerGql[];
}
