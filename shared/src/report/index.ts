/**
 * What a result means for a reader, derived once for every rendering (web pages, GraphQL, and
 * the coming PDF, PPTX and meeting mode): the customer-focus ladder, score bands, the sentence
 * behind each piece of evidence. Zod-free, so the browser can import it (`@omcheck/shared/report`).
 */
export * from './ladder.js';
export * from './score-band.js';
export * from './evidence.js';
export type * from './report-model.js';
export * from './report-labels.js';
export * from './consensus-comparison.js';
export { MATURITY_LEVELS } from '../scoring/result.types.js';
