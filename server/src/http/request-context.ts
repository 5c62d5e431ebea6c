import type { Request } from 'express';
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

/**
 * The request's address and origin, worked out on first use: Express's `req.ip` and
 * `req.protocol` cost a measurable share of the autosave, which needs neither with the rate
 * limits off and only the address with them on.
 */
export class HttpRequestInfo implements RequestInfo {
  private ipOnce: string | undefined = undefined;
  private originOnce: string | undefined = undefined;

  constructor(
    private readonly req: Request,
    private readonly publicUrl: string | null,
  ) {}

  get ip(): string {
    return (this.ipOnce ??= this.req.ip ?? 'unknown');
  }

  get origin(): string {
    return (this.originOnce ??= this.publicUrl ?? `${this.req.protocol}://${this.req.get('host') ?? 'localhost'}`);
  }
}
