/** Issue 11's history operations, as the console and outside clients write them. */

const DELTA = /* GraphQL */ `
  assessmentId overallDelta title scoredAt previousOverallScore previousQuestionnaireVersion sameQuestionnaireVersion
  addedDimensionIds removedDimensionIds
  dimensions { dimensionId delta title previousScore score }
  doneRecommendations { recommendationId title dimensionId dimensionTitle dimensionDelta }`;

export const START_NEXT_ASSESSMENT = /* GraphQL */ `
  mutation StartNextAssessment($organizationId: ID!) {
    startNextAssessment(organizationId: $organizationId) {
      id title status locale questionnaireKey questionnaireVersion minGroupSize desiredRelationshipModel targets { dimensionId score }
      organization { id }
      newInvitations { id role label locale token url }
      respondents { id role label locale revoked }
    }
  }`;

export const ORGANIZATION_HISTORY = /* GraphQL */ `
  query OrganizationHistory($id: ID!) { organization(id: $id) { id history { id title createdAt overallScore } } }`;

export const RESULT_WITH_PREVIOUS = /* GraphQL */ `
  query ResultWithPrevious($id: ID!, $locale: Locale) {
    assessment(id: $id) { id result(locale: $locale) { assessmentId overallScore dimensions { dimensionId score } previous { ${DELTA} } } }
  }`;

export const RESULT_WITHOUT_PREVIOUS = /* GraphQL */ `
  query ResultWithoutPrevious($id: ID!) { assessment(id: $id) { id result { assessmentId overallScore dimensions { dimensionId score } } } }`;

export const TOKEN_RESULT_WITH_PREVIOUS = /* GraphQL */ `
  query TokenResultWithPrevious($token: String!) { assessmentResult(token: $token) { assessmentId overallScore previous { ${DELTA} } } }`;

export const START_FOLLOW_UP = /* GraphQL */ `
  mutation StartFollowUp($token: String!) {
    startFollowUpSelfAssessment(token: $token) {
      token assessmentId respondentId role locale organizationName invited submittedAt
      progress { answered total }
      answers { questionId optionId optionIds text comment }
      questionnaire { key version }
    }
  }`;

export const REPORT_MODEL = /* GraphQL */ `query ReportModel($id: ID!) { assessment(id: $id) { id report } }`;

/** The answer a delta field gives, for typing responses in tests. */
export interface DeltaView {
  assessmentId: string;
  overallDelta: number | null;
  title: string;
  scoredAt: string;
  previousOverallScore: number | null;
  previousQuestionnaireVersion: string;
  sameQuestionnaireVersion: boolean;
  addedDimensionIds: string[];
  removedDimensionIds: string[];
  dimensions: Array<{ dimensionId: string; delta: number | null; title: string; previousScore: number | null; score: number | null }>;
  doneRecommendations: Array<{ recommendationId: string; title: string; dimensionId: string | null; dimensionTitle: string | null; dimensionDelta: number | null }>;
}
