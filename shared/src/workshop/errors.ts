import { DomainError } from '../errors/domain-error.js';

/** `extensions.reason` of a vote on a question whose votes are already revealed. */
export const QUESTION_REVEALED = 'QUESTION_REVEALED';
/** `extensions.reason` of a vote on a question not addressed to the participant's role. */
export const NOT_FOR_ROLE = 'NOT_FOR_ROLE';

/** Voting on a question closed when its votes were revealed (or its consensus recorded). */
export class QuestionRevealedError extends DomainError {
  constructor() {
    super('CONFLICT', 'Voting on this question is closed: its votes were revealed.', { reason: QUESTION_REVEALED });
  }
}

/** A vote on a question the participant's role is not asked. */
export class NotForRoleError extends DomainError {
  constructor() {
    super('BAD_USER_INPUT', 'This question is not addressed to your role.', { reason: NOT_FOR_ROLE, field: 'questionId' });
  }
}
