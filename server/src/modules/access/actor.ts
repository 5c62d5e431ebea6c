import type { WorkspaceRole } from '@omcheck/shared';

/** The signed-in user behind a request, with every workspace they belong to. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  sessionId: string;
  /** workspace id → role; the only source of what this user may see. */
  memberships: ReadonlyMap<string, WorkspaceRole>;
}

/** The workspace ids an actor may look in: what every scoped repository read takes. */
export function workspaceIdsOf(actor: Actor): string[] {
  return [...actor.memberships.keys()];
}
