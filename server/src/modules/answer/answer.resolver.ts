import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import { selectsField } from '../../graphql/selects-field.js';
import type { RequestContext } from '../../graphql/context.type.js';
import { countAgainstLimit } from '../../graphql/rate-limit.middleware.js';
import { toAnswerGql } from './answer.mapper.js';
import { AnswerInput, SaveAnswersPayload } from './answer.types.js';

/**
 * Autosave of the public contract (DESIGN §6). The schema calls `saveAnswers` directly, past
 * type-graphql's argument handling (`resolveAutosaveDirectly` in graphql/schema.ts).
 */
@Resolver()
export class AnswerResolver {
  @Mutation(() => SaveAnswersPayload, { description: 'Validates and stores a batch of answers: all or nothing, idempotent.' })
  async saveAnswers(
    @Ctx() ctx: RequestContext,
    @Arg('token', () => String) token: string,
    // The domain validates every answer (validateAnswerBatch) with messages aimed at the field;
    // class-validator on the hot path would only repeat the questionId length check.
    @Arg('answers', () => [AnswerInput], { validate: false }) answers: AnswerInput[],
    @Info() info: GraphQLResolveInfo,
  ): Promise<SaveAnswersPayload> {
    // The limit is counted here, not with @UseMiddleware: type-graphql's middleware chain is a
    // few promises per call, a measurable share of the busiest operation.
    await countAgainstLimit(ctx, 'saveAnswers');
    const { sessions } = ctx.services;
    const writer = await sessions.writer(token);
    // The web client's autosave asks only for progress: the stored rows are then not read back.
    const outcome = await ctx.services.answers.save(writer, sessions.questionnaireOf(writer), answers, { readBack: selectsField(info, 'answers') });
    return Object.assign(new SaveAnswersPayload(), {
      saved: outcome.saved,
      progress: outcome.progress,
      answers: outcome.answers.map(toAnswerGql),
    });
  }
}
