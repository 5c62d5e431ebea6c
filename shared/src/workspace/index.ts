export * from './vocabulary.js';
export * from './password-policy.js';
