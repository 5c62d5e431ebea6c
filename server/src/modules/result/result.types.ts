import type { Locale } from '@omcheck/shared';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { HorizonGql, RecommendationStatusGql, SeverityGql } from '../../graphql/enums.js';

@ObjectType('WeakQuestion', { description: 'One of the lowest-scoring questions of a dimension.' })
export class WeakQuestionGql {
  @Field(() => ID) questionId: string;
  @Field(() => String) prompt: string;
  @Field(() => Float, { description: '0–100.' }) score: number;
}

@ObjectType('CustomerFocusStep', { description: 'One rung of the stage-gated customer-focus ladder (seed 003).' })
export class CustomerFocusStepGql {
  @Field(() => Int) stage: number;
  @Field(() => String) label: string;
  @Field(() => Float, { nullable: true, description: 'Mean 0–100 of this stage’s questions; null when unanswered.' })
  score: number | null;
  @Field(() => Boolean, { description: 'True when this stage and every earlier one reach the threshold.' }) reached: boolean;
  @Field(() => Float, { nullable: true, description: 'Score − threshold (negative: short of the stage); null for results scored before 1.1.' })
  distance: number | null;
  @Field(() => Int, { nullable: true, description: 'How many questions the stage rests on; null for results scored before 1.1.' })
  questionCount: number | null;
  @Field(() => Boolean, { description: 'Short of the threshold by at most one answer one level higher (scoring 1.1).' })
  withinOneStep: boolean;
}

@ObjectType('DimensionResult')
export class DimensionResultGql {
  @Field(() => ID) dimensionId: string;
  @Field(() => String) title: string;
  @Field(() => String) description: string;
  @Field(() => [WeakQuestionGql], { description: 'Up to three lowest-scoring questions, weakest first.' })
  weakestQuestions: WeakQuestionGql[];
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
  @Field(() => String, { description: 'business, or knowledge-gap for advice that fixes the check-up itself (never in the top three).' })
  focus: string;
  @Field(() => Boolean, { description: 'False when its rule no longer fires but a consultant’s work on it was kept.' })
  active: boolean;
  @Field(() => [EvidenceGql], { description: 'Why this? The facts that triggered it.' }) evidence: EvidenceGql[];
  @Field(() => String, { nullable: true, description: 'Why the consultant dismissed it.' }) dismissReason: string | null;
  @Field(() => Boolean, { description: 'True when a consultant rewrote a rule-made recommendation’s title or body.' }) edited: boolean;
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
  @Field(() => Int, { nullable: true, description: '1–5: 1 Fragmented … 5 Holistic approach (scoring 1.1; 1.0 results keep their own labels).' }) maturityLevel: number | null;
  @Field(() => String, { nullable: true }) maturityLabel: string | null;
  @Field(() => [String], { description: 'Names of levels 1–5 in the requested language, as the result’s scoring version names them.' })
  maturityLevelNames: string[];
  @Field(() => Float, { nullable: true, description: 'How well the parts hold together, 0–100.' }) holismIndex: number | null;
  @Field(() => Int, { description: 'Customer-focus stage 0–4, stage-gated.' }) customerFocusStage: number;
  @Field(() => String) customerFocusStageLabel: string;
  @Field(() => [CustomerFocusStepGql], { description: 'Stages 1–4 with their scores; where the company stands and what blocks the next.' })
  customerFocusLadder: CustomerFocusStepGql[];
  @Field(() => Int, { description: 'Score a stage needs to count as reached.' }) customerFocusThreshold: number;
  @Field(() => Float, { nullable: true, description: 'Mean of the linkage questions, 0–100.' }) linkageScore: number | null;
  @Field(() => [String], { description: 'Titles of the areas at least half a level above the mean (scoring 1.1): what the holism explanation names as strong.' })
  holismStrongParts: string[];
  @Field(() => [String], { description: 'Titles of the areas at least half a level below the mean (scoring 1.1).' })
  holismWeakParts: string[];
  @Field(() => Boolean, { nullable: true, description: 'All areas within one level of each other; null for results scored before 1.1.' })
  holismHoldsTogether: boolean | null;
  @Field(() => String, { nullable: true, description: 'HIGH, MEDIUM or LOW: how far the verdict rests on real answers; null for results scored before 1.1.' })
  confidence: string | null;
  @Field(() => [ID], { description: 'Areas under 50 % coverage: a finding in themselves (scoring 1.1).' })
  insufficientDataDimensions: string[];
  @Field(() => [DimensionResultGql]) dimensions: DimensionResultGql[];
  @Field(() => [FlagGql]) flags: FlagGql[];
  @Field(() => [RecommendationGql]) recommendations: RecommendationGql[];
  @Field(() => [KnowledgeGapGql]) knowledgeGaps: KnowledgeGapGql[];
  @Field(() => Int) respondentCount: number;
  @Field(() => String) questionnaireKey: string;
  @Field(() => String) questionnaireVersion: string;
  @Field(() => String) scoringVersion: string;
  @Field(() => GraphQLDateTimeISO) scoredAt: Date;
  /** The language the result was rendered in, for the team fields; not part of the schema. */
  locale: Locale;
}
