import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { QuestionnaireResolver } from '../modules/questionnaire/questionnaire.resolver.js';
import { RespondentResolver } from '../modules/respondent/respondent.resolver.js';
import './enums.js';

export const RESOLVERS = [QuestionnaireResolver, RespondentResolver] as const;

/** Builds the executable schema; `emitSchemaFile` writes the SDL (the committed `schema.graphql`). */
export function createSchema(options: { emitSchemaFile?: string } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS],
    // type-graphql 2 validates nothing unless asked to.
    validate: { forbidUnknownValues: false },
    emitSchemaFile: options.emitSchemaFile ? { path: options.emitSchemaFile, sortedSchema: false } : false,
  });
}
