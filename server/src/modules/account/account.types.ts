import { MaxLength } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { WorkspaceRoleGql } from '../../graphql/enums.js';

@ObjectType('User')
export class UserGql {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String) email: string;
}

@ObjectType('WorkspaceMembership', { description: 'A workspace the user belongs to; `id` is the workspace’s id.' })
export class WorkspaceMembershipGql {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => WorkspaceRoleGql) role: WorkspaceRoleGql;
}

@ObjectType('Viewer', { description: 'The signed-in user.' })
export class ViewerGql {
  @Field(() => UserGql) user: UserGql;
  @Field(() => [WorkspaceMembershipGql]) workspaces: WorkspaceMembershipGql[];
}

@InputType('SignUpInput')
export class SignUpInput {
  @Field(() => String) @MaxLength(200) name: string;
  @Field(() => String) @MaxLength(320) email: string;
  @Field(() => String, { description: 'At least 10 characters, not a common password.' }) @MaxLength(1000) password: string;
  @Field(() => String, { nullable: true, description: 'Required unless joining by invitation.' }) @MaxLength(500) workspaceName?: string | null;
  @Field(() => String, { nullable: true, description: 'A member invitation token: join that workspace instead of creating one.' })
  @MaxLength(200)
  invitationToken?: string | null;
}

@InputType('SignInInput')
export class SignInInput {
  @Field(() => String) @MaxLength(320) email: string;
  @Field(() => String) @MaxLength(1000) password: string;
}
