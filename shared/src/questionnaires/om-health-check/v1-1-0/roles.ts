import type { RespondentRole } from '../../../domain/vocabulary.js';

/** Everyone inside the client company: what the provider cannot observe is asked only of them. */
export const INTERNAL_ROLES: RespondentRole[] = ['MANAGEMENT', 'SALES', 'OPERATIONS', 'MARKETING', 'CUSTOMER_CARE', 'OTHER'];

/**
 * Who can answer for the planning process itself (S&OP, its data and tools): not customer care,
 * which works with the plan's outcome but does not see how it is made (review 1.0, §6.3).
 */
export const PLANNING_ROLES: RespondentRole[] = ['MANAGEMENT', 'SALES', 'OPERATIONS', 'MARKETING', 'OTHER'];
