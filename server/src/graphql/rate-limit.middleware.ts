import type { MiddlewareFn } from 'type-graphql';
import type { RateLimitName } from '../config/config.js';
import type { RequestContext } from './context.type.js';

/** Counts the operation against the caller's address before it runs (RATE_LIMITED when over). */
export function RateLimitByAddress(name: RateLimitName): MiddlewareFn<RequestContext> {
  return ({ context }, next) => countAgainstLimit(context, name).then(next);
}

/** The same count, called from a resolver's body (the autosave, where the middleware chain costs). */
export function countAgainstLimit(context: RequestContext, name: RateLimitName): Promise<void> {
  const { limits } = context.services;
  // With the limits off (benchmarks) nothing is counted.
  return limits.limits(name) ? limits.consume(name, context.request.ip) : Promise.resolve();
}

/** The same count against another key than the address (a participant's hashed token). */
export function countAgainstLimitFor(context: RequestContext, name: RateLimitName, key: string): Promise<void> {
  const { limits } = context.services;
  return limits.limits(name) ? limits.consume(name, key) : Promise.resolve();
}
