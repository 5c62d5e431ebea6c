import type { QuestionnaireDefinition } from '../../../domain/questionnaire.schema.js';

type RecommendationDefinitionInput = QuestionnaireDefinition['recommendations'][number];

/**
 * Recommendations for customer-focus maturity (seed 003). Those for stages 2–4 fire only once
 * the earlier stages are in place, so advice follows the journey instead of skipping ahead.
 */
export const customerRecommendations: RecommendationDefinitionInput[] = [
  {
    id: 'build-customer-repository',
    dimensionId: 'customer',
    title: { en: 'Record every customer interaction in one shared repository' },
    body: {
      en: 'Customer information is scattered across departments, mailboxes and people\'s heads. Seed 003 says the journey to customer focus starts with a repository of every interaction of every customer, to which each group contributes — the communal foundation every later stage needs. Build this before buying more CRM functionality.',
    },
    steps: [
      { en: 'Appoint a customer-data owner and list every place where customer interactions are recorded today, including the partner\'s systems.' },
      { en: 'Agree the minimum record per interaction (customer, date, channel, topic, outcome) and have every group, the partner included, enter it in one system within 90 days.' },
      { en: 'Report every month which groups contribute and how complete the records are.' },
    ],
    horizon: 'STRATEGIC',
    impact: 5,
    seeds: ['003_50109f7b1aff138e.txt'],
    condition: { question: 'customer-repository', score: { lt: 2 } },
  },
  {
    id: 'organise-data-by-customer',
    dimensionId: 'customer',
    title: { en: 'Organise customer data by customer, not by product or region' },
    body: {
      en: 'Your data shows products, orders and regions, but not customers as a whole. Seed 003 insists that the repository be organised by customer — not by product, purchase or geography. One customer ID across all systems is the practical first step.',
    },
    steps: [
      { en: 'IT and the customer-data owner define one customer ID and map it in every system that holds customer data, the partner\'s included.' },
      { en: 'Build a single customer view for the top 100 customers first: purchases, contacts, complaints and service across products and regions.' },
      { en: 'Give Sales, Customer Care and the partner\'s team access to that view and ask them every month what is missing.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['003_50109f7b1aff138e.txt'],
    condition: { flag: 'PRODUCT_CENTRIC_CUSTOMER_DATA' },
  },
  {
    id: 'analytics-to-front-line',
    dimensionId: 'customer',
    title: { en: 'Turn customer data into conclusions the front line uses' },
    body: {
      en: 'You have a solid customer repository, but conclusions do not reach the people who serve customers. Seed 003\'s second stage, serial coordination, moves from assembling data to drawing conclusions that flow from analysts to the operating units.',
    },
    steps: [
      { en: 'Ask Sales, Marketing and Customer Care for the three customer questions they most need answered, such as which customers are growing and which are unprofitable.' },
      { en: 'An analyst, in-house or from the partner, answers them from the repository in a monthly one-page brief per unit.' },
      { en: 'Each unit names one decision it took on the basis of the brief, reported at the next management meeting.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['003_50109f7b1aff138e.txt'],
    condition: {
      all: [
        { tag: 'stage-1', score: { gte: 60 } },
        { tag: 'stage-2', score: { lt: 60 } },
      ],
    },
  },
  {
    id: 'anticipate-churn-and-buyers',
    dimensionId: 'customer',
    title: { en: 'Predict which customers will leave and who will buy next' },
    body: {
      en: 'Your analytics describe the past well. Seed 003\'s third stage, symbiotic coordination, turns to future behaviour: how to stop customers defecting to competitors, and who will buy the new products. It needs analysts and business teams working together in both directions.',
    },
    steps: [
      { en: 'Form a small team of one analyst and one person each from Sales, Marketing and Customer Care, meeting every two weeks.' },
      { en: 'Start with one question — which customers are likely to leave in the next six months? — combining order data with what the front line hears.' },
      { en: 'Act on the list with retention calls, measure the result after three months, then take on the question of likely buyers for the next launch.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['003_50109f7b1aff138e.txt'],
    condition: {
      all: [
        { customerFocusStage: { gte: 2 } },
        { tag: 'stage-3', score: { lt: 60 } },
      ],
    },
  },
  {
    id: 'insight-in-daily-routines',
    dimensionId: 'customer',
    title: { en: 'Put customer insight into everyday decisions' },
    body: {
      en: 'Your analysts and business teams work well together, but insight stays in projects and meetings. Seed 003\'s fourth stage, integral coordination, moves beyond isolated formal initiatives so that deep customer insight shapes day-to-day operational decisions.',
    },
    steps: [
      { en: 'Each function head lists three recurring daily decisions that affect customers, such as order priority, complaint handling or stock allocation.' },
      { en: 'For each, put the relevant customer insight (value, risk, preferences) on the screen or list where the decision is made, the partner\'s tools included.' },
      { en: 'After six months, review how often decisions used the insight and what changed for customers.' },
    ],
    horizon: 'STRATEGIC',
    impact: 4,
    seeds: ['003_50109f7b1aff138e.txt'],
    condition: {
      all: [
        { customerFocusStage: { gte: 3 } },
        { tag: 'stage-4', score: { lt: 60 } },
      ],
    },
  },
  {
    id: 'rebuild-customer-foundations',
    dimensionId: 'customer',
    title: { en: 'Secure the earlier customer-focus stages before building on them' },
    body: {
      en: 'Advanced practices — analytics, predictions, insight in daily decisions — run without the earlier stages underneath. Seed 003 warns that skipping stages deprives the company of the foundation lasting customer focus needs; companies that see this spend their CRM money more wisely and see net profit rise.',
    },
    steps: [
      { en: 'Compare the stage results in this check-up and name the first stage that falls below the threshold.' },
      { en: 'Redirect part of the current analytics or CRM budget to that stage\'s gaps — typically a complete, customer-organised repository, or conclusions that actually reach the operating units.' },
      { en: 'Re-assess the stages in the next check-up before funding further advanced initiatives.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 5,
    seeds: ['003_50109f7b1aff138e.txt'],
    condition: { flag: 'STAGE_SKIPPING' },
  },
  {
    id: 'crm-investment-by-stage',
    dimensionId: 'customer',
    title: { en: 'Plan CRM spending as a four-stage journey' },
    body: {
      en: 'Customer focus is still at an early stage, and CRM money risks going into systems rather than capabilities. Seed 003: getting closer to the customer is not an IT system but a learning journey of four stages that requires coordination across people and units. Tie every CRM investment to the stage it helps you reach.',
    },
    steps: [
      { en: 'List current and planned CRM and analytics spending and label each item with the stage it serves: 1 repository, 2 analytics to operations, 3 prediction, 4 daily decisions.' },
      { en: 'Stop or postpone items for stages you have not reached, and move the money to the next stage up.' },
      { en: 'Set a target stage for the next check-up and name the people and units who must coordinate to reach it.' },
    ],
    horizon: 'STRATEGIC',
    impact: 3,
    seeds: ['003_50109f7b1aff138e.txt'],
    condition: {
      all: [
        { customerFocusStage: { lt: 2 } },
        { dimension: 'customer', score: { lt: 50 } },
      ],
    },
  },
];
