import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { AgendaPromptGql, RelationshipModelKindGql, RoleGroupGql } from '../../graphql/enums.js';

@ObjectType('PerceptionGap', { description: 'How differently two role groups see a question, or a dimension (questionId null), 0–100.' })
export class PerceptionGapGql {
  @Field(() => ID) dimensionId: string;
  @Field(() => ID, { nullable: true }) questionId: string | null;
  @Field(() => RoleGroupGql) roleA: RoleGroupGql;
  @Field(() => RoleGroupGql) roleB: RoleGroupGql;
  @Field(() => Float) scoreA: number;
  @Field(() => Float) scoreB: number;
  @Field(() => Float) gap: number;
}

@ObjectType('RoleGroupDimension')
export class RoleGroupDimensionGql {
  @Field(() => ID) dimensionId: string;
  @Field(() => Float, { nullable: true }) score: number | null;
}

@ObjectType('RoleGroupResult', { description: 'A role group at or above the minimum size, and its dimension scores.' })
export class RoleGroupResultGql {
  @Field(() => RoleGroupGql) role: RoleGroupGql;
  @Field(() => [RoleGroupGql], { description: 'For POOLED: the roles pooled together.' }) roles: RoleGroupGql[];
  @Field(() => Int) respondentCount: number;
  @Field(() => [RoleGroupDimensionGql]) dimensions: RoleGroupDimensionGql[];
}

@ObjectType('HiddenRole', { description: 'A role under the minimum group size: pooled with other small roles, or left out of group views.' })
export class HiddenRoleGql {
  @Field(() => RoleGroupGql) role: RoleGroupGql;
  @Field(() => Int) respondentCount: number;
  @Field(() => String, { description: 'POOLED or OMITTED.' }) outcome: string;
}

@ObjectType('AgendaSide')
export class AgendaSideGql {
  @Field(() => RoleGroupGql) role: RoleGroupGql;
  @Field(() => Float, { description: '0–100.' }) score: number;
  @Field(() => Float, { description: 'Mean level 0–4.' }) meanLevel: number;
  @Field(() => Int, { description: 'Highest minus lowest level inside the group.' }) spread: number;
  @Field(() => Int) answeredBy: number;
}

@ObjectType('AgendaItem', { description: 'A question two groups see differently: a point for the meeting.' })
export class AgendaItemGql {
  @Field(() => ID) questionId: string;
  @Field(() => String) questionPrompt: string;
  @Field(() => ID) dimensionId: string;
  @Field(() => AgendaSideGql) groupA: AgendaSideGql;
  @Field(() => AgendaSideGql) groupB: AgendaSideGql;
  @Field(() => Float) gap: number;
  @Field(() => AgendaPromptGql) prompt: AgendaPromptGql;
}

@ObjectType('ClientVersusPartner', { description: 'The outsourcing partner against everyone on the client’s side (seed 002).' })
export class ClientVersusPartnerGql {
  @Field(() => [PerceptionGapGql]) gaps: PerceptionGapGql[];
  @Field(() => [AgendaItemGql]) agenda: AgendaItemGql[];
}

@ObjectType('RelationshipEvidence', { description: 'One condition of a relationship model as found in the answers.' })
export class RelationshipEvidenceGql {
  @Field(() => String) tag: string;
  @Field(() => Float, { nullable: true, description: 'Mean level 0–4 of the tag’s partnership and lifecycle questions.' }) level: number | null;
  @Field(() => Float) minLevel: number;
  @Field(() => Boolean) met: boolean;
  @Field(() => [ID]) questionIds: string[];
}

@ObjectType('RelationshipModel', { description: 'The relationship the company runs with its provider, against the one it wants.' })
export class RelationshipModelGql {
  @Field(() => RelationshipModelKindGql) current: RelationshipModelKindGql;
  @Field(() => RelationshipModelKindGql, { nullable: true }) desired: RelationshipModelKindGql | null;
  @Field(() => [RelationshipEvidenceGql], { description: 'The conditions of the desired model (or of the next one up).' })
  evidence: RelationshipEvidenceGql[];
  @Field(() => Boolean) behindDesired: boolean;
}

@ObjectType('DimensionFromTarget', { description: 'A dimension below its target, and by how much.' })
export class DimensionFromTargetGql {
  @Field(() => ID) dimensionId: string;
  @Field(() => Float) target: number;
  @Field(() => Float, { nullable: true }) score: number | null;
  @Field(() => Float) distance: number;
}

@ObjectType('Verbatim', { description: 'An open answer or a comment, in the respondent’s words, without attribution.' })
export class VerbatimGql {
  @Field(() => ID) questionId: string;
  @Field(() => String) questionPrompt: string;
  @Field(() => String, { description: 'ANSWER (an open question) or COMMENT (a note on a question).' }) kind: string;
  @Field(() => String) text: string;
  @Field(() => RoleGroupGql, { nullable: true, description: 'Only when that group is at or above the minimum size.' }) group: RoleGroupGql | null;
}
