import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { LocaleGql } from '../../graphql/enums.js';
import { toLocale } from '../../graphql/locale.mapping.js';
import { AssessmentGql } from '../assessment/assessment.types.js';

/** The report model for renderings in the browser (meeting mode); the PDF, deck and web report are downloads. */
@Resolver(() => AssessmentGql)
export class ReportResolver {
  @FieldResolver(() => GraphQLJSONObject, {
    nullable: true,
    description: 'The report of this check-up in one language (the ReportModel of @omcheck/shared/report); null before anyone submitted.',
  })
  async report(
    @Ctx() ctx: RequestContext,
    @Root() assessment: AssessmentGql,
    @Arg('locale', () => LocaleGql, { nullable: true, description: 'The check-up’s own language by default.' }) locale: LocaleGql | null,
  ): Promise<Record<string, unknown> | null> {
    const prepared = await ctx.services.reports.consultantReportIfScored(await ctx.actor(), assessment.id, locale ? toLocale(locale) : null);
    return prepared ? (prepared.model as unknown as Record<string, unknown>) : null;
  }
}
