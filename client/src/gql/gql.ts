/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation StartSelfAssessment($input: StartSelfAssessmentInput!) {\n  startSelfAssessment(input: $input) {\n    token\n  }\n}": typeof types.StartSelfAssessmentDocument,
    "query RespondentSession($token: String!) {\n  respondentSession(token: $token) {\n    token\n    role\n    locale\n    organizationName\n    submittedAt\n    progress {\n      answered\n      total\n    }\n    answers {\n      questionId\n      optionId\n      optionIds\n      text\n      comment\n    }\n    questionnaire {\n      key\n      version\n    }\n  }\n}\n\nquery QuestionnaireContent($key: String!, $version: String, $locale: Locale) {\n  questionnaire(key: $key, version: $version, locale: $locale) {\n    key\n    version\n    locale\n    title\n    dimensions {\n      id\n      title\n      description\n      questions {\n        id\n        dimensionId\n        kind\n        prompt\n        help\n        roles\n        showIf\n        maxLength\n        options {\n          id\n          kind\n          label\n          score\n        }\n      }\n    }\n  }\n}\n\nmutation SaveAnswers($token: String!, $answers: [AnswerInput!]!) {\n  saveAnswers(token: $token, answers: $answers) {\n    saved\n    progress {\n      answered\n      total\n    }\n  }\n}": typeof types.RespondentSessionDocument,
    "query AssessmentResult($token: String!, $locale: Locale) {\n  assessmentResult(token: $token, locale: $locale) {\n    assessmentId\n    overallScore\n    maturityLevel\n    maturityLabel\n    holismIndex\n    customerFocusStage\n    customerFocusStageLabel\n    customerFocusThreshold\n    customerFocusLadder {\n      stage\n      label\n      score\n      reached\n    }\n    linkageScore\n    scoredAt\n    dimensions {\n      dimensionId\n      title\n      description\n      weight\n      score\n      coverage\n      insufficientData\n      weakestQuestions {\n        questionId\n        prompt\n        score\n      }\n    }\n    flags {\n      id\n      severity\n      message\n    }\n    knowledgeGaps {\n      questionId\n      dimensionId\n      prompt\n    }\n    recommendations {\n      id\n      dimensionId\n      title\n      body\n      steps\n      priority\n      horizon\n      status\n      active\n      seeds\n      evidence {\n        kind\n        ref\n        value\n        subject\n      }\n    }\n  }\n}": typeof types.AssessmentResultDocument,
    "mutation SubmitResponses($token: String!, $locale: Locale) {\n  submitResponses(token: $token, locale: $locale) {\n    assessmentId\n  }\n}": typeof types.SubmitResponsesDocument,
};
const documents: Documents = {
    "mutation StartSelfAssessment($input: StartSelfAssessmentInput!) {\n  startSelfAssessment(input: $input) {\n    token\n  }\n}": types.StartSelfAssessmentDocument,
    "query RespondentSession($token: String!) {\n  respondentSession(token: $token) {\n    token\n    role\n    locale\n    organizationName\n    submittedAt\n    progress {\n      answered\n      total\n    }\n    answers {\n      questionId\n      optionId\n      optionIds\n      text\n      comment\n    }\n    questionnaire {\n      key\n      version\n    }\n  }\n}\n\nquery QuestionnaireContent($key: String!, $version: String, $locale: Locale) {\n  questionnaire(key: $key, version: $version, locale: $locale) {\n    key\n    version\n    locale\n    title\n    dimensions {\n      id\n      title\n      description\n      questions {\n        id\n        dimensionId\n        kind\n        prompt\n        help\n        roles\n        showIf\n        maxLength\n        options {\n          id\n          kind\n          label\n          score\n        }\n      }\n    }\n  }\n}\n\nmutation SaveAnswers($token: String!, $answers: [AnswerInput!]!) {\n  saveAnswers(token: $token, answers: $answers) {\n    saved\n    progress {\n      answered\n      total\n    }\n  }\n}": types.RespondentSessionDocument,
    "query AssessmentResult($token: String!, $locale: Locale) {\n  assessmentResult(token: $token, locale: $locale) {\n    assessmentId\n    overallScore\n    maturityLevel\n    maturityLabel\n    holismIndex\n    customerFocusStage\n    customerFocusStageLabel\n    customerFocusThreshold\n    customerFocusLadder {\n      stage\n      label\n      score\n      reached\n    }\n    linkageScore\n    scoredAt\n    dimensions {\n      dimensionId\n      title\n      description\n      weight\n      score\n      coverage\n      insufficientData\n      weakestQuestions {\n        questionId\n        prompt\n        score\n      }\n    }\n    flags {\n      id\n      severity\n      message\n    }\n    knowledgeGaps {\n      questionId\n      dimensionId\n      prompt\n    }\n    recommendations {\n      id\n      dimensionId\n      title\n      body\n      steps\n      priority\n      horizon\n      status\n      active\n      seeds\n      evidence {\n        kind\n        ref\n        value\n        subject\n      }\n    }\n  }\n}": types.AssessmentResultDocument,
    "mutation SubmitResponses($token: String!, $locale: Locale) {\n  submitResponses(token: $token, locale: $locale) {\n    assessmentId\n  }\n}": types.SubmitResponsesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StartSelfAssessment($input: StartSelfAssessmentInput!) {\n  startSelfAssessment(input: $input) {\n    token\n  }\n}"): (typeof documents)["mutation StartSelfAssessment($input: StartSelfAssessmentInput!) {\n  startSelfAssessment(input: $input) {\n    token\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RespondentSession($token: String!) {\n  respondentSession(token: $token) {\n    token\n    role\n    locale\n    organizationName\n    submittedAt\n    progress {\n      answered\n      total\n    }\n    answers {\n      questionId\n      optionId\n      optionIds\n      text\n      comment\n    }\n    questionnaire {\n      key\n      version\n    }\n  }\n}\n\nquery QuestionnaireContent($key: String!, $version: String, $locale: Locale) {\n  questionnaire(key: $key, version: $version, locale: $locale) {\n    key\n    version\n    locale\n    title\n    dimensions {\n      id\n      title\n      description\n      questions {\n        id\n        dimensionId\n        kind\n        prompt\n        help\n        roles\n        showIf\n        maxLength\n        options {\n          id\n          kind\n          label\n          score\n        }\n      }\n    }\n  }\n}\n\nmutation SaveAnswers($token: String!, $answers: [AnswerInput!]!) {\n  saveAnswers(token: $token, answers: $answers) {\n    saved\n    progress {\n      answered\n      total\n    }\n  }\n}"): (typeof documents)["query RespondentSession($token: String!) {\n  respondentSession(token: $token) {\n    token\n    role\n    locale\n    organizationName\n    submittedAt\n    progress {\n      answered\n      total\n    }\n    answers {\n      questionId\n      optionId\n      optionIds\n      text\n      comment\n    }\n    questionnaire {\n      key\n      version\n    }\n  }\n}\n\nquery QuestionnaireContent($key: String!, $version: String, $locale: Locale) {\n  questionnaire(key: $key, version: $version, locale: $locale) {\n    key\n    version\n    locale\n    title\n    dimensions {\n      id\n      title\n      description\n      questions {\n        id\n        dimensionId\n        kind\n        prompt\n        help\n        roles\n        showIf\n        maxLength\n        options {\n          id\n          kind\n          label\n          score\n        }\n      }\n    }\n  }\n}\n\nmutation SaveAnswers($token: String!, $answers: [AnswerInput!]!) {\n  saveAnswers(token: $token, answers: $answers) {\n    saved\n    progress {\n      answered\n      total\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssessmentResult($token: String!, $locale: Locale) {\n  assessmentResult(token: $token, locale: $locale) {\n    assessmentId\n    overallScore\n    maturityLevel\n    maturityLabel\n    holismIndex\n    customerFocusStage\n    customerFocusStageLabel\n    customerFocusThreshold\n    customerFocusLadder {\n      stage\n      label\n      score\n      reached\n    }\n    linkageScore\n    scoredAt\n    dimensions {\n      dimensionId\n      title\n      description\n      weight\n      score\n      coverage\n      insufficientData\n      weakestQuestions {\n        questionId\n        prompt\n        score\n      }\n    }\n    flags {\n      id\n      severity\n      message\n    }\n    knowledgeGaps {\n      questionId\n      dimensionId\n      prompt\n    }\n    recommendations {\n      id\n      dimensionId\n      title\n      body\n      steps\n      priority\n      horizon\n      status\n      active\n      seeds\n      evidence {\n        kind\n        ref\n        value\n        subject\n      }\n    }\n  }\n}"): (typeof documents)["query AssessmentResult($token: String!, $locale: Locale) {\n  assessmentResult(token: $token, locale: $locale) {\n    assessmentId\n    overallScore\n    maturityLevel\n    maturityLabel\n    holismIndex\n    customerFocusStage\n    customerFocusStageLabel\n    customerFocusThreshold\n    customerFocusLadder {\n      stage\n      label\n      score\n      reached\n    }\n    linkageScore\n    scoredAt\n    dimensions {\n      dimensionId\n      title\n      description\n      weight\n      score\n      coverage\n      insufficientData\n      weakestQuestions {\n        questionId\n        prompt\n        score\n      }\n    }\n    flags {\n      id\n      severity\n      message\n    }\n    knowledgeGaps {\n      questionId\n      dimensionId\n      prompt\n    }\n    recommendations {\n      id\n      dimensionId\n      title\n      body\n      steps\n      priority\n      horizon\n      status\n      active\n      seeds\n      evidence {\n        kind\n        ref\n        value\n        subject\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitResponses($token: String!, $locale: Locale) {\n  submitResponses(token: $token, locale: $locale) {\n    assessmentId\n  }\n}"): (typeof documents)["mutation SubmitResponses($token: String!, $locale: Locale) {\n  submitResponses(token: $token, locale: $locale) {\n    assessmentId\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;