import { computed, inject, type ComputedRef, type InjectionKey } from 'vue';
import type { WorkspaceRole } from '../../gql/graphql';
import { roleAllows } from './workspace-choice';

/** The workspace the console shows, as the layout provides it to its pages. */
export interface WorkspaceContext {
  id: string;
  name: string;
  role: WorkspaceRole;
}

export const WORKSPACE_KEY: InjectionKey<ComputedRef<WorkspaceContext | null>> = Symbol('workspace');

/** The current workspace and what the signed-in user may do in it. Call from a console page's setup. */
export function useWorkspace() {
  const workspace = inject(WORKSPACE_KEY, computed(() => null));
  return {
    workspace,
    canWrite: computed(() => roleAllows(workspace.value?.role, 'write')),
    canManage: computed(() => roleAllows(workspace.value?.role, 'manage')),
  };
}
