import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, type GraphQLEnumType, type GraphQLInputObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { createSchema } from './schema.js';

const committed = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');

describe('schema.graphql', () => {
  it('should match the schema the resolvers build (run `pnpm schema:emit` after changing the API)', async () => {
    const fresh = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'omcheck-schema-')), 'schema.graphql');
    await createSchema({ emitSchemaFile: fresh });
    expect(fs.readFileSync(fresh, 'utf8')).toBe(fs.readFileSync(committed, 'utf8'));
  });

  it('should keep the public contract names of DESIGN §6', () => {
    const schema = buildSchema(fs.readFileSync(committed, 'utf8'));
    const signature = (type: 'Query' | 'Mutation', field: string) => {
      const f = (type === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[field]!;
      const args = [...f.args].sort((a, b) => a.name.localeCompare(b.name));
      return `${field}(${args.map((a) => `${a.name}: ${String(a.type)}${a.defaultValue !== undefined ? ` = ${JSON.stringify(a.defaultValue)}` : ''}`).join(', ')}): ${String(f.type)}`;
    };
    expect(signature('Query', 'questionnaire')).toBe('questionnaire(key: String! = "om-health-check", locale: Locale = "EN", version: String): Questionnaire!');
    expect(signature('Query', 'respondentSession')).toBe('respondentSession(token: String!): RespondentSession!');
    expect(signature('Query', 'assessmentResult')).toBe('assessmentResult(locale: Locale, token: String!): AssessmentResult!');
    expect(signature('Mutation', 'startSelfAssessment')).toBe('startSelfAssessment(input: StartSelfAssessmentInput!): RespondentSession!');
    expect(signature('Mutation', 'saveAnswers')).toBe('saveAnswers(answers: [AnswerInput!]!, token: String!): SaveAnswersPayload!');
    expect(signature('Mutation', 'submitResponses')).toBe('submitResponses(locale: Locale, token: String!): AssessmentResult!');
    const locale = schema.getType('Locale') as GraphQLEnumType;
    expect(locale.getValues().map((v) => v.name)).toEqual(['EN', 'IT', 'NL', 'FA']);
    const role = schema.getType('RespondentRole') as GraphQLEnumType;
    expect(role.getValues().map((v) => v.name)).toEqual(['MANAGEMENT', 'SALES', 'OPERATIONS', 'MARKETING', 'CUSTOMER_CARE', 'PARTNER', 'OTHER']);
    const input = schema.getType('AnswerInput') as GraphQLInputObjectType;
    expect(Object.keys(input.getFields())).toEqual(['questionId', 'optionId', 'optionIds', 'text', 'comment']);
  });
});
