/** The tag vocabulary of DESIGN §3: rules and analyses refer to questions through these. */
export const TAGS = [
  'partnership', 'shared-goals', 'trust', 'flexibility', 'kpi', 'contract', 'financial-model',
  'competences', 'knowledge-transfer', 'supplier-selection', 'transition', 'long-term-planning',
  'strategy', 'linkage', 'marketing', 'communication', 'ecommerce', 'customer-care', 'resources',
  'operational-planning', 'sales-ops', 's-and-op', 'real-time-data', 'ai-ml', 'dialogue',
  'meeting-cadence', 'customer-data', 'analytics', 'predictive', 'customer-insight',
  'stage-1', 'stage-2', 'stage-3', 'stage-4',
] as const;
export type Tag = (typeof TAGS)[number];

/** Who answers; questions may be addressed to some roles only. */
export const RESPONDENT_ROLES = [
  'MANAGEMENT', 'SALES', 'OPERATIONS', 'MARKETING', 'CUSTOMER_CARE', 'PARTNER', 'OTHER',
] as const;
export type RespondentRole = (typeof RESPONDENT_ROLES)[number];

/** The fixed red-flag ids of DESIGN §4. */
export const FLAG_IDS = [
  'ECOMMERCE_WITHOUT_CUSTOMER_CARE', 'MARKETING_DEFERRED', 'RIGID_BUYER_SELLER',
  'NO_SALES_OPS_DIALOGUE', 'STRATEGY_NOT_TRANSLATED', 'PRODUCT_CENTRIC_CUSTOMER_DATA',
  'SHORT_TERM_OUTSOURCING', 'UNVERIFIED_PARTNER_COMPETENCE', 'STAGE_SKIPPING', 'KNOWLEDGE_GAP',
] as const;
export type FlagId = (typeof FLAG_IDS)[number];

/** Recommendation horizons: ≤ 30 days, the next quarter, 6–12 months. */
export const HORIZONS = ['QUICK_WIN', 'NEXT_90_DAYS', 'STRATEGIC'] as const;
export type Horizon = (typeof HORIZONS)[number];

/** What a recommendation fixes: the business, or a knowledge gap of the check-up itself. */
export const RECOMMENDATION_FOCUSES = ['business', 'knowledge-gap'] as const;
export type RecommendationFocus = (typeof RECOMMENDATION_FOCUSES)[number];

export const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** The source texts the content must be traceable to (file names in the seeds folder). */
export const SEED_FILES = [
  '000_771def5f3f0c7c25.txt', '001_036e9d3a361eeafd.txt', '002_454879f926d32761.txt',
  '003_50109f7b1aff138e.txt', '004_4f64f7360c716017.txt',
] as const;
export type SeedFile = (typeof SEED_FILES)[number];
