import type { RequestContext, RequestInfo, SessionCookieWriter } from '../graphql/context.type.js';
import { createLoaders, type Loaders } from '../graphql/loaders.js';
import type { Actor } from '../modules/access/actor.js';
import type { Services } from '../services.js';

/**
 * The context of one GraphQL request. A class, not an object literal with a getter: Apollo
 * copies the context for each operation with `Object.assign`, which ran a literal's lazy
 * `loaders` getter — building every DataLoader — on every request, the autosave included.
 * Getters on the prototype are not copied, so the loaders and the actor are made on first use.
 */
export class HttpRequestContext implements RequestContext {
  private actorOnce: Promise<Actor | null> | undefined = undefined;
  private loadersOnce: Loaders | undefined = undefined;

  constructor(
    readonly services: Services,
    readonly request: RequestInfo,
    readonly sessionCookie: SessionCookieWriter,
    private readonly sessionToken: () => string | undefined,
  ) {}

  /** Resolved on first use and at most once: public operations never pay for it. */
  actor(): Promise<Actor | null> {
    return (this.actorOnce ??= this.services.accounts.actorOf(this.sessionToken()));
  }

  /** Built on first use: the autosave never batches anything. */
  get loaders(): Loaders {
    return (this.loadersOnce ??= createLoaders(this.services));
  }
}
