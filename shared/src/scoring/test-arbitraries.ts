// Test support: fast-check arbitraries for answers to any questionnaire.
import fc from 'fast-check';
import type { AnswerValue, RespondentAnswers } from '../domain/answer.js';
import type { Question, Questionnaire } from '../domain/questionnaire.schema.js';
import { RESPONDENT_ROLES } from '../domain/vocabulary.js';
import { questionsInOrder } from '../domain/question-index.js';
import { questionOptions } from '../domain/options.js';

/** A possible answer to `question` (valid), or no answer. */
export function answerArbitrary(question: Question): fc.Arbitrary<AnswerValue | undefined> {
  const questionId = question.id;
  const ids = questionOptions(question).map((o) => o.id);
  const answer: fc.Arbitrary<AnswerValue> = question.kind === 'multi'
    ? fc.subarray(ids, { minLength: 1 }).map((optionIds) => ({ questionId, optionIds }))
    : question.kind === 'text'
      ? fc.string({ minLength: 1, maxLength: 10 }).map((t) => ({ questionId, text: t }))
      : fc.constantFrom(...ids).map((optionId) => ({ questionId, optionId }));
  return fc.option(answer, { nil: undefined, freq: 6 });
}

/** One respondent with a random role and random answers to the questionnaire. */
export function respondentArbitrary(questionnaire: Questionnaire, id = 'r'): fc.Arbitrary<RespondentAnswers> {
  const questions = questionsInOrder(questionnaire).map((e) => e.question);
  return fc.tuple(fc.constantFrom(...RESPONDENT_ROLES), fc.tuple(...questions.map(answerArbitrary))).map(([role, answers]) => ({
    respondentId: id,
    role,
    answers: new Map(answers.filter((a): a is AnswerValue => a !== undefined).map((a) => [a.questionId, a])),
  }));
}

/** 1…`max` respondents with distinct ids. */
export function respondentsArbitrary(questionnaire: Questionnaire, max = 4): fc.Arbitrary<RespondentAnswers[]> {
  return fc.integer({ min: 1, max }).chain((n) =>
    fc.tuple(...Array.from({ length: n }, (_, i) => respondentArbitrary(questionnaire, `r${i}`))));
}

/** A copy of the respondents with one answer replaced (or removed when `answer` is undefined). */
export function withAnswer(
  respondents: readonly RespondentAnswers[],
  index: number,
  questionId: string,
  answer: Omit<AnswerValue, 'questionId'> | undefined,
): RespondentAnswers[] {
  return respondents.map((r, i) => {
    if (i !== index) return r;
    const answers = new Map(r.answers);
    if (answer) answers.set(questionId, { questionId, ...answer });
    else answers.delete(questionId);
    return { ...r, answers };
  });
}
