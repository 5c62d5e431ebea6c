import { DomainError } from '../errors/domain-error.js';

/** Why a next check-up could not start; clients may specialise the CONFLICT message by it. */
export const NO_PREVIOUS_ASSESSMENT = 'NO_PREVIOUS_ASSESSMENT';

/**
 * "Start the next check-up" copies the previous one; a client without any check-up has nothing
 * to copy. A CONFLICT (the request does not fit the client's state) with `reason`, so a client
 * that knows only the general codes still shows a sensible message.
 */
export class NoPreviousAssessmentError extends DomainError {
  constructor() {
    super('CONFLICT', 'This client has no check-up yet to continue from: open its first check-up instead.', { reason: NO_PREVIOUS_ASSESSMENT });
  }
}
