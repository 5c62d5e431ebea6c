import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import { DEFAULT_QUESTIONNAIRE_KEY } from '@omcheck/shared';
import type { RequestContext } from '../../graphql/context.type.js';
import { LocaleGql } from '../../graphql/enums.js';
import { toLocale } from '../../graphql/locale.mapping.js';
import { toQuestionnaireGql } from './questionnaire.mapper.js';
import { QuestionnaireGql } from './questionnaire.types.js';

@Resolver(() => QuestionnaireGql)
export class QuestionnaireResolver {
  @Query(() => QuestionnaireGql, { description: 'A questionnaire in one language; its latest version unless one is given.' })
  questionnaire(
    @Ctx() ctx: RequestContext,
    @Arg('key', () => String, { defaultValue: DEFAULT_QUESTIONNAIRE_KEY }) key: string,
    @Arg('version', () => String, { nullable: true }) version: string | null,
    @Arg('locale', () => LocaleGql, { nullable: true, defaultValue: LocaleGql.EN }) locale: LocaleGql | null,
  ): QuestionnaireGql {
    return toQuestionnaireGql(ctx.services.questionnaires.get(key, version), toLocale(locale ?? LocaleGql.EN));
  }
}
