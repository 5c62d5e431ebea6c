import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { WorkspaceRoleGql } from '../../graphql/enums.js';

@ObjectType('Member')
export class MemberGql {
  @Field(() => ID) userId: string;
  @Field(() => String) name: string;
  @Field(() => String) email: string;
  @Field(() => WorkspaceRoleGql) role: WorkspaceRoleGql;
  @Field(() => GraphQLDateTimeISO) joinedAt: Date;
}

@ObjectType('MemberInvitation', { description: 'A one-time link that adds a member.' })
export class MemberInvitationGql {
  @Field(() => ID) id: string;
  @Field(() => WorkspaceRoleGql) role: WorkspaceRoleGql;
  @Field(() => GraphQLDateTimeISO) createdAt: Date;
  @Field(() => GraphQLDateTimeISO) expiresAt: Date;
  @Field(() => String, { nullable: true }) createdByName: string | null;
  @Field(() => String, { nullable: true, description: 'Only in inviteMember’s answer: it is stored hashed.' }) token: string | null;
  @Field(() => String, { nullable: true, description: 'Only in inviteMember’s answer: the link to send.' }) url: string | null;
}

@ObjectType('MemberInvitationPreview', { description: 'What a join link offers, shown before accepting.' })
export class MemberInvitationPreviewGql {
  @Field(() => String) workspaceName: string;
  @Field(() => WorkspaceRoleGql) role: WorkspaceRoleGql;
  @Field(() => GraphQLDateTimeISO) expiresAt: Date;
}

@ObjectType('Workspace')
export class WorkspaceGql {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => WorkspaceRoleGql, { description: 'The signed-in user’s role here.' }) role: WorkspaceRoleGql;
}

@InputType('InviteMemberInput')
export class InviteMemberInput {
  @Field(() => ID) workspaceId: string;
  @Field(() => WorkspaceRoleGql, { description: 'CONSULTANT or VIEWER.' }) role: WorkspaceRoleGql;
}
