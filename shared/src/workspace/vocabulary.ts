/**
 * A member's role in a workspace: OWNER manages members, CONSULTANT runs check-ups,
 * VIEWER only reads.
 */
export const WORKSPACE_ROLES = ['OWNER', 'CONSULTANT', 'VIEWER'] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

/** What an operation needs: reading, changing client data, or managing the workspace. */
export type WorkspacePermission = 'read' | 'write' | 'manage';

const ALLOWED: Record<WorkspacePermission, ReadonlySet<WorkspaceRole>> = {
  read: new Set(['OWNER', 'CONSULTANT', 'VIEWER']),
  write: new Set(['OWNER', 'CONSULTANT']),
  manage: new Set(['OWNER']),
};

/** True when a member with `role` may do what `permission` needs. */
export function roleAllows(role: WorkspaceRole, permission: WorkspacePermission): boolean {
  return ALLOWED[permission].has(role);
}

/** A check-up's life: OPEN takes answers, CLOSED refuses them (the owner can reopen). */
export const ASSESSMENT_STATUSES = ['OPEN', 'CLOSED'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/**
 * The continuum of DESIGN §10, from buying to partnering: a transactional supplier, a preferred
 * supplier (stable and trusted, but steered by price and contract), an outcome-based provider
 * (paid and measured on shared results), a strategic partnership (seed 002: shared goals, trust,
 * flexible terms, knowledge transfer, a long horizon — not just the word).
 */
export const RELATIONSHIP_MODELS = ['TRANSACTIONAL', 'PREFERRED_SUPPLIER', 'OUTCOME_BASED', 'STRATEGIC_PARTNERSHIP'] as const;
export type RelationshipModel = (typeof RELATIONSHIP_MODELS)[number];
