import { RELATIONSHIP_MODELS } from '@omcheck/shared/workspace/vocabulary';
import type { RelationshipModelKind, RespondentRole } from '../../gql/graphql';

/** Industries offered at intake; stored by id, `other` lets the respondent type their own. */
export const INDUSTRIES = [
  'manufacturing', 'wholesale-distribution', 'retail-ecommerce', 'logistics-transport', 'professional-services',
  'it-software', 'healthcare', 'financial-services', 'hospitality-tourism', 'construction-real-estate',
  'energy-utilities', 'public-nonprofit', 'other',
] as const;

/** Employee bands (EU SME size classes, with the large band split once). */
export const COMPANY_SIZES = ['1-9', '10-49', '50-249', '250-999', '1000+'] as const;

/** Every role of the contract, in the order a self-assessing business expects. */
export const RESPONDENT_ROLES: readonly RespondentRole[] = [
  'MANAGEMENT', 'SALES', 'OPERATIONS', 'MARKETING', 'CUSTOMER_CARE', 'PARTNER', 'OTHER',
];

/** The relationship models a business can say it wants with its main provider, buying to partnering. */
export const DESIRED_MODELS: readonly RelationshipModelKind[] = RELATIONSHIP_MODELS as readonly RelationshipModelKind[];
