import { GraphQLJSON } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocaleGql, OptionKindGql, QuestionKindGql, RespondentRoleGql } from '../../graphql/enums.js';

@ObjectType('Option', { description: 'An answer option; `score` is its 0–4 maturity, null for not applicable / don’t know / context options.' })
export class OptionGql {
  @Field(() => ID) id: string;
  @Field(() => OptionKindGql) kind: OptionKindGql;
  @Field(() => String) label: string;
  @Field(() => Int, { nullable: true }) score: number | null;
}

@ObjectType('Question')
export class QuestionGql {
  @Field(() => ID) id: string;
  @Field(() => ID) dimensionId: string;
  @Field(() => QuestionKindGql) kind: QuestionKindGql;
  @Field(() => String) prompt: string;
  @Field(() => String, { description: 'Why we ask: the idea behind the question.' }) help: string;
  @Field(() => [String]) tags: string[];
  @Field(() => [String], { description: 'Source texts the question comes from (file names).' }) seeds: string[];
  @Field(() => [RespondentRoleGql], { description: 'Roles the question is addressed to.' }) roles: RespondentRoleGql[];
  @Field(() => GraphQLJSON, { nullable: true, description: 'Condition over earlier answers; the question is shown only when it holds.' })
  showIf: unknown;
  @Field(() => Float) weight: number;
  @Field(() => Int, { nullable: true, description: 'Maximum length of a TEXT answer.' }) maxLength: number | null;
  @Field(() => [OptionGql]) options: OptionGql[];
}

@ObjectType('Dimension')
export class DimensionGql {
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
  @Field(() => String) description: string;
  @Field(() => Float) weight: number;
  @Field(() => String) weightRationale: string;
  @Field(() => [String]) seeds: string[];
  @Field(() => [QuestionGql]) questions: QuestionGql[];
}

@ObjectType('Questionnaire')
export class QuestionnaireGql {
  @Field(() => String) key: string;
  @Field(() => String) version: string;
  @Field(() => LocaleGql) locale: LocaleGql;
  @Field(() => String) title: string;
  @Field(() => String) description: string;
  @Field(() => [DimensionGql]) dimensions: DimensionGql[];
}
