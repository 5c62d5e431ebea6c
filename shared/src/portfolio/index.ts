export * from './quantiles.js';
export * from './benchmark.js';
export * from './distribution.js';
export * from './latest-checkup.js';
