import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import type { RoleGroupGql } from '../../graphql/enums.js';
import { AssessmentResultGql } from '../result/result.types.js';
import { teamViewOf } from './team-view.js';
import { promptOf, toAgendaItemGql, toPerceptionGapGql } from './team-result.mapper.js';
import {
  AgendaItemGql, ClientVersusPartnerGql, HiddenRoleGql, PerceptionGapGql, RoleGroupResultGql, VerbatimGql,
} from './team-result.types.js';

/** The team view on every result: computed once per request from the stored answers. */
@Resolver(() => AssessmentResultGql)
export class TeamResultResolver {
  @FieldResolver(() => [PerceptionGapGql], { description: 'Gaps between role groups at or above the minimum size, largest first.' })
  async perceptionGaps(@Ctx() ctx: RequestContext, @Root() result: AssessmentResultGql): Promise<PerceptionGapGql[]> {
    return ((await teamViewOf(ctx, result))?.team.gaps ?? []).map(toPerceptionGapGql);
  }

  @FieldResolver(() => [RoleGroupResultGql], { description: 'Role groups at or above the minimum size; smaller ones are absent.' })
  async roleGroups(@Ctx() ctx: RequestContext, @Root() result: AssessmentResultGql): Promise<RoleGroupResultGql[]> {
    return ((await teamViewOf(ctx, result))?.team.groups ?? []).map((g) =>
      Object.assign(new RoleGroupResultGql(), { ...g, role: g.role as RoleGroupGql, roles: g.roles as RoleGroupGql[] }));
  }

  @FieldResolver(() => [HiddenRoleGql], { description: 'Roles not shown on their own, and why.' })
  async hiddenRoles(@Ctx() ctx: RequestContext, @Root() result: AssessmentResultGql): Promise<HiddenRoleGql[]> {
    return ((await teamViewOf(ctx, result))?.team.hiddenRoles ?? []).map((h) => Object.assign(new HiddenRoleGql(), { ...h, role: h.role as RoleGroupGql }));
  }

  @FieldResolver(() => [AgendaItemGql], { description: 'The largest question gaps: the meeting agenda (seed 004).' })
  async agenda(@Ctx() ctx: RequestContext, @Root() result: AssessmentResultGql): Promise<AgendaItemGql[]> {
    const view = await teamViewOf(ctx, result);
    return (view?.team.agenda ?? []).map((item) => toAgendaItemGql(item, this.questionnaire(ctx, result), result.locale));
  }

  @FieldResolver(() => ClientVersusPartnerGql, { nullable: true, description: 'Null when the partner or the client side is under the minimum size.' })
  async clientVersusPartner(@Ctx() ctx: RequestContext, @Root() result: AssessmentResultGql): Promise<ClientVersusPartnerGql | null> {
    const pair = (await teamViewOf(ctx, result))?.team.clientVersusPartner;
    if (!pair) return null;
    const questionnaire = this.questionnaire(ctx, result);
    return { gaps: pair.gaps.map(toPerceptionGapGql), agenda: pair.agenda.map((item) => toAgendaItemGql(item, questionnaire, result.locale)) };
  }

  private questionnaire(ctx: RequestContext, result: AssessmentResultGql) {
    return ctx.services.questionnaires.get(result.questionnaireKey, result.questionnaireVersion);
  }

  @FieldResolver(() => [VerbatimGql], { description: 'Open answers and comments, never scored, never attributed to a person.' })
  async verbatims(@Ctx() ctx: RequestContext, @Root() result: AssessmentResultGql): Promise<VerbatimGql[]> {
    const view = await teamViewOf(ctx, result);
    return (view?.team.verbatims ?? []).map((v) => Object.assign(new VerbatimGql(), { ...v, group: v.group as RoleGroupGql | null, questionPrompt: promptOf(this.questionnaire(ctx, result), v.questionId, result.locale) }));
  }
}
