import type { QuestionnaireDefinition } from '../../../domain/questionnaire.schema.js';

type RecommendationDefinitionInput = QuestionnaireDefinition['recommendations'][number];

/** Recommendations for the partnership model (seeds 000, 002). */
export const partnershipRecommendations: RecommendationDefinitionInput[] = [
  {
    id: 'define-shared-objectives',
    dimensionId: 'partnership',
    title: { en: 'Agree win/win objectives with the partner' },
    body: {
      en: 'Today the partner earns the same whether or not you reach your goals — the definition of a supply relationship. Seed 000 builds outsourcing management on shared objectives in a win/win logic: "if I win, you win too". Agree a few business objectives you both own and tie part of the fee to them.',
    },
    steps: [
      { en: 'The executive sponsor and the partner\'s account director agree 3–4 joint business objectives (for example customer retention, cost per order, time to market) in a half-day workshop.' },
      { en: 'For each objective, decide the measure, the baseline and who reports it every month.' },
      { en: 'At the next contract review, link a first, modest share of the partner\'s fee (for example 5–10 %) to these objectives.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 5,
    seeds: ['000_771def5f3f0c7c25.txt', '002_454879f926d32761.txt'],
    condition: { question: 'shared-objectives-win-win', score: { lt: 2 } },
  },
  {
    id: 'kpi-change-procedure',
    dimensionId: 'partnership',
    title: { en: 'Introduce a light KPI change procedure' },
    body: {
      en: 'The partner\'s KPIs are frozen while your needs move. Seed 002 names flexibility as the key that separates a partnership from a buyer–seller relationship, and rigid KPIs as its first obstacle. A light procedure lets KPIs follow the business without reopening the contract.',
    },
    steps: [
      { en: 'The contract owner lists every contractual KPI and marks those that no longer reflect what the business needs.' },
      { en: 'Agree with the partner that either side can propose a KPI change, decided at the monthly review and recorded in the minutes, without a contract amendment.' },
      { en: 'Hold the first joint KPI review within 30 days and repeat it every quarter.' },
    ],
    horizon: 'QUICK_WIN',
    impact: 4,
    seeds: ['002_454879f926d32761.txt'],
    condition: { question: 'partner-kpi-flexibility', score: { lt: 2 } },
  },
  {
    id: 'root-cause-instead-of-penalty',
    dimensionId: 'partnership',
    title: { en: 'Replace automatic penalties with joint root-cause reviews' },
    body: {
      en: 'When a single missed KPI triggers a penalty, the partner learns to protect itself rather than to solve your problems. Seed 002: in a partnership, trust lets the provider address issues as they arise without fear of being punished for missing a specific KPI. Keep penalties for repeated or negligent failures only.',
    },
    steps: [
      { en: 'Agree with the partner that any KPI miss triggers a joint root-cause review within five working days, led by the two operational managers.' },
      { en: 'Limit penalties to misses that repeat for three periods or result from negligence, and record this in a side letter to the contract.' },
      { en: 'Report at each quarterly review how many issues the partner raised before they became misses, and recognise them.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['002_454879f926d32761.txt'],
    condition: { question: 'kpi-miss-response', score: { lt: 2 } },
  },
  {
    id: 'renegotiate-flexible-framework',
    dimensionId: 'partnership',
    title: { en: 'Turn the contract into a flexible framework' },
    body: {
      en: 'KPIs, contract terms, the financial model and the response to misses together lock the relationship into a buyer–seller pattern. Seed 002 lists exactly these as the hallmarks that stop a provider from changing gears as your needs shift. Use the next renewal to move to a framework agreement that expects change.',
    },
    steps: [
      { en: 'The contract owner and the partner list every change request of the past 12 months with how long each took and what it cost.' },
      { en: 'Draft the framework terms together: volume bands, scope options, a change board that meets monthly, and a price formula for new work.' },
      { en: 'Put the framework on the agenda at least six months before the next renewal, with both executive sponsors present.' },
    ],
    horizon: 'STRATEGIC',
    impact: 5,
    seeds: ['002_454879f926d32761.txt'],
    condition: { flag: 'RIGID_BUYER_SELLER' },
  },
  {
    id: 'gain-share-financial-model',
    dimensionId: 'partnership',
    title: { en: 'Let the partner\'s fee follow the shared results' },
    body: {
      en: 'You have shared objectives, but the financial model still pays per unit or per head, whatever happens to them. Seed 002 names inflexible financial models as a hallmark of the buyer–seller relationship. A model that shares risk and reward makes the partner\'s interest in changing gears with you real.',
    },
    steps: [
      { en: 'Finance and the contract owner model two or three options — volume bands, outcome-based fees, gain-sharing on savings — on last year\'s real volumes.' },
      { en: 'Review the options with the partner\'s finance lead and choose one to pilot on one service line for six months.' },
      { en: 'Evaluate the pilot against the shared objectives before extending it at renewal.' },
    ],
    horizon: 'STRATEGIC',
    impact: 4,
    seeds: ['002_454879f926d32761.txt'],
    condition: {
      all: [
        { question: 'financial-model-flexibility', score: { lt: 2 } },
        { question: 'shared-objectives-win-win', score: { gte: 2 } },
      ],
    },
  },
  {
    id: 'knowledge-transfer-plan',
    dimensionId: 'partnership',
    title: { en: 'Make knowledge transfer an agreed objective' },
    body: {
      en: 'Knowledge stays on one side of the relationship. Seed 000 counts learning and transferring knowledge among the main reasons to have a partner rather than a supplier. Without it you cannot improve the service together — or take it back if you must.',
    },
    steps: [
      { en: 'Name one owner on each side for knowledge transfer and add it as an objective in the next quarterly review.' },
      { en: 'Plan two exchanges per quarter: a partner specialist runs a workshop for your team, and one of your people spends a day in the partner\'s operation.' },
      { en: 'Keep the key process documentation in a shared space that both sides update after every change.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 3,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { question: 'knowledge-transfer', score: { lt: 2 } },
  },
  {
    id: 'shared-issue-log',
    dimensionId: 'partnership',
    title: { en: 'Open a shared issue log and raise problems early' },
    body: {
      en: 'Problems between you and the partner surface late, as complaints or escalations. Seed 002 compares a partnership with a marriage: it needs compromise and the acceptance that neither side is perfect. A shared issue log and a fixed slot to discuss it make raising problems early the normal thing to do.',
    },
    steps: [
      { en: 'This month, the two operational managers open a shared issue log: date, issue, raised by, owner, next step.' },
      { en: 'Agree that either side logs an issue as soon as it is noticed, and that an issue raised early is never used against whoever raised it.' },
      { en: 'Go through the log for 20 minutes in every weekly operational meeting.' },
    ],
    horizon: 'QUICK_WIN',
    impact: 3,
    seeds: ['002_454879f926d32761.txt'],
    condition: { question: 'issue-raising-trust', score: { lt: 2 } },
  },
  {
    id: 'partnership-mirror-check',
    dimensionId: 'partnership',
    title: { en: 'Ask the partner to take this check-up too' },
    body: {
      en: 'The relationship may be called a partnership, but it is run as a supply deal. Seed 002 warns that using the word does not make it one. Seeing both sides\' answers next to each other is the fastest way to agree where you really stand.',
    },
    steps: [
      { en: 'Invite the partner\'s account lead and one of its operational managers to answer this check-up as partner respondents within two weeks.' },
      { en: 'Put the partnership and lifecycle answers side by side and pick the three largest differences.' },
      { en: 'Discuss those differences in a 90-minute joint session and agree one change for each.' },
    ],
    horizon: 'QUICK_WIN',
    impact: 4,
    seeds: ['002_454879f926d32761.txt', '000_771def5f3f0c7c25.txt'],
    condition: { question: 'partner-or-supplier', score: { lt: 2 } },
  },
];
