import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { WorkspaceGql } from '../workspace/workspace.types.js';
import { ImportQuestionnaireInput, QuestionnaireSummaryGql } from './custom-questionnaire.types.js';

/** A workspace's own questionnaires: imported as JSON, validated like the built-in ones. */
@Resolver(() => WorkspaceGql)
export class CustomQuestionnaireResolver {
  @FieldResolver(() => [QuestionnaireSummaryGql], { description: 'The built-in questionnaire and those this workspace imported.' })
  async questionnaires(@Ctx() ctx: RequestContext, @Root() workspace: WorkspaceGql): Promise<QuestionnaireSummaryGql[]> {
    const list = await ctx.services.customQuestionnaires.list(await ctx.actor(), workspace.id);
    return list.map((summary) => Object.assign(new QuestionnaireSummaryGql(), summary));
  }

  @Mutation(() => QuestionnaireSummaryGql, { description: 'Imports a questionnaire into a workspace; errors name the path and the problem, and nothing is stored.' })
  async importQuestionnaire(@Ctx() ctx: RequestContext, @Arg('input', () => ImportQuestionnaireInput) input: ImportQuestionnaireInput): Promise<QuestionnaireSummaryGql> {
    return Object.assign(new QuestionnaireSummaryGql(), await ctx.services.customQuestionnaires.import(await ctx.actor(), input.workspaceId, input.json));
  }
}
