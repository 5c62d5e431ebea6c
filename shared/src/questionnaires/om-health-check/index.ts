import type { QuestionnaireDefinition } from '../../domain/questionnaire.schema.js';
import { strategyDimension } from './dimensions/strategy.js';
import { partnershipDimension } from './dimensions/partnership.js';
import { lifecycleDimension } from './dimensions/lifecycle.js';
import { marketingDimension } from './dimensions/marketing.js';
import { planningDimension } from './dimensions/planning.js';
import { alignmentDimension } from './dimensions/alignment.js';
import { customerDimension } from './dimensions/customer.js';
import { omHealthCheckFlags } from './flags.js';
import { strategyRecommendations } from './recommendations/strategy.js';
import { partnershipRecommendations } from './recommendations/partnership.js';
import { lifecycleRecommendations } from './recommendations/lifecycle.js';
import { marketingRecommendations } from './recommendations/marketing.js';
import { planningRecommendations } from './recommendations/planning.js';
import { alignmentRecommendations } from './recommendations/alignment.js';
import { customerRecommendations } from './recommendations/customer.js';

/**
 * The built-in OM Check-up questionnaire (DESIGN §3–5). Published versions are immutable:
 * change content only together with a new `version`. Dimension order is the answering order,
 * and `showIf` conditions may only refer to questions that come earlier in it.
 */
export const omHealthCheckDefinition: QuestionnaireDefinition = {
  key: 'om-health-check',
  version: '1.0.0',
  title: { en: 'OM Check-up: outsourcing and marketing health check' },
  description: {
    en: 'Seven short sections on how your company runs outsourcing and marketing: as a partnership built on one holistic strategy, or as a string of separate supplier deals. Answer from your own experience; "don\'t know" is a valid answer and is itself a finding.',
  },
  dimensions: [
    strategyDimension,
    partnershipDimension,
    lifecycleDimension,
    marketingDimension,
    planningDimension,
    alignmentDimension,
    customerDimension,
  ],
  flags: omHealthCheckFlags,
  recommendations: [
    ...strategyRecommendations,
    ...partnershipRecommendations,
    ...lifecycleRecommendations,
    ...marketingRecommendations,
    ...planningRecommendations,
    ...alignmentRecommendations,
    ...customerRecommendations,
  ],
};
