import { createRequire } from 'node:module';
import type { RequestHandler } from 'express';
import type { ExecutionResult, GraphQLFormattedError, GraphQLSchema, ValidationRule } from 'graphql';
import { createHandler } from 'graphql-sse/lib/use/express';
import type { Logger } from 'pino';
import type { RequestContext } from '../graphql/context.type.js';
import { documentHasNul, nulPath } from '../graphql/reject-nul.plugin.js';

/**
 * graphql 16 has no "exports" map, so Node resolves it to its CommonJS build — the copy
 * type-graphql's schema and graphql-sse use. Parse and validate with that very copy: a second
 * one (a bundler or test runner may pick the ESM build for this file) refuses the schema.
 */
const { GraphQLError, parse, specifiedRules, validate } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

export const STREAM_PATH = '/graphql/stream';

/** graphql-sse's header and parameter of its "single connection" mode, which is not offered here. */
const RESERVATION_HEADER = 'x-graphql-event-stream-token';

export interface GraphqlStreamOptions {
  schema: GraphQLSchema;
  /** The same rules as /graphql (depth, cost, aliases). */
  validationRules: readonly ValidationRule[];
  /** The same context as /graphql: session cookie → actor, request facts. */
  context: (req: Parameters<RequestHandler>[0], res: Parameters<RequestHandler>[1]) => RequestContext;
  /** The same error formatter as /graphql: domain codes pass, the unexpected is masked. */
  formatError: (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;
  /** True once shutdown began: no new streams. */
  closing: () => boolean;
  logger: Logger;
}

/**
 * GraphQL subscriptions over Server-Sent Events (graphql-sse, "distinct connections mode": one
 * POST with `Accept: text/event-stream` per subscription). Queries and mutations stay on
 * /graphql; this endpoint takes subscriptions only.
 */
export function graphqlStream(options: GraphqlStreamOptions): RequestHandler {
  const rules = [...specifiedRules, ...options.validationRules];
  const handler = createHandler<RequestContext & Record<PropertyKey, unknown>>({
    schema: options.schema,
    validate: (schema, document) => validate(schema, document, rules),
    context: (req) => options.context(req.raw, req.context.res) as RequestContext & Record<PropertyKey, unknown>,
    onSubscribe: (_req, params) => {
      // Same limits as /graphql: a bounded parser and no NUL characters anywhere.
      const document = parse(params.query as string, { maxTokens: 1000 });
      const field = nulPath(params.variables ?? {}, '') ?? (documentHasNul(document) ? 'query' : null);
      if (field) return [JSON.stringify({ errors: [{ message: `The text in ${field} contains a NUL character (U+0000).`, extensions: { code: 'BAD_USER_INPUT', field } }] }), { status: 400, statusText: 'Bad Request', headers: { 'content-type': 'application/json; charset=utf-8' } }];
      const operation = document.definitions.find((d) => d.kind === 'OperationDefinition');
      if (operation?.kind === 'OperationDefinition' && operation.operation !== 'subscription') {
        return [JSON.stringify({ errors: [{ message: 'Only subscriptions are served here; send queries and mutations to /graphql.', extensions: { code: 'BAD_REQUEST' } }] }), { status: 400, statusText: 'Bad Request', headers: { 'content-type': 'application/json; charset=utf-8' } }];
      }
      return undefined;
    },
    onNext: (_ctx, _req, result) => formatResult(result as ExecutionResult, options.formatError),
  });
  return (req, res) => {
    if (options.closing()) {
      res.status(503).json({ errors: [{ message: 'The server is restarting; reconnect in a moment.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
      return;
    }
    if (req.headers[RESERVATION_HEADER] !== undefined || req.query.token !== undefined) {
      res.status(400).json({ errors: [{ message: 'Open one stream per subscription (distinct connections mode).', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    handler(req, res).catch((err: unknown) => {
      // A syntax error in onSubscribe's parse is the sender's; anything else is ours.
      if (err instanceof GraphQLError) {
        if (!res.headersSent) res.status(400).json({ errors: [{ message: err.message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }] });
        return;
      }
      options.logger.error({ err }, 'GraphQL event stream failed');
      if (!res.headersSent) res.status(500).json({ errors: [{ message: 'Something went wrong on our side.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
      else res.end();
    });
  };
}

/** Errors in an event go through the /graphql formatter: the same codes, nothing internal leaks. */
function formatResult(result: ExecutionResult, format: GraphqlStreamOptions['formatError']): ExecutionResult | void {
  if (!result.errors?.length) return undefined;
  // Sent as JSON: the formatted errors as they are.
  const errors = result.errors.map((error) => format(error.toJSON(), error));
  return { ...result, errors } as unknown as ExecutionResult;
}
