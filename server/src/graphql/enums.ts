import { registerEnumType } from 'type-graphql';

/** GraphQL enums mirror the shared domain's values (GraphQL uses upper-case locales). */
export enum LocaleGql { EN = 'EN', IT = 'IT', NL = 'NL', FA = 'FA' }
export enum RespondentRoleGql {
  MANAGEMENT = 'MANAGEMENT', SALES = 'SALES', OPERATIONS = 'OPERATIONS', MARKETING = 'MARKETING',
  CUSTOMER_CARE = 'CUSTOMER_CARE', PARTNER = 'PARTNER', OTHER = 'OTHER',
}
export enum QuestionKindGql { MATURITY = 'MATURITY', CHOICE = 'CHOICE', MULTI = 'MULTI', TEXT = 'TEXT' }
export enum OptionKindGql { LEVEL = 'LEVEL', NOT_APPLICABLE = 'NOT_APPLICABLE', DONT_KNOW = 'DONT_KNOW', CHOICE = 'CHOICE' }
export enum HorizonGql { QUICK_WIN = 'QUICK_WIN', NEXT_90_DAYS = 'NEXT_90_DAYS', STRATEGIC = 'STRATEGIC' }
export enum SeverityGql { HIGH = 'HIGH', MEDIUM = 'MEDIUM', LOW = 'LOW' }
export enum WorkspaceRoleGql { OWNER = 'OWNER', CONSULTANT = 'CONSULTANT', VIEWER = 'VIEWER' }
export enum AssessmentStatusGql { OPEN = 'OPEN', CLOSED = 'CLOSED' }
export enum RelationshipModelKindGql {
  TRANSACTIONAL = 'TRANSACTIONAL', PREFERRED_SUPPLIER = 'PREFERRED_SUPPLIER', OUTCOME_BASED = 'OUTCOME_BASED', STRATEGIC_PARTNERSHIP = 'STRATEGIC_PARTNERSHIP',
}
export enum RoleGroupGql {
  MANAGEMENT = 'MANAGEMENT', SALES = 'SALES', OPERATIONS = 'OPERATIONS', MARKETING = 'MARKETING',
  CUSTOMER_CARE = 'CUSTOMER_CARE', PARTNER = 'PARTNER', OTHER = 'OTHER', POOLED = 'POOLED', CLIENT = 'CLIENT',
}
export enum ActionItemStatusGql { OPEN = 'OPEN', DONE = 'DONE' }
export enum AgendaPromptGql { COMPARE_CASES = 'COMPARE_CASES', MIRROR_WITH_PARTNER = 'MIRROR_WITH_PARTNER', SETTLE_WITHIN_GROUP = 'SETTLE_WITHIN_GROUP' }
export enum WorkshopStateGql { ACTIVE = 'ACTIVE', ENDED = 'ENDED' }
export enum RecommendationStatusGql { PROPOSED = 'PROPOSED', ACCEPTED = 'ACCEPTED', DISMISSED = 'DISMISSED', DONE = 'DONE' }

registerEnumType(LocaleGql, { name: 'Locale', description: 'A language of the product; FA is Persian (right-to-left).' });
registerEnumType(RespondentRoleGql, { name: 'RespondentRole', description: 'The function a respondent answers for.' });
registerEnumType(QuestionKindGql, { name: 'QuestionKind', description: 'MATURITY questions are scored 0–4; the others give context.' });
registerEnumType(OptionKindGql, { name: 'OptionKind' });
registerEnumType(HorizonGql, { name: 'Horizon', description: 'QUICK_WIN ≤ 30 days, NEXT_90_DAYS, STRATEGIC 6–12 months.' });
registerEnumType(SeverityGql, { name: 'Severity' });
registerEnumType(RecommendationStatusGql, { name: 'RecommendationStatus' });
registerEnumType(WorkspaceRoleGql, { name: 'WorkspaceRole', description: 'OWNER manages members; CONSULTANT runs check-ups; VIEWER only reads.' });
registerEnumType(AssessmentStatusGql, { name: 'AssessmentStatus', description: 'OPEN takes answers; CLOSED refuses them until the owner reopens it.' });
registerEnumType(RelationshipModelKindGql, { name: 'RelationshipModelKind', description: 'From buying to partnering (DESIGN §10, seeds 002 and 000).' });
registerEnumType(RoleGroupGql, {
  name: 'RoleGroup',
  description: 'A respondent role; POOLED: roles too small to show alone, together; CLIENT: everyone on the client side (client-versus-partner view).',
});
registerEnumType(ActionItemStatusGql, { name: 'ActionItemStatus' });
registerEnumType(AgendaPromptGql, {
  name: 'AgendaPrompt',
  description: 'The conversation a gap calls for (seed 004 sparring and mirroring; seed 002 for the partner).',
});
registerEnumType(WorkshopStateGql, { name: 'WorkshopState', description: 'ACTIVE takes joins and votes; ENDED: the code no longer works.' });
