import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RelationshipModelKindGql } from '../../graphql/enums.js';
import { OrganizationGql, PageInfoGql } from '../organization/organization.types.js';

export enum PortfolioOrderFieldGql {
  NAME = 'NAME', OVERALL_SCORE = 'OVERALL_SCORE', MATURITY_LEVEL = 'MATURITY_LEVEL', CHANGE = 'CHANGE', LAST_ACTIVITY = 'LAST_ACTIVITY',
}
export enum OrderDirectionGql { ASC = 'ASC', DESC = 'DESC' }
registerEnumType(PortfolioOrderFieldGql, { name: 'PortfolioOrderField', description: 'What the portfolio is sorted by; clients without a value come last either way, ties by id.' });
registerEnumType(OrderDirectionGql, { name: 'OrderDirection' });

@InputType('PortfolioFilter', { description: 'Which clients the portfolio shows; text filters ignore case.' })
export class PortfolioFilterInput {
  @Field(() => String, { nullable: true, description: 'Exact industry, case-insensitive.' }) industry?: string | null;
  @Field(() => String, { nullable: true, description: 'Exact size, case-insensitive.' }) size?: string | null;
  @Field(() => Int, { nullable: true, description: 'Maturity level 1–5 of the latest scored check-up.' }) maturityLevel?: number | null;
  @Field(() => String, { nullable: true, description: 'Name contains, case-insensitive.' }) search?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Archived clients too (left out by default).' }) includeArchived?: boolean | null;
}

@InputType('PortfolioOrder')
export class PortfolioOrderInput {
  @Field(() => PortfolioOrderFieldGql) field: PortfolioOrderFieldGql;
  @Field(() => OrderDirectionGql) direction: OrderDirectionGql;
}

@ObjectType('PortfolioCheckup', { description: 'A client’s latest scored check-up.' })
export class PortfolioCheckupGql {
  @Field(() => ID) assessmentId: string;
  @Field(() => Float, { nullable: true }) overallScore: number | null;
  @Field(() => Int, { nullable: true }) maturityLevel: number | null;
  @Field(() => String) title: string;
  @Field(() => GraphQLDateTimeISO, { description: 'When it was last scored.' }) scoredAt: Date;
  @Field(() => Float, { nullable: true }) holismIndex: number | null;
  @Field(() => Int, { nullable: true }) customerFocusStage: number | null;
  @Field(() => RelationshipModelKindGql, { nullable: true, description: 'Classified from its answers; null until it is scored again after an upgrade.' })
  relationshipModel: RelationshipModelKindGql | null;
}

@ObjectType('PortfolioEntry', { description: 'One client in the portfolio table.' })
export class PortfolioEntryGql {
  @Field(() => OrganizationGql) organization: OrganizationGql;
  @Field(() => PortfolioCheckupGql, { nullable: true, description: 'Null when the client has no scored check-up.' }) latest: PortfolioCheckupGql | null;
  @Field(() => Float, { nullable: true, description: 'Overall change since the previous scored check-up; null when none.' }) change: number | null;
  @Field(() => GraphQLDateTimeISO, { description: 'The newest of: the client’s creation, its newest check-up’s opening, its latest scoring.' })
  lastActivityAt: Date;
  @Field(() => Int, { description: 'Check-ups of the client, scored or not.' }) checkupCount: number;
}

@ObjectType('PortfolioConnection')
export class PortfolioConnectionGql {
  @Field(() => [PortfolioEntryGql]) nodes: PortfolioEntryGql[];
  @Field(() => PageInfoGql) pageInfo: PageInfoGql;
  @Field(() => Int, { description: 'Clients the filter keeps, on every page.' }) totalCount: number;
}

@ObjectType('LevelCount')
export class LevelCountGql {
  @Field(() => Int) level: number;
  @Field(() => Int) count: number;
}

@ObjectType('ScoreBucket', { description: 'Latest overall scores from ≤ score < to (100 falls in the last bucket).' })
export class ScoreBucketGql {
  @Field(() => Float) from: number;
  @Field(() => Float) to: number;
  @Field(() => Int) count: number;
}

@ObjectType('DimensionSpread', { description: 'Latest scores of one dimension across the clients (insufficient data left out).' })
export class DimensionSpreadGql {
  @Field(() => ID) dimensionId: string;
  @Field(() => String) title: string;
  @Field(() => Float, { nullable: true }) min: number | null;
  @Field(() => Float, { nullable: true }) q1: number | null;
  @Field(() => Float, { nullable: true }) median: number | null;
  @Field(() => Float, { nullable: true }) q3: number | null;
  @Field(() => Float, { nullable: true }) max: number | null;
  @Field(() => Int) count: number;
}

@ObjectType('PortfolioDistribution')
export class PortfolioDistributionGql {
  @Field(() => Int, { description: 'Clients the filter keeps.' }) clientCount: number;
  @Field(() => Int, { description: 'Of those, clients with a scored check-up.' }) scoredCount: number;
  @Field(() => [LevelCountGql], { description: 'Levels 1–5: clients whose latest check-up is at that level.' }) levels: LevelCountGql[];
  @Field(() => [ScoreBucketGql], { description: 'Ten buckets 0–10 … 90–100 of latest overall scores.' }) scoreBuckets: ScoreBucketGql[];
  @Field(() => [DimensionSpreadGql], { description: 'Per dimension of the latest questionnaire: min, quartiles, median, max.' }) dimensions: DimensionSpreadGql[];
}
