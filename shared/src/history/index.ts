export * from './result-delta.js';
export * from './carry-over-answers.js';
export * from './next-checkup.js';
export * from './errors.js';
