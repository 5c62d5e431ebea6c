import type { QuestionnaireDefinition } from '../../../domain/questionnaire.schema.js';

type RecommendationDefinitionInput = QuestionnaireDefinition['recommendations'][number];

/** Recommendations for marketing, communication & channels (seed 000). */
export const marketingRecommendations: RecommendationDefinitionInput[] = [
  {
    id: 'plan-marketing-with-sales',
    dimensionId: 'marketing',
    title: { en: 'Plan marketing together with sales — now, not later' },
    body: {
      en: 'Marketing is planned after the sales push, or not at all. Seed 000 quotes this very sentence — "now we need to sell; marketing we\'ll think about calmly later" — as the mark of an approach without a holistic view. Build next quarter\'s sales and marketing plan in one session from the same targets.',
    },
    steps: [
      { en: 'The sales and marketing heads block half a day within the next three weeks to build next quarter\'s plan from the same revenue targets.' },
      { en: 'For each sales priority, agree the marketing support, its timing and budget, and the capacity Operations and Customer Care need for it.' },
      { en: 'Put a one-hour joint sales–marketing review in the calendar every month for the rest of the year.' },
    ],
    horizon: 'QUICK_WIN',
    impact: 5,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { flag: 'MARKETING_DEFERRED' },
  },
  {
    id: 'map-marketing-interfaces',
    dimensionId: 'marketing',
    title: { en: 'Map marketing\'s links with every function' },
    body: {
      en: 'Operations and Customer Care hear about campaigns from customers. Seed 000 asks for the ability to understand and manage marketing processes together with their interrelations with the other functions. A process map and a pre-launch campaign check turn those links into routine.',
    },
    steps: [
      { en: 'The marketing head maps the main marketing processes (campaigns, launches, pricing actions) on one page, marking every hand-over to Sales, Operations, Customer Care, Finance and the partner.' },
      { en: 'Introduce a campaign check: no campaign goes live until Operations has confirmed capacity and Customer Care has its script, two weeks before launch.' },
      { en: 'After each campaign, report business results — orders, margin, customer contacts — not only reach.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { question: 'marketing-process-interrelations', score: { lt: 2 } },
  },
  {
    id: 'brief-partner-before-campaigns',
    dimensionId: 'marketing',
    title: { en: 'Brief the partner before every campaign' },
    body: {
      en: 'The partner learns about campaigns when its volumes jump. Seed 000 expects the partner to understand marketing processes and their effects on the other functions, which it can only do if it is told in time.',
    },
    steps: [
      { en: 'Marketing shares the 90-day campaign calendar with the partner\'s account lead this month and updates it every month.' },
      { en: 'For each campaign, hold a 30-minute briefing with the partner two weeks before launch: goal, target customers, expected volumes, key messages.' },
      { en: 'Ask the partner for a one-paragraph debrief after each campaign: what customers asked, what went wrong, what to change.' },
    ],
    horizon: 'QUICK_WIN',
    impact: 3,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { question: 'partner-marketing-interrelations', score: { lt: 2 } },
  },
  {
    id: 'run-communication-check-up',
    dimensionId: 'marketing',
    title: { en: 'Do a check-up of your communication approach' },
    body: {
      en: 'Your communication and marketing approach has not been checked against the strategy for years, if ever. Seed 000 closes with exactly this advice: if communication does not reflect a holistic view of the business, do a check-up of the approach adopted — at least on communication.',
    },
    steps: [
      { en: 'Marketing collects the last three months of customer-facing material: campaigns, website, sales decks, customer-care scripts and the partner\'s scripts.' },
      { en: 'In a two-hour session, management and the marketing and customer-care heads check each item against the strategy\'s goals and target customers.' },
      { en: 'List the five largest inconsistencies with an owner and a date each, and repeat the check every year.' },
    ],
    horizon: 'QUICK_WIN',
    impact: 3,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { question: 'communication-checkup', score: { lt: 2 } },
  },
  {
    id: 'one-voice-message-house',
    dimensionId: 'marketing',
    title: { en: 'Give every customer-facing team the same core messages' },
    body: {
      en: 'Customers get different messages from marketing, sales, customer care and the partner. Seed 000 asks that company communication reflect a holistic view of the business. A short message house shared with every customer-facing team, the partner included, lets the company speak with one voice.',
    },
    steps: [
      { en: 'Marketing writes a one-page message house: positioning, three core messages, proof points, words to avoid.' },
      { en: 'Within 30 days, brief Sales, Customer Care and the partner\'s team leaders on it, and add it to the partner\'s onboarding material.' },
      { en: 'Each quarter, listen to ten real customer contacts (calls, emails, chats) from each team and from the partner and check them against the message house.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 3,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { question: 'communication-consistency', score: { lt: 2 } },
  },
  {
    id: 'ecommerce-customer-care-plan',
    dimensionId: 'marketing',
    title: { en: 'Plan online customer care with quality targets' },
    body: {
      en: 'Online sales run, or are planned, without quality customer care behind them. Seed 000: there is no point in adding e-commerce just to sell products — the plan must include quality customer care, or the channel will not be competitive. Set targets and staff to them before the next peak.',
    },
    steps: [
      { en: 'The e-commerce and customer-care managers set three quality targets for online customers, for example a reply within 4 working hours, 80 % solved at first contact, satisfaction of at least 8 out of 10.' },
      { en: 'Estimate contact volumes from orders and returns, and decide who handles them — in-house or the partner — with named staffing for peak weeks.' },
      { en: 'Review the targets every month next to the online sales figures in the sales–marketing review.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 5,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { flag: 'ECOMMERCE_WITHOUT_CUSTOMER_CARE' },
  },
  {
    id: 'ecommerce-cost-to-serve',
    dimensionId: 'marketing',
    title: { en: 'Check that you can afford what the online business needs' },
    body: {
      en: 'The online business has not been costed beyond its platform. Seed 000 asks whether you can afford resources able to meet your business\'s needs — people, fulfilment, customer care and marketing — before calling the project competitive.',
    },
    steps: [
      { en: 'Finance and the e-commerce manager calculate the full cost to serve one online order: platform, marketing, picking and shipping, returns, customer care.' },
      { en: 'Compare it with the margin per online order and decide where to invest, outsource or cut.' },
      { en: 'Review the business case every quarter against actual volumes with Operations and the partner.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: {
      all: [
        { question: 'sells-online', is: ['yes', 'planned'] },
        { question: 'ecommerce-resources', score: { lt: 2 } },
      ],
    },
  },
];
