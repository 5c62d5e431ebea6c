import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Float, ID, ObjectType } from 'type-graphql';

@ObjectType('DimensionDelta', { description: 'How one dimension both check-ups have moved.' })
export class DimensionDeltaGql {
  @Field(() => ID) dimensionId: string;
  @Field(() => Float, { nullable: true, description: 'Score − previous score; null when either is null (insufficient data).' }) delta: number | null;
  @Field(() => String, { description: 'As the current questionnaire names it.' }) title: string;
  @Field(() => Float, { nullable: true }) previousScore: number | null;
  @Field(() => Float, { nullable: true }) score: number | null;
}

@ObjectType('DoneRecommendation', { description: 'A recommendation marked done in the previous check-up, and how its dimension moved since.' })
export class DoneRecommendationGql {
  @Field(() => ID, { description: 'The recommendation of the previous check-up.' }) recommendationId: string;
  @Field(() => String) title: string;
  @Field(() => ID, { nullable: true }) dimensionId: string | null;
  @Field(() => String, { nullable: true }) dimensionTitle: string | null;
  @Field(() => Float, { nullable: true, description: 'Null when the dimension is not in both check-ups or a score is missing.' }) dimensionDelta: number | null;
}

@ObjectType('ResultDelta', { description: 'The change since the previous scored check-up of the same client.' })
export class ResultDeltaGql {
  @Field(() => ID, { description: 'The previous check-up.' }) assessmentId: string;
  @Field(() => Float, { nullable: true, description: 'Current − previous overall score; null if either is null.' }) overallDelta: number | null;
  @Field(() => [DimensionDeltaGql], { description: 'Dimensions that exist in both, in questionnaire order.' }) dimensions: DimensionDeltaGql[];
  @Field(() => String, { description: 'The previous check-up’s title.' }) title: string;
  @Field(() => GraphQLDateTimeISO, { description: 'When the previous check-up was last scored.' }) scoredAt: Date;
  @Field(() => Float, { nullable: true }) previousOverallScore: number | null;
  @Field(() => String) previousQuestionnaireVersion: string;
  @Field(() => Boolean, { description: 'False when the two check-ups used different questionnaires or versions: only shared dimensions are compared.' })
  sameQuestionnaireVersion: boolean;
  @Field(() => [ID], { description: 'Dimensions only in the current check-up.' }) addedDimensionIds: string[];
  @Field(() => [ID], { description: 'Dimensions only in the previous check-up.' }) removedDimensionIds: string[];
  @Field(() => [DoneRecommendationGql], { description: 'Recommendations whose status was DONE in the previous check-up.' })
  doneRecommendations: DoneRecommendationGql[];
}
