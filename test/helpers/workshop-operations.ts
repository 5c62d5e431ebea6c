/** GraphQL operations of workshop mode, as the web client sends them. */
export const QUESTION_STATE_FIELDS = /* GraphQL */ `
  questionId revealed voteCount
  distribution { optionId count }
  distributionByRole { group roles voteCount distribution { optionId count } }
  hiddenRoles
  spread { min max mean standardDeviation agreement levelVoteCount }
  consensusOptionId consensusNote`;

export const WORKSHOP_FIELDS = /* GraphQL */ `
  id code url state currentQuestionId assessmentId assessmentTitle locale participantCount
  participantsByRole { role count } startedAt endedAt minGroupSize
  questions { ${QUESTION_STATE_FIELDS} }`;

export const START_WORKSHOP = /* GraphQL */ `mutation StartWorkshop($assessmentId: ID!) { startWorkshop(assessmentId: $assessmentId) { ${WORKSHOP_FIELDS} } }`;
export const WORKSHOP = /* GraphQL */ `query Workshop($id: ID!) { workshop(id: $id) { ${WORKSHOP_FIELDS} qrCodeSvg } }`;
export const WORKSHOP_FOR_ASSESSMENT = /* GraphQL */ `query WorkshopForAssessment($assessmentId: ID!) { workshopForAssessment(assessmentId: $assessmentId) { id state code } }`;
export const JOIN_WORKSHOP = /* GraphQL */ `
  mutation JoinWorkshop($code: String!, $role: RespondentRole!, $locale: Locale) {
    joinWorkshop(code: $code, role: $role, locale: $locale) { token workshopId role locale }
  }`;
export const CAST_VOTE = /* GraphQL */ `
  mutation CastVote($token: String!, $questionId: ID!, $optionId: ID!) { castVote(token: $token, questionId: $questionId, optionId: $optionId) }`;
export const REVEAL_QUESTION = /* GraphQL */ `
  mutation RevealQuestion($workshopId: ID!, $questionId: ID!) { revealQuestion(workshopId: $workshopId, questionId: $questionId) { ${QUESTION_STATE_FIELDS} } }`;
export const RECORD_CONSENSUS = /* GraphQL */ `
  mutation RecordConsensus($workshopId: ID!, $questionId: ID!, $optionId: ID!, $note: String) {
    recordConsensus(workshopId: $workshopId, questionId: $questionId, optionId: $optionId, note: $note) { ${QUESTION_STATE_FIELDS} }
  }`;
export const SET_WORKSHOP_QUESTION = /* GraphQL */ `
  mutation SetWorkshopQuestion($workshopId: ID!, $questionId: ID!) { setWorkshopQuestion(workshopId: $workshopId, questionId: $questionId) { id currentQuestionId } }`;
export const END_WORKSHOP = /* GraphQL */ `mutation EndWorkshop($workshopId: ID!) { endWorkshop(workshopId: $workshopId) { ${WORKSHOP_FIELDS} } }`;
export const FOLLOW_FIELDS = /* GraphQL */ `
  workshopId state role questionNumber questionCount revealed forMyRole myOptionId consensusOptionId
  currentQuestion { id kind prompt roles options { id kind score label } }`;
export const WORKSHOP_PARTICIPANT = /* GraphQL */ `query WorkshopParticipant($token: String!, $locale: Locale) { workshopParticipant(token: $token, locale: $locale) { ${FOLLOW_FIELDS} } }`;
export const WORKSHOP_UPDATED = /* GraphQL */ `subscription WorkshopUpdated($workshopId: ID!) { workshopUpdated(workshopId: $workshopId) { ${WORKSHOP_FIELDS} } }`;
export const WORKSHOP_FOLLOW = /* GraphQL */ `subscription WorkshopFollow($token: String!, $locale: Locale) { workshopFollow(token: $token, locale: $locale) { ${FOLLOW_FIELDS} } }`;

export interface QuestionState {
  questionId: string;
  revealed: boolean;
  voteCount: number;
  distribution: Array<{ optionId: string; count: number }> | null;
  distributionByRole: Array<{ group: string; roles: string[]; voteCount: number; distribution: Array<{ optionId: string; count: number }> }> | null;
  hiddenRoles: string[];
  spread: { min: number; max: number; mean: number; standardDeviation: number; agreement: number; levelVoteCount: number } | null;
  consensusOptionId: string | null;
  consensusNote: string | null;
}

export interface Workshop {
  id: string;
  code: string;
  url: string;
  state: 'ACTIVE' | 'ENDED';
  currentQuestionId: string | null;
  assessmentId: string;
  assessmentTitle: string;
  locale: string;
  participantCount: number;
  participantsByRole: Array<{ role: string; count: number }>;
  startedAt: string;
  endedAt: string | null;
  minGroupSize: number;
  questions: QuestionState[];
  qrCodeSvg?: string;
}

export interface FollowState {
  workshopId: string;
  state: string;
  role: string;
  questionNumber: number | null;
  questionCount: number;
  revealed: boolean;
  forMyRole: boolean;
  myOptionId: string | null;
  consensusOptionId: string | null;
  currentQuestion: { id: string; kind: string; prompt: string; roles: string[]; options: Array<{ id: string; kind: string; score: number | null; label: string }> } | null;
}
