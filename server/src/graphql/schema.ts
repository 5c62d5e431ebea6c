import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage } from 'type-graphql';
import { AccountResolver } from '../modules/account/account.resolver.js';
import { AnswerResolver } from '../modules/answer/answer.resolver.js';
import { AssessmentResolver } from '../modules/assessment/assessment.resolver.js';
import { SelfAssessmentResolver } from '../modules/assessment/self-assessment.resolver.js';
import { InvitationResolver } from '../modules/invitation/invitation.resolver.js';
import { OrganizationResolver } from '../modules/organization/organization.resolver.js';
import { CustomQuestionnaireResolver } from '../modules/questionnaire/custom-questionnaire.resolver.js';
import { QuestionnaireResolver } from '../modules/questionnaire/questionnaire.resolver.js';
import { RespondentResolver } from '../modules/respondent/respondent.resolver.js';
import { ResultResolver } from '../modules/result/result.resolver.js';
import { RecommendationResolver } from '../modules/recommendation/recommendation.resolver.js';
import { RelationshipResolver } from '../modules/team/relationship.resolver.js';
import { TeamResultResolver } from '../modules/team/team-result.resolver.js';
import { AssessmentQuestionnaireResolver } from '../modules/assessment/assessment-questionnaire.resolver.js';
import { AssessmentSettingsResolver } from '../modules/assessment/assessment-settings.resolver.js';
import { ExchangeResolver } from '../modules/exchange/exchange.resolver.js';
import { FollowUpResolver } from '../modules/history/follow-up.resolver.js';
import { NextCheckupResolver } from '../modules/history/next-checkup.resolver.js';
import { OrganizationHistoryResolver } from '../modules/history/organization-history.resolver.js';
import { ResultPreviousResolver } from '../modules/history/result-previous.resolver.js';
import { MemberInvitationResolver } from '../modules/workspace/member-invitation.resolver.js';
import { ReportResolver } from '../modules/report/report.resolver.js';
import { ShareLinkResolver } from '../modules/share/share-link.resolver.js';
import { WorkspaceResolver } from '../modules/workspace/workspace.resolver.js';
import { PortfolioResolver } from '../modules/portfolio/portfolio.resolver.js';
import { ResultBenchmarkResolver } from '../modules/portfolio/result-benchmark.resolver.js';
import { ConsensusResultResolver } from '../modules/workshop/consensus-result.resolver.js';
import { WorkshopParticipantResolver } from '../modules/workshop/workshop-participant.resolver.js';
import { WorkshopSubscriptionResolver } from '../modules/workshop/workshop-subscription.resolver.js';
import { WorkshopResolver } from '../modules/workshop/workshop.resolver.js';
import type { AnswerInput } from '../modules/answer/answer.types.js';
import type { RequestContext } from './context.type.js';
import './enums.js';

export const RESOLVERS = [
  QuestionnaireResolver, SelfAssessmentResolver, RespondentResolver, AnswerResolver, ResultResolver,
  AccountResolver, WorkspaceResolver, MemberInvitationResolver, OrganizationResolver, AssessmentResolver, InvitationResolver,
  AssessmentSettingsResolver, RecommendationResolver, TeamResultResolver, RelationshipResolver, CustomQuestionnaireResolver, AssessmentQuestionnaireResolver,
  ShareLinkResolver, ReportResolver, ExchangeResolver, PortfolioResolver, ResultBenchmarkResolver,
  OrganizationHistoryResolver, ResultPreviousResolver, NextCheckupResolver, FollowUpResolver,
  WorkshopResolver, WorkshopParticipantResolver, WorkshopSubscriptionResolver, ConsensusResultResolver,
] as const;

/**
 * type-graphql wants a PubSub once a schema has subscriptions. Ours subscribe on their own
 * (`@Subscription({ subscribe })`, fed by WorkshopEvents across instances), so nothing may
 * publish or subscribe through this one: using it by mistake fails loudly.
 */
const NO_TOPIC_PUBSUB = {
  publish(): void {
    throw new Error('Subscriptions here subscribe on their own; there is no topic PubSub.');
  },
  subscribe(): AsyncIterable<unknown> {
    throw new Error('Subscriptions here subscribe on their own; there is no topic PubSub.');
  },
};

/** Builds the executable schema; `emitSchemaFile` writes the SDL (the committed `schema.graphql`). */
export async function createSchema(options: { emitSchemaFile?: string } = {}): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [...RESOLVERS],
    // type-graphql 2 validates nothing unless asked to.
    validate: { forbidUnknownValues: false },
    pubSub: NO_TOPIC_PUBSUB,
    emitSchemaFile: options.emitSchemaFile ? { path: options.emitSchemaFile, sortedSchema: false } : false,
  });
  resolveAutosaveDirectly(schema);
  return schema;
}

/**
 * The autosave, the busiest operation, skips type-graphql's per-call handling of its arguments
 * (copying each answer into an `AnswerInput` instance and a promise per argument for validation
 * it is told not to do): graphql-js has already checked the arguments against the schema, and
 * the domain validates every answer. Same resolver method, same result and errors.
 */
function resolveAutosaveDirectly(schema: GraphQLSchema): void {
  const field = schema.getMutationType()?.getFields()['saveAnswers'];
  if (!field) throw new Error('the schema has no Mutation.saveAnswers');
  // Middlewares and @Authorized run inside type-graphql's handler: refuse to build rather than skip them.
  const handler = getMetadataStorage().mutations.find((m) => m.target === AnswerResolver && m.methodName === 'saveAnswers');
  if (!handler || (handler.middlewares?.length ?? 0) > 0 || handler.roles) {
    throw new Error('saveAnswers is missing, or has middlewares or @Authorized that resolveAutosaveDirectly would skip');
  }
  const resolver = new AnswerResolver();
  field.resolve = (_root, args: { token: string; answers: AnswerInput[] }, context: RequestContext, info) =>
    resolver.saveAnswers(context, args.token, args.answers, info);
}
