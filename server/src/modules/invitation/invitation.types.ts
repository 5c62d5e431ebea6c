import { MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { LocaleGql, RespondentRoleGql } from '../../graphql/enums.js';

@ObjectType('Invitation', { description: 'A respondent’s private link; `id` is the respondent’s id.' })
export class InvitationGql {
  @Field(() => ID) id: string;
  @Field(() => RespondentRoleGql) role: RespondentRoleGql;
  @Field(() => String, { nullable: true }) label: string | null;
  @Field(() => LocaleGql) locale: LocaleGql;
  @Field(() => String, { nullable: true, description: 'Only when the invitation is made: it is stored hashed.' }) token: string | null;
  @Field(() => String, { nullable: true, description: 'Only when the invitation is made: the private link to send.' }) url: string | null;
}

@InputType('InviteRespondentInput')
export class InviteRespondentInput {
  @Field(() => ID) assessmentId: string;
  @Field(() => RespondentRoleGql) role: RespondentRoleGql;
  @Field(() => String, { nullable: true, description: 'A name or function; seen only inside the workspace.' }) @MaxLength(1000)
  label?: string | null;
  @Field(() => LocaleGql, { nullable: true, description: 'The check-up’s language when omitted.' }) locale?: LocaleGql | null;
}

@InputType('InviteRespondentsInput', { description: 'Several people of one role at once: one invitation per label.' })
export class InviteRespondentsInput {
  @Field(() => ID) assessmentId: string;
  @Field(() => RespondentRoleGql) role: RespondentRoleGql;
  @Field(() => LocaleGql, { nullable: true, description: 'The check-up’s language when omitted.' }) locale?: LocaleGql | null;
  @Field(() => [String], { description: '1–50 entries; an empty string means no label.' }) labels: string[];
}
