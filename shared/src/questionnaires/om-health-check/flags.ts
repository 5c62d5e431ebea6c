import type { QuestionnaireDefinition } from '../../domain/questionnaire.schema.js';
import type { Condition } from '../../domain/condition.schema.js';

type FlagDefinitionInput = QuestionnaireDefinition['flags'][number];

/**
 * A customer-focus stage counts as practised from a tag score of 60 (of 100), i.e. a mean
 * answer around level 2.4: a documented practice that is used, not just intended.
 */
const STAGE_PRACTISED = 60;

/** True when a later stage is practised while an earlier one is not (seed 003). */
function stageSkipped(later: 2 | 3 | 4, earlier: 1 | 2 | 3): Condition {
  return {
    all: [
      { tag: `stage-${later}`, score: { gte: STAGE_PRACTISED } },
      { tag: `stage-${earlier}`, score: { lt: STAGE_PRACTISED } },
    ],
  };
}

/** The ten red flags of DESIGN §4. Question scores are 0–4 maturity levels. */
export const omHealthCheckFlags: FlagDefinitionInput[] = [
  {
    id: 'ECOMMERCE_WITHOUT_CUSTOMER_CARE',
    severity: 'HIGH',
    message: {
      en: 'You sell online (or plan to) without quality customer care and the resources to run it. Seed 000: there is no point in adding e-commerce just to sell products — the project is only competitive when customer care is planned with it.',
    },
    // "planned" counts: the seed warns precisely about adding an e-commerce channel, so the
    // flag must reach companies before launch, when the plan can still change.
    condition: {
      all: [
        { question: 'sells-online', is: ['yes', 'planned'] },
        {
          any: [
            { question: 'ecommerce-customer-care', score: { lt: 2 } },
            { all: [{ question: 'ecommerce-resources', score: { lt: 2 } }, { question: 'ecommerce-customer-care', score: { lt: 3 } }] },
          ],
        },
      ],
    },
    seeds: ['000_771def5f3f0c7c25.txt'],
  },
  {
    id: 'MARKETING_DEFERRED',
    severity: 'HIGH',
    message: {
      en: 'Marketing is treated as something to think about later, after the sales push. Seed 000 quotes exactly this anti-pattern: marketing must be planned together with sales and understood in its links with the other functions.',
    },
    condition: {
      any: [
        { question: 'marketing-with-sales-plan', score: { lt: 2 } },
        {
          all: [
            { question: 'marketing-process-interrelations', score: { lt: 2 } },
            { question: 'communication-checkup', score: { lt: 2 } },
          ],
        },
      ],
    },
    seeds: ['000_771def5f3f0c7c25.txt'],
  },
  {
    id: 'RIGID_BUYER_SELLER',
    severity: 'HIGH',
    message: {
      en: 'The relationship is run as a buyer–seller deal: at least two of KPIs, contract terms, financial model and the response to a missed KPI are rigid. Seed 002: this stops the provider from changing gears as your needs change, whatever the contract calls it.',
    },
    // Two rigid levers out of four: one alone can be a deliberate choice, two make a pattern.
    condition: {
      any: [
        { all: [{ question: 'partner-kpi-flexibility', score: { lt: 2 } }, { question: 'contract-flexibility', score: { lt: 2 } }] },
        { all: [{ question: 'partner-kpi-flexibility', score: { lt: 2 } }, { question: 'financial-model-flexibility', score: { lt: 2 } }] },
        { all: [{ question: 'partner-kpi-flexibility', score: { lt: 2 } }, { question: 'kpi-miss-response', score: { lt: 2 } }] },
        { all: [{ question: 'contract-flexibility', score: { lt: 2 } }, { question: 'financial-model-flexibility', score: { lt: 2 } }] },
        { all: [{ question: 'contract-flexibility', score: { lt: 2 } }, { question: 'kpi-miss-response', score: { lt: 2 } }] },
        { all: [{ question: 'financial-model-flexibility', score: { lt: 2 } }, { question: 'kpi-miss-response', score: { lt: 2 } }] },
      ],
    },
    seeds: ['002_454879f926d32761.txt'],
  },
  {
    id: 'NO_SALES_OPS_DIALOGUE',
    severity: 'HIGH',
    message: {
      en: 'Sales and Operations have no regular dialogue: they meet only when things go wrong and do not look back at concrete cases or challenge each other. Seed 004 calls this dialogue — sparring and mirroring in a fixed meeting structure — the most essential step to alignment.',
    },
    condition: {
      all: [
        { question: 'sales-ops-meeting-structure', score: { lt: 2 } },
        {
          any: [
            { question: 'concrete-cases-review', score: { lt: 2 } },
            { question: 'sparring-mirroring', score: { lt: 2 } },
          ],
        },
      ],
    },
    seeds: ['004_4f64f7360c716017.txt'],
  },
  {
    id: 'STRATEGY_NOT_TRANSLATED',
    severity: 'HIGH',
    message: {
      en: 'The strategy is not translated into what each function does: objectives and operational plans are not derived from it, or it exists on paper but teams describe it differently. Seed 004: setting strategy is not enough — sharing it unambiguously and translating it carefully is at least as important.',
    },
    condition: {
      any: [
        { question: 'strategy-translated-functions', score: { lt: 2 } },
        {
          all: [
            { question: 'strategy-documented', score: { gte: 2 } },
            {
              any: [
                { question: 'strategy-shared-unambiguously', score: { lt: 2 } },
                { question: 'operational-plan-from-strategy', score: { lt: 2 } },
              ],
            },
          ],
        },
      ],
    },
    seeds: ['004_4f64f7360c716017.txt', '001_036e9d3a361eeafd.txt'],
  },
  {
    id: 'PRODUCT_CENTRIC_CUSTOMER_DATA',
    severity: 'MEDIUM',
    message: {
      en: 'Customer data is organised by product, order or region rather than by customer, or interactions are not collected in one place. Seed 003: this is the first stage of customer focus, and every later stage rests on it.',
    },
    condition: {
      any: [
        { question: 'data-organised-by-customer', score: { lt: 2 } },
        { all: [{ question: 'customer-repository', score: { lt: 2 } }, { question: 'data-organised-by-customer', score: { lt: 3 } }] },
      ],
    },
    seeds: ['003_50109f7b1aff138e.txt'],
  },
  {
    id: 'SHORT_TERM_OUTSOURCING',
    severity: 'HIGH',
    message: {
      en: 'Outsourcing is planned year by year or job by job, with attention only to operations. Seed 000: outsourcing is advantageous and sustainable for all parties only with medium- to long-term programming.',
    },
    condition: {
      any: [
        { question: 'outsourcing-horizon', score: { lt: 2 } },
        { all: [{ question: 'outsourcing-horizon', score: { lt: 3 } }, { question: 'relationship-goals-defined', score: { lt: 2 } }] },
      ],
    },
    seeds: ['000_771def5f3f0c7c25.txt'],
  },
  {
    id: 'UNVERIFIED_PARTNER_COMPETENCE',
    severity: 'MEDIUM',
    message: {
      en: 'The partner\'s competences in the agreed roles are assumed rather than verified. Seed 000: an outsourcing management relationship presupposes certified competences of the partner in the agreed roles.',
    },
    // Not knowing how competences are checked is itself the finding here.
    condition: {
      any: [
        { question: 'partner-certified-competences', score: { lt: 2 } },
        { question: 'partner-certified-competences', dontKnow: true },
      ],
    },
    seeds: ['000_771def5f3f0c7c25.txt'],
  },
  {
    id: 'STAGE_SKIPPING',
    severity: 'MEDIUM',
    message: {
      en: 'Later customer-focus practices (analytics, prediction, insight in daily decisions) run without the earlier stages in place. Seed 003: skipping stages deprives the company of the foundation that lasting customer-centric thinking needs, and CRM money is spent less wisely.',
    },
    condition: {
      any: [
        stageSkipped(2, 1),
        stageSkipped(3, 1),
        stageSkipped(3, 2),
        stageSkipped(4, 1),
        stageSkipped(4, 2),
        stageSkipped(4, 3),
      ],
    },
    seeds: ['003_50109f7b1aff138e.txt'],
  },
  {
    id: 'KNOWLEDGE_GAP',
    severity: 'MEDIUM',
    message: {
      en: 'One in five answers or more was "don\'t know". Not knowing how your own outsourcing, marketing and planning work is itself a finding: those who run them do not share the picture, and the scores rest on less than it seems.',
    },
    // 20 %: about eleven of the 55 questions for one respondent — more than a whole dimension's
    // worth. Below that, scattered "don't know"s are normal for a single role; above it, scores
    // and flags stand on too little and the gap itself becomes the first thing to discuss.
    condition: { dontKnowShare: { gte: 20 } },
    seeds: ['000_771def5f3f0c7c25.txt', '004_4f64f7360c716017.txt'],
  },
];
