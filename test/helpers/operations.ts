/** The public contract's operations, as external clients write them (DESIGN §6 names). */
export const START = /* GraphQL */ `
  mutation Start($input: StartSelfAssessmentInput!) {
    startSelfAssessment(input: $input) {
      token assessmentId respondentId role locale organizationName
      progress { answered total }
      answers { questionId optionId optionIds text comment }
      questionnaire { key version dimensions { id questions { id kind options { id score } } } }
    }
  }`;

export const SESSION = /* GraphQL */ `
  query Session($token: String!) {
    respondentSession(token: $token) {
      token assessmentId role locale submittedAt
      progress { answered total }
      answers { questionId optionId optionIds text comment }
    }
  }`;

export const SAVE = /* GraphQL */ `
  mutation Save($token: String!, $answers: [AnswerInput!]!) {
    saveAnswers(token: $token, answers: $answers) {
      saved
      progress { answered total }
      answers { questionId optionId optionIds text comment }
    }
  }`;

export const SUBMIT = /* GraphQL */ `
  mutation Submit($token: String!) {
    submitResponses(token: $token) {
      assessmentId overallScore maturityLevel maturityLabel holismIndex customerFocusStage
      dimensions { dimensionId score coverage }
      flags { id severity message }
      recommendations { id ruleId dimensionId title body priority horizon status seeds }
    }
  }`;

export const RESULT = /* GraphQL */ `
  query Result($token: String!, $locale: Locale) {
    assessmentResult(token: $token, locale: $locale) {
      assessmentId overallScore maturityLevel maturityLabel holismIndex customerFocusStage customerFocusThreshold
      customerFocusLadder { stage label score reached }
      dimensions { dimensionId score coverage weakestQuestions { questionId prompt score } }
      flags { id severity message }
      recommendations { id ruleId dimensionId title body priority horizon status seeds evidence { kind ref value subject } }
    }
  }`;

export interface StartedSession {
  token: string;
  assessmentId: string;
  respondentId: string;
  progress: { answered: number; total: number };
  questionnaire: {
    key: string;
    version: string;
    dimensions: Array<{ id: string; questions: Array<{ id: string; kind: string; options: Array<{ id: string; score: number | null }> }> }>;
  };
}

export interface AnswerState {
  questionId: string;
  optionId: string | null;
  optionIds: string[] | null;
  text: string | null;
  comment: string | null;
}
