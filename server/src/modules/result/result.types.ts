import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { HorizonGql, RecommendationStatusGql, SeverityGql } from '../../graphql/enums.js';

@ObjectType('DimensionResult')
export class DimensionResultGql {
  @Field(() => ID) dimensionId: string;
  @Field(() => String) title: string;
  @Field(() => Float, { nullable: true, description: '0–100; null when coverage is under 50 % (insufficient data).' })
  score: number | null;
  @Field(() => Float, { description: 'Answered weight ÷ applicable weight, 0–1.' }) coverage: number;
  @Field(() => Boolean) insufficientData: boolean;
  @Field(() => Float) weight: number;
}

@ObjectType('Flag', { description: 'A red flag: a pattern the source texts warn against.' })
export class FlagGql {
  @Field(() => ID) id: string;
  @Field(() => SeverityGql) severity: SeverityGql;
  @Field(() => String) message: string;
}

@ObjectType('Evidence', { description: 'A fact that made a recommendation fire: an answer, a score or a flag.' })
export class EvidenceGql {
  @Field(() => String, { description: 'question, dimension, tag, overall, holism, customerFocusStage, flag, dontKnow or dontKnowShare.' })
  kind: string;
  @Field(() => String, { nullable: true }) ref: string | null;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => String, { nullable: true, description: 'What `ref` names (question prompt, dimension title, flag message), in the requested language.' })
  subject: string | null;
}

@ObjectType('Recommendation')
export class RecommendationGql {
  @Field(() => ID) id: string;
  @Field(() => String, { nullable: true, description: 'The rule that made it; null for hand-written ones.' }) ruleId: string | null;
  @Field(() => ID, { nullable: true }) dimensionId: string | null;
  @Field(() => String) title: string;
  @Field(() => String) body: string;
  @Field(() => [String], { description: 'Concrete first steps.' }) steps: string[];
  @Field(() => Float, { description: 'impact × gap × dimension weight, 0–100.' }) priority: number;
  @Field(() => Int) impact: number;
  @Field(() => HorizonGql) horizon: HorizonGql;
  @Field(() => RecommendationStatusGql) status: RecommendationStatusGql;
  @Field(() => [String]) seeds: string[];
  @Field(() => Boolean, { description: 'False when its rule no longer fires but a consultant’s work on it was kept.' })
  active: boolean;
  @Field(() => [EvidenceGql], { description: 'Why this? The facts that triggered it.' }) evidence: EvidenceGql[];
}

@ObjectType('KnowledgeGap', { description: 'A question someone answered “don’t know”: not knowing is itself a finding.' })
export class KnowledgeGapGql {
  @Field(() => ID) questionId: string;
  @Field(() => ID) dimensionId: string;
  @Field(() => String) prompt: string;
}

@ObjectType('AssessmentResult')
export class AssessmentResultGql {
  @Field(() => ID) assessmentId: string;
  @Field(() => Float, { nullable: true }) overallScore: number | null;
  @Field(() => Int, { nullable: true, description: '1 Transactional supplier … 5 Holistic partnership.' }) maturityLevel: number | null;
  @Field(() => String, { nullable: true }) maturityLabel: string | null;
  @Field(() => Float, { nullable: true, description: 'How well the parts hold together, 0–100.' }) holismIndex: number | null;
  @Field(() => Int, { description: 'Customer-focus stage 0–4, stage-gated.' }) customerFocusStage: number;
  @Field(() => String) customerFocusStageLabel: string;
  @Field(() => [DimensionResultGql]) dimensions: DimensionResultGql[];
  @Field(() => [FlagGql]) flags: FlagGql[];
  @Field(() => [RecommendationGql]) recommendations: RecommendationGql[];
  @Field(() => [KnowledgeGapGql]) knowledgeGaps: KnowledgeGapGql[];
  @Field(() => Int) respondentCount: number;
  @Field(() => String) questionnaireKey: string;
  @Field(() => String) questionnaireVersion: string;
  @Field(() => String) scoringVersion: string;
  @Field(() => GraphQLDateTimeISO) scoredAt: Date;
}
