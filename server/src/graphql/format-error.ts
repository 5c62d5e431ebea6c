import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { DomainError } from '@omcheck/shared';
import type { Logger } from 'pino';

/** Codes whose messages are written for people and may reach the client as they are. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED',
]);

interface ValidationErrorLike {
  property?: string;
  constraints?: Record<string, string>;
}

/** graphql-js names close field and type names in validation errors: a map of the schema. */
const FIELD_SUGGESTION = /Did you mean ".+"/g;
export const SUGGESTION_MASK = '[Suggestion hidden]';

/**
 * One formatter for every error: domain errors become their code (with their details),
 * type-graphql's validation errors become BAD_USER_INPUT with the field, other known codes
 * pass, and everything unexpected is logged and masked. With `hideFieldSuggestions` (production)
 * "Did you mean …" hints are masked, as graphql-armor's plugin did — here, because a plugin
 * costs a hook on every request and errors are rare.
 */
export function createErrorFormatter(logger: Logger, { hideFieldSuggestions = false }: { hideFieldSuggestions?: boolean } = {}) {
  const format = formatWith(logger);
  if (!hideFieldSuggestions) return format;
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const result = format(formatted, error);
    return result.message.includes('Did you mean') ? { ...result, message: result.message.replace(FIELD_SUGGESTION, SUGGESTION_MASK) } : result;
  };
}

function formatWith(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof DomainError) {
      return {
        message: original.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: original.code, ...original.details },
      };
    }
    const validationErrors = (original as { extensions?: { validationErrors?: ValidationErrorLike[] } } | undefined)
      ?.extensions?.validationErrors;
    if (Array.isArray(validationErrors)) {
      const problems = validationErrors.map((v) => ({
        field: v.property ?? 'input',
        message: Object.values(v.constraints ?? {}).join('; ') || 'is invalid',
      }));
      return {
        message: `Invalid input: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: 'BAD_USER_INPUT', field: problems[0]?.field ?? null, problems },
      };
    }
    const code = formatted.extensions?.['code'];
    // graphql-js stops checking a document that repeats fields past its work budget and says only
    // "Validation aborted."; say why, so the sender can fix the request.
    if (code === 'GRAPHQL_VALIDATION_FAILED' && formatted.message === 'Validation aborted.') {
      return {
        message: 'The query repeats the same fields too many times to be checked. Ask for each field once.',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      };
    }
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected GraphQL error');
    return {
      message: 'Something went wrong on our side. Your saved answers are safe; please try again in a moment.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
