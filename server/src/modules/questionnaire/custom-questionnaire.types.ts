import { MaxLength } from 'class-validator';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('QuestionnaireSummary', { description: 'A questionnaire a workspace can run check-ups on: built-in or imported.' })
export class QuestionnaireSummaryGql {
  @Field(() => String) key: string;
  @Field(() => String) version: string;
  @Field(() => String, { description: 'The English title.' }) title: string;
  @Field(() => Boolean, { description: 'True when the workspace imported it.' }) custom: boolean;
  @Field(() => Int) dimensionCount: number;
  @Field(() => Int) questionCount: number;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) importedAt: Date | null;
}

@InputType('ImportQuestionnaireInput')
export class ImportQuestionnaireInput {
  @Field(() => ID) workspaceId: string;
  @Field(() => String, { description: 'The questionnaire as JSON, in the format of docs/questionnaire-format.md.' })
  @MaxLength(100_000)
  json: string;
}
