import type { RespondentRoleGql } from '../../graphql/enums.js';
import { toLocaleGql } from '../../graphql/locale.mapping.js';
import type { InvitationView } from './invitation.service.js';
import { InvitationGql } from './invitation.types.js';

/** An invitation; its link only while the token is known (right after it was made). */
export function toInvitationGql(view: InvitationView, origin: string): InvitationGql {
  return Object.assign(new InvitationGql(), {
    ...view,
    role: view.role as RespondentRoleGql,
    locale: toLocaleGql(view.locale),
    url: view.token ? `${origin}/r/${view.token}` : null,
  });
}
