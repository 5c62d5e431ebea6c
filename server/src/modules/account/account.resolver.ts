import { Arg, Ctx, Mutation, Query, Resolver, UseMiddleware } from 'type-graphql';
import type { RequestContext } from '../../graphql/context.type.js';
import { RateLimitByAddress } from '../../graphql/rate-limit.middleware.js';
import { toViewerGql } from './account.mapper.js';
import { SignInInput, SignUpInput, ViewerGql } from './account.types.js';

/** Accounts and sessions; the session travels in an httpOnly cookie, never in the response body. */
@Resolver()
export class AccountResolver {
  @Query(() => ViewerGql, { nullable: true, description: 'The signed-in user; null when signed out or the session expired.' })
  async viewer(@Ctx() ctx: RequestContext): Promise<ViewerGql | null> {
    const actor = await ctx.actor();
    return actor ? toViewerGql(await ctx.services.accounts.viewer(actor.userId)) : null;
  }

  @Mutation(() => ViewerGql, { description: 'Creates an account (and its workspace, unless joining by invitation) and signs in.' })
  @UseMiddleware(RateLimitByAddress('signUpAddress'))
  async signUp(@Ctx() ctx: RequestContext, @Arg('input', () => SignUpInput) input: SignUpInput): Promise<ViewerGql> {
    const session = await ctx.services.accounts.signUp({
      name: input.name,
      email: input.email,
      password: input.password,
      workspaceName: input.workspaceName ?? null,
      invitationToken: input.invitationToken ?? null,
    });
    ctx.sessionCookie.set(session.token, session.expiresAt);
    return toViewerGql(await ctx.services.accounts.viewer(session.userId));
  }

  @Mutation(() => ViewerGql, { description: 'Signs in; the same error for an unknown email and a wrong password.' })
  @UseMiddleware(RateLimitByAddress('signInAddress'))
  async signIn(@Ctx() ctx: RequestContext, @Arg('input', () => SignInInput) input: SignInInput): Promise<ViewerGql> {
    const session = await ctx.services.accounts.signIn(input.email, input.password);
    ctx.sessionCookie.set(session.token, session.expiresAt);
    return toViewerGql(await ctx.services.accounts.viewer(session.userId));
  }

  @Mutation(() => Boolean, { description: 'Ends this session (on every server instance at once).' })
  async signOut(@Ctx() ctx: RequestContext): Promise<boolean> {
    await ctx.services.accounts.signOut(await ctx.actor());
    ctx.sessionCookie.clear();
    return true;
  }

  @Mutation(() => Boolean, { description: 'Ends every session of the signed-in user, this one included.' })
  async signOutEverywhere(@Ctx() ctx: RequestContext): Promise<boolean> {
    await ctx.services.accounts.signOutEverywhere(ctx.services.guard.signedIn(await ctx.actor()));
    ctx.sessionCookie.clear();
    return true;
  }
}
