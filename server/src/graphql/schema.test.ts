import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, type GraphQLEnumType, type GraphQLResolveInfo, type GraphQLInputObjectType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
// First: the schema registers its resolvers, in the order schema.graphql is written in.
import { createSchema } from './schema.js';
import { AnswerResolver } from '../modules/answer/answer.resolver.js';
import { SaveAnswersPayload } from '../modules/answer/answer.types.js';
import type { RequestContext } from './context.type.js';

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

  it('should keep the consultant workspace contract names of issue 6', () => {
    const schema = buildSchema(fs.readFileSync(committed, 'utf8'));
    const signature = (type: 'Query' | 'Mutation', field: string) => {
      const f = (type === 'Query' ? schema.getQueryType() : schema.getMutationType())!.getFields()[field]!;
      const args = [...f.args].sort((a, b) => a.name.localeCompare(b.name));
      return `${field}(${args.map((a) => `${a.name}: ${String(a.type)}`).join(', ')}): ${String(f.type)}`;
    };
    const fieldsOf = (name: string) => Object.keys((schema.getType(name) as GraphQLObjectType | GraphQLInputObjectType).getFields());
    expect(signature('Query', 'viewer')).toBe('viewer(): Viewer');
    expect(signature('Query', 'organizations')).toBe(
      'organizations(after: String, first: Int, includeArchived: Boolean!, search: String, workspaceId: ID!): OrganizationConnection!',
    );
    expect(signature('Query', 'organization')).toBe('organization(id: ID!): Organization!');
    expect(signature('Query', 'assessment')).toBe('assessment(id: ID!): Assessment!');
    expect(signature('Mutation', 'signUp')).toBe('signUp(input: SignUpInput!): Viewer!');
    expect(signature('Mutation', 'signIn')).toBe('signIn(input: SignInInput!): Viewer!');
    expect(signature('Mutation', 'signOut')).toBe('signOut(): Boolean!');
    expect(signature('Mutation', 'createOrganization')).toBe('createOrganization(input: CreateOrganizationInput!): Organization!');
    expect(signature('Mutation', 'createAssessment')).toBe('createAssessment(input: CreateAssessmentInput!): Assessment!');
    expect(signature('Mutation', 'inviteRespondent')).toBe('inviteRespondent(input: InviteRespondentInput!): Invitation!');
    expect(signature('Mutation', 'revokeInvitation')).toBe('revokeInvitation(id: ID!): Invitation!');
    expect(signature('Mutation', 'closeAssessment')).toBe('closeAssessment(id: ID!): Assessment!');
    expect(fieldsOf('SignUpInput')).toEqual(expect.arrayContaining(['name', 'email', 'password', 'workspaceName']));
    expect(fieldsOf('SignInInput')).toEqual(['email', 'password']);
    expect(fieldsOf('CreateOrganizationInput')).toEqual(expect.arrayContaining(['workspaceId', 'name', 'industry', 'size']));
    expect(fieldsOf('CreateAssessmentInput')).toEqual(expect.arrayContaining(['organizationId', 'title', 'locale']));
    expect(fieldsOf('InviteRespondentInput')).toEqual(expect.arrayContaining(['assessmentId', 'role', 'label', 'locale']));
    expect(fieldsOf('Viewer')).toEqual(['user', 'workspaces']);
    expect(fieldsOf('User')).toEqual(['id', 'name', 'email']);
    expect(fieldsOf('WorkspaceMembership')).toEqual(['id', 'name', 'role']);
    expect(fieldsOf('OrganizationConnection')).toEqual(['nodes', 'pageInfo', 'totalCount']);
    expect(fieldsOf('PageInfo')).toEqual(['hasNextPage', 'endCursor']);
    expect(fieldsOf('Assessment')).toEqual(expect.arrayContaining(['id', 'title', 'status', 'organization', 'respondents', 'result']));
    expect(fieldsOf('Respondent')).toEqual(expect.arrayContaining(['id', 'role', 'label', 'progress', 'submittedAt']));
    expect(fieldsOf('Invitation')).toEqual(expect.arrayContaining(['id', 'role', 'label', 'token', 'url']));
    const result = schema.getType('Assessment') as GraphQLObjectType;
    expect(result.getFields()['result']!.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(['locale: Locale']);
    expect((schema.getType('WorkspaceRole') as GraphQLEnumType).getValues().map((v) => v.name)).toEqual(['OWNER', 'CONSULTANT', 'VIEWER']);
  });

  it('should keep the team-results contract names of issue 8', () => {
    const schema = buildSchema(fs.readFileSync(committed, 'utf8'));
    const mutation = (name: string) => {
      const f = schema.getMutationType()!.getFields()[name]!;
      return `${name}(${f.args.map((a) => `${a.name}: ${String(a.type)}`).join(', ')}): ${String(f.type)}`;
    };
    const fieldTypes = (name: string) =>
      Object.fromEntries(Object.entries((schema.getType(name) as GraphQLObjectType).getFields()).map(([k, v]) => [k, String(v.type)]));
    const inputFields = (name: string) => Object.keys((schema.getType(name) as GraphQLInputObjectType).getFields());
    expect(fieldTypes('AssessmentResult')).toMatchObject({
      perceptionGaps: '[PerceptionGap!]!', roleGroups: '[RoleGroupResult!]!', relationshipModel: 'RelationshipModel',
    });
    expect(Object.keys(fieldTypes('PerceptionGap'))).toEqual(['dimensionId', 'questionId', 'roleA', 'roleB', 'scoreA', 'scoreB', 'gap']);
    expect(fieldTypes('RoleGroupResult')).toMatchObject({ respondentCount: 'Int!', dimensions: '[RoleGroupDimension!]!' });
    expect(Object.keys(fieldTypes('RelationshipModel'))).toEqual(expect.arrayContaining(['current', 'desired', 'evidence']));
    expect((schema.getType('RelationshipModelKind') as GraphQLEnumType).getValues().map((v) => v.name)).toEqual([
      'TRANSACTIONAL', 'PREFERRED_SUPPLIER', 'OUTCOME_BASED', 'STRATEGIC_PARTNERSHIP',
    ]);
    expect(mutation('setAssessmentSettings')).toBe('setAssessmentSettings(input: AssessmentSettingsInput!): Assessment!');
    expect(mutation('updateRecommendation')).toBe('updateRecommendation(input: UpdateRecommendationInput!): Recommendation!');
    expect(mutation('addRecommendation')).toBe('addRecommendation(input: AddRecommendationInput!): Recommendation!');
    expect(mutation('addActionItem')).toBe('addActionItem(input: AddActionItemInput!): ActionItem!');
    expect(mutation('updateActionItem')).toBe('updateActionItem(input: UpdateActionItemInput!): ActionItem!');
    expect(inputFields('AssessmentSettingsInput')).toEqual(['assessmentId', 'minGroupSize', 'desiredRelationshipModel', 'targets']);
    expect(inputFields('UpdateRecommendationInput')).toEqual(['id', 'title', 'body', 'status', 'dismissReason']);
    expect(inputFields('AddRecommendationInput')).toEqual(['assessmentId', 'dimensionId', 'title', 'body', 'horizon']);
    expect(inputFields('AddActionItemInput')).toEqual(['recommendationId', 'title', 'owner', 'dueDate']);
    expect(inputFields('UpdateActionItemInput')).toEqual(['id', 'title', 'owner', 'dueDate', 'status']);
    expect(inputFields('StartSelfAssessmentInput')).toContain('desiredRelationshipModel');
    expect(fieldTypes('Recommendation')).toMatchObject({ actionItems: '[ActionItem!]!', active: 'Boolean!' });
    expect(Object.keys(fieldTypes('ActionItem'))).toEqual(['id', 'title', 'owner', 'dueDate', 'status']);
  });
});

describe('the autosave resolver', () => {
  it('should receive its arguments as graphql-js coerced them, not copied answer by answer', async () => {
    const schema = await createSchema();
    const payload = Object.assign(new SaveAnswersPayload(), { saved: 1, progress: { answered: 1, total: 53 }, answers: [] });
    const saveAnswers = vi.spyOn(AnswerResolver.prototype, 'saveAnswers').mockResolvedValue(payload);
    try {
      const field = schema.getMutationType()!.getFields()['saveAnswers']!;
      const answers = [{ questionId: 'q1', optionId: 'l2' }];
      const context = {} as RequestContext;
      const info = {} as GraphQLResolveInfo;
      await expect(field.resolve!(undefined, { token: 'token-1', answers }, context, info)).resolves.toBe(payload);
      expect(saveAnswers).toHaveBeenCalledTimes(1);
      const [passedContext, token, passedAnswers, passedInfo] = saveAnswers.mock.calls[0]!;
      expect(passedContext).toBe(context);
      expect(token).toBe('token-1');
      // type-graphql copies each answer into an AnswerInput instance on every call.
      expect(passedAnswers).toBe(answers);
      expect(passedInfo).toBe(info);
    } finally {
      saveAnswers.mockRestore();
    }
  });
});
