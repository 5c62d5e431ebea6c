export * from './role-groups.js';
export * from './perception-gaps.js';
export * from './team-result.js';
export * from './relationship-model.js';
export * from './verbatims.js';
