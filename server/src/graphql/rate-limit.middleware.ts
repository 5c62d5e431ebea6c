import type { MiddlewareFn } from 'type-graphql';
import type { RateLimitName } from '../config/config.js';
import type { RequestContext } from './context.type.js';

/** Counts the operation against the caller's address before it runs (RATE_LIMITED when over). */
export function RateLimitByAddress(name: RateLimitName): MiddlewareFn<RequestContext> {
  return async ({ context }, next) => {
    await context.services.limits.consume(name, context.request.ip);
    return next();
  };
}
