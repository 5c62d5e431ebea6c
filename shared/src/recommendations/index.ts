export * from './merge-recommendations.js';
export * from './adjust-priorities.js';
