import type { WorkspaceRoleGql } from '../../graphql/enums.js';
import type { MemberInvitationView } from './workspace.service.js';
import { MemberInvitationGql } from './workspace.types.js';

/** The join link is only built when the token is at hand, right after the invitation was made. */
export function toMemberInvitationGql(view: MemberInvitationView, origin: string): MemberInvitationGql {
  return Object.assign(new MemberInvitationGql(), {
    ...view,
    role: view.role as WorkspaceRoleGql,
    url: view.token ? `${origin}/join/${view.token}` : null,
  });
}
