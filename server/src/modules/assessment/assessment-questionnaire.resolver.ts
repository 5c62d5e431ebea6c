import { localize } from '@omcheck/shared';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { AssessmentGql } from './assessment.types.js';

/** Which questionnaire a check-up runs on, by name (built-in or imported). */
@Resolver(() => AssessmentGql)
export class AssessmentQuestionnaireResolver {
  @FieldResolver(() => String, { description: 'The questionnaire’s title in the check-up’s language.' })
  questionnaireTitle(@Ctx() ctx: RequestContext, @Root() assessment: AssessmentGql): string {
    const questionnaire = ctx.services.questionnaires.get(assessment.entity.questionnaireKey, assessment.entity.questionnaireVersion);
    return localize(questionnaire.title, assessment.entity.locale);
  }
}
