import { GraphQLError } from 'graphql';

/** Error codes of the public contract (DESIGN §6); clients map them to translated messages. */
export type AppErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

/** One invalid field of a request, for BAD_USER_INPUT. */
export interface FieldProblem {
  field: string;
  message: string;
}

export class BadUserInputError extends GraphQLError {
  constructor(message: string, problems: FieldProblem[] = []) {
    super(message, {
      extensions: { code: 'BAD_USER_INPUT', field: problems[0]?.field ?? null, problems },
    });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'NOT_FOUND' } });
  }
}

export class ConflictError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'CONFLICT' } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'Sign in to continue.') {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'You do not have access to this.') {
    super(message, { extensions: { code: 'FORBIDDEN' } });
  }
}
