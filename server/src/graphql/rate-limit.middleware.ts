import type { MiddlewareFn } from 'type-graphql';
import type { RateLimitName } from '../config/config.js';
import type { RequestContext } from './context.type.js';

/** Counts the operation against the caller's address before it runs (RATE_LIMITED when over). */
export function RateLimitByAddress(name: RateLimitName): MiddlewareFn<RequestContext> {
  return ({ context }, next) => {
    const { limits } = context.services;
    // With the limits off (benchmarks) the busiest operations skip even the await.
    if (!limits.limits(name)) return next();
    return limits.consume(name, context.request.ip).then(next);
  };
}
