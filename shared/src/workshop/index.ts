export * from './workshop-questions.js';
export * from './join-code.js';
export * from './vote-distribution.js';
export * from './vote-spread.js';
export * from './score-consensus.js';
export * from './errors.js';
