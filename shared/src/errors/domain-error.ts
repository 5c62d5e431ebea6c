/**
 * Error codes every layer speaks: the server puts them in `extensions.code`, the client maps
 * them to translated messages. DESIGN §6 plus RATE_LIMITED (DESIGN §8) and
 * REPORT_RENDERER_UNAVAILABLE (no Chromium on the server for PDFs: print from the browser).
 */
export const ERROR_CODES = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'REPORT_RENDERER_UNAVAILABLE'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One invalid field of a request, for BAD_USER_INPUT. */
export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * An expected failure with a stable code and a message written for people. Services throw
 * these (never transport errors), so the CLI, renderers and tests can reuse them.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Extra machine-readable facts (field problems, seconds to wait). */
    readonly details: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/** Input that cannot be accepted; `problems` name the fields. */
export class BadUserInputError extends DomainError {
  constructor(message: string, readonly problems: readonly FieldProblem[] = []) {
    super('BAD_USER_INPUT', message, { field: problems[0]?.field ?? null, problems });
  }
}

/** Missing — or belonging to another workspace, which must look exactly the same. */
export class NotFoundError extends DomainError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

/** The request contradicts the current state (e.g. answering a closed check-up). */
export class ConflictError extends DomainError {
  constructor(message: string) {
    super('CONFLICT', message);
  }
}

/** No session, or an expired one. */
export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to continue.') {
    super('UNAUTHENTICATED', message);
  }
}

/** Signed in and a member, but the role does not allow this. */
export class ForbiddenError extends DomainError {
  constructor(message = 'Your role in this workspace does not allow this.') {
    super('FORBIDDEN', message);
  }
}

/** Too many attempts from one address or for one account. */
export class RateLimitedError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super('RATE_LIMITED', `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
  }
}

/** The server cannot render PDFs (Chromium missing or failing); the web report can still be printed. */
export class ReportRendererUnavailableError extends DomainError {
  constructor(message = 'PDF reports cannot be made on this server right now (no Chromium). Open the web report and use your browser’s print instead.') {
    super('REPORT_RENDERER_UNAVAILABLE', message);
  }
}
