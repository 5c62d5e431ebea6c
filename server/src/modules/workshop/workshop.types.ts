import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { LocaleGql, RespondentRoleGql, RoleGroupGql, WorkshopStateGql } from '../../graphql/enums.js';
import { QuestionGql } from '../questionnaire/questionnaire.types.js';
import { DimensionResultGql } from '../result/result.types.js';

/** The optional `locale` of the phone's read and stream: the language it was switched to after joining. */
export const FOLLOW_LOCALE_DESCRIPTION = 'The language of the questions; the one the participant joined with when omitted.';

@ObjectType('WorkshopOptionCount')
export class WorkshopOptionCountGql {
  @Field(() => ID) optionId: string;
  @Field(() => Int) count: number;
}

@ObjectType('WorkshopRoleCount')
export class WorkshopRoleCountGql {
  @Field(() => RespondentRoleGql) role: RespondentRoleGql;
  @Field(() => Int) count: number;
}

@ObjectType('WorkshopRoleDistribution', { description: 'The votes of one role group (minimum group size applied).' })
export class WorkshopRoleDistributionGql {
  @Field(() => RoleGroupGql) group: RoleGroupGql;
  @Field(() => [RespondentRoleGql], { description: 'The roles in the group (several for POOLED).' }) roles: RespondentRoleGql[];
  @Field(() => Int) voteCount: number;
  @Field(() => [WorkshopOptionCountGql]) distribution: WorkshopOptionCountGql[];
}

@ObjectType('WorkshopSpread', { description: 'Spread of the level votes (n/a and don’t-know left out), levels 0–4.' })
export class WorkshopSpreadGql {
  @Field(() => Int) min: number;
  @Field(() => Int) max: number;
  @Field(() => Float) mean: number;
  @Field(() => Float, { description: 'Population standard deviation.' }) standardDeviation: number;
  @Field(() => Float, { description: 'Share (0–1) of all votes on the most chosen option.' }) agreement: number;
  @Field(() => Int) levelVoteCount: number;
}

@ObjectType('WorkshopQuestionState')
export class WorkshopQuestionStateGql {
  @Field(() => ID) questionId: string;
  @Field(() => Boolean) revealed: boolean;
  @Field(() => Int) voteCount: number;
  @Field(() => [WorkshopOptionCountGql], { nullable: true, description: 'Null until revealed; every option of the question, in order, zeros included.' })
  distribution: WorkshopOptionCountGql[] | null;
  @Field(() => [WorkshopRoleDistributionGql], { nullable: true, description: 'Null until revealed; minimum group size applied.' })
  distributionByRole: WorkshopRoleDistributionGql[] | null;
  @Field(() => [RespondentRoleGql], { description: 'Roles left out of distributionByRole (too few even pooled); empty until revealed.' })
  hiddenRoles: RespondentRoleGql[];
  @Field(() => WorkshopSpreadGql, { nullable: true, description: 'Null until revealed or with no level votes.' }) spread: WorkshopSpreadGql | null;
  @Field(() => ID, { nullable: true }) consensusOptionId: string | null;
  @Field(() => String, { nullable: true }) consensusNote: string | null;
}

@ObjectType('Workshop', { description: 'A live session in a room: anonymous votes from phones, the consensus recorded by the facilitator.' })
export class WorkshopGql {
  @Field(() => ID) id: string;
  @Field(() => String, { description: 'Still returned after the end (it no longer works).' }) code: string;
  @Field(() => String) url: string;
  @Field(() => WorkshopStateGql) state: WorkshopStateGql;
  @Field(() => ID, { nullable: true }) currentQuestionId: string | null;
  @Field(() => ID) assessmentId: string;
  @Field(() => String) assessmentTitle: string;
  @Field(() => LocaleGql, { description: 'The check-up’s language (facilitator screen default).' }) locale: LocaleGql;
  @Field(() => String, { description: 'QR code of `url` as a standalone <svg>.' }) qrCodeSvg: string;
  @Field(() => Int) participantCount: number;
  @Field(() => [WorkshopRoleCountGql], { description: 'Roles with at least one participant, role vocabulary order.' })
  participantsByRole: WorkshopRoleCountGql[];
  @Field(() => GraphQLDateTimeISO) startedAt: Date;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) endedAt: Date | null;
  @Field(() => [WorkshopQuestionStateGql], { description: 'The workshop questions in order.' }) questions: WorkshopQuestionStateGql[];
  @Field(() => Int) minGroupSize: number;
}

@ObjectType('WorkshopParticipant')
export class WorkshopParticipantGql {
  @Field(() => String, { description: 'The only way back; keep it on the phone.' }) token: string;
  @Field(() => ID) workshopId: string;
  @Field(() => RespondentRoleGql) role: RespondentRoleGql;
  @Field(() => LocaleGql) locale: LocaleGql;
}

@ObjectType('WorkshopFollowState', { description: 'What a participant’s phone shows; pushed by workshopFollow.' })
export class WorkshopFollowStateGql {
  @Field(() => ID) workshopId: string;
  @Field(() => WorkshopStateGql) state: WorkshopStateGql;
  @Field(() => RespondentRoleGql) role: RespondentRoleGql;
  @Field(() => QuestionGql, { nullable: true, description: 'In the participant’s language; null after the end.' }) currentQuestion: QuestionGql | null;
  @Field(() => Int, { nullable: true, description: '1-based position among the workshop questions.' }) questionNumber: number | null;
  @Field(() => Int) questionCount: number;
  @Field(() => Boolean, { description: 'Voting on the current question is closed.' }) revealed: boolean;
  @Field(() => Boolean, { description: 'False when the current question is not addressed to the participant’s role.' }) forMyRole: boolean;
  @Field(() => ID, { nullable: true, description: 'This participant’s vote on the current question.' }) myOptionId: string | null;
  @Field(() => ID, { nullable: true, description: 'Of the current question, once recorded.' }) consensusOptionId: string | null;
}

@ObjectType('ConsensusResult', { description: 'The consensus a workshop recorded, scored on its own (role restrictions do not apply).' })
export class ConsensusResultGql {
  @Field(() => ID) workshopId: string;
  @Field(() => Int, { description: 'Questions with a recorded consensus.' }) answeredCount: number;
  @Field(() => Float, { nullable: true }) overallScore: number | null;
  @Field(() => Int, { nullable: true }) maturityLevel: number | null;
  @Field(() => String, { nullable: true }) maturityLabel: string | null;
  @Field(() => [DimensionResultGql]) dimensions: DimensionResultGql[];
}
