import { roleAllows as sharedRoleAllows, type WorkspacePermission } from '@omcheck/shared/workspace';
import type { WorkspaceRole } from '../../gql/graphql';

const STORAGE_KEY = 'omcheck.workspace';

/**
 * The workspace `/console` opens: the last one chosen on this device when the user still
 * belongs to it, else the first. Null when the user has none.
 */
export function chooseWorkspace(workspaces: ReadonlyArray<{ id: string }>, rememberedId: string | null): string | null {
  if (rememberedId && workspaces.some((w) => w.id === rememberedId)) return rememberedId;
  return workspaces[0]?.id ?? null;
}

/** The workspace last opened on this device (localStorage), or null. */
export function rememberedWorkspace(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Remembers the workspace the user is working in, for the next visit to `/console`. */
export function rememberWorkspace(id: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, id);
  } catch {
    // Not remembered: `/console` then opens the first workspace.
  }
}

/**
 * What a workspace role may do in the UI (the server enforces the same rules): VIEWER reads,
 * CONSULTANT and OWNER change clients and check-ups, only OWNER manages members and reopens.
 */
export function roleAllows(role: WorkspaceRole | null | undefined, permission: WorkspacePermission): boolean {
  return role ? sharedRoleAllows(role, permission) : false;
}
