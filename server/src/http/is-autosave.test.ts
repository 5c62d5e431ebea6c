import { describe, expect, it } from 'vitest';
import { isAutosave } from './app.js';

describe('isAutosave', () => {
  it.each([
    [{ query: 'mutation SaveAnswers($token: String!, $answers: [AnswerInput!]!) { saveAnswers(token: $token, answers: $answers) { saved } }' }, true],
    [{ query: '  mutation {\n  saveAnswers(token: "t", answers: []) { saved } }' }, true],
    [{ query: 'mutation SubmitResponses($token: String!) { submitResponses(token: $token) { overallScore } }' }, false],
    [{ query: 'query { respondentSession(token: "t") { token } }' }, false],
    [{ query: '{ saveAnswers }' }, false],
    [{}, false],
    [undefined, false],
    ['mutation { saveAnswers }', false],
  ])('should treat %j as autosave: %s', (body, expected) => {
    expect(isAutosave(body)).toBe(expected);
  });
});
