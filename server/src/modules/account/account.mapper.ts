import type { WorkspaceRoleGql } from '../../graphql/enums.js';
import type { Membership } from '../workspace/workspace.repository.js';
import type { ViewerView } from './account.service.js';
import { UserGql, ViewerGql, WorkspaceMembershipGql } from './account.types.js';

export function toMembershipGql(membership: Membership): WorkspaceMembershipGql {
  return Object.assign(new WorkspaceMembershipGql(), {
    id: membership.workspaceId,
    name: membership.workspaceName,
    role: membership.role as WorkspaceRoleGql,
  });
}

export function toViewerGql(view: ViewerView): ViewerGql {
  return Object.assign(new ViewerGql(), {
    user: Object.assign(new UserGql(), view.user),
    workspaces: view.workspaces.map(toMembershipGql),
  });
}
