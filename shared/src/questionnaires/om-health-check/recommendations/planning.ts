import type { QuestionnaireDefinition } from '../../../domain/questionnaire.schema.js';

type RecommendationDefinitionInput = QuestionnaireDefinition['recommendations'][number];

/** Recommendations for operational planning & S&OP (seed 001). */
export const planningRecommendations: RecommendationDefinitionInput[] = [
  {
    id: 'weekly-operational-plan',
    dimensionId: 'planning',
    title: { en: 'Turn the strategic plan into weekly team plans' },
    body: {
      en: 'Teams work from the day\'s urgencies or from budgets, not from a plan that traces back to the strategy. Seed 001 describes operational planning as turning the 3–5-year plan into a detailed map of what each team does every week, with milestones. Start with the teams whose work matters most for this year\'s goals.',
    },
    steps: [
      { en: 'Management picks this year\'s two most important strategic goals and the three teams that contribute most to them.' },
      { en: 'Each of those team leads writes a 13-week plan: weekly activities and three milestones, each linked to one of the goals.' },
      { en: 'The team leads check progress against the plan every Monday for 15 minutes and report deviations to management every month.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['001_036e9d3a361eeafd.txt'],
    condition: { question: 'operational-plan-from-strategy', score: { lt: 2 } },
  },
  {
    id: 'weekly-milestone-review',
    dimensionId: 'planning',
    title: { en: 'Review milestones every week' },
    body: {
      en: 'Milestones are missing or checked only at year end, when it is too late to act. Seed 001 makes milestones the backbone of the operational plan. A short weekly review turns them into a steering instrument.',
    },
    steps: [
      { en: 'This month, each team lead puts the team\'s milestones for the next quarter on one shared board.' },
      { en: 'Review the board in a 15-minute stand-up every week — on track, at risk, missed — with an action for each item at risk.' },
      { en: 'Share the board with the partner wherever its work contributes to a milestone.' },
    ],
    horizon: 'QUICK_WIN',
    impact: 3,
    seeds: ['001_036e9d3a361eeafd.txt'],
    condition: { question: 'milestones-tracked', score: { lt: 2 } },
  },
  {
    id: 'set-up-sales-operations',
    dimensionId: 'planning',
    title: { en: 'Give the sales force a sales operations function' },
    body: {
      en: 'Salespeople handle their own data, quotes and forecasts, and nobody owns the sales process. Seed 001 describes sales operations as the shoulder account managers lean on to win new customers and projects — essential now that data volumes and digital buying make selling complex.',
    },
    steps: [
      { en: 'For two weeks, the sales director has salespeople log the hours they spend on administration, quotes, data entry and reporting.' },
      { en: 'Appoint one sales operations lead (internal or from the partner) who owns CRM data quality, the pipeline review and the forecast.' },
      { en: 'After six months, measure the time freed for customers and the forecast accuracy, and decide whether to extend the role.' },
    ],
    horizon: 'STRATEGIC',
    impact: 3,
    seeds: ['001_036e9d3a361eeafd.txt'],
    condition: { question: 'sales-operations-support', score: { lt: 2 } },
  },
  {
    id: 'start-monthly-s-and-op',
    dimensionId: 'planning',
    title: { en: 'Start a monthly S&OP cycle' },
    body: {
      en: 'Sales sells, Operations produces, and the director arbitrates. Seed 001 describes S&OP as an integrated process that builds consensus on balancing demand and supply into one plan optimised for the whole business. A simple monthly cycle is enough to start.',
    },
    steps: [
      { en: 'Appoint an S&OP owner — often the operations planner — and fix a monthly cycle: demand review in week 1, supply review in week 2, a 90-minute consensus meeting in week 3.' },
      { en: 'Sales brings a three-month volume forecast and Operations brings capacity and constraints; the meeting ends with one agreed plan signed off by the managing director.' },
      { en: 'Track forecast accuracy and on-time delivery from the first cycle, and invite the outsourcing partner from the third cycle on.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 5,
    seeds: ['001_036e9d3a361eeafd.txt'],
    condition: { question: 's-and-op-process', score: { lt: 2 } },
  },
  {
    id: 'daily-demand-signals',
    dimensionId: 'planning',
    title: { en: 'Feed daily data into demand and supply decisions' },
    body: {
      en: 'The S&OP process exists, but it works on figures that are weeks old. Seed 001: modern S&OP integrates real-time data — user behaviour and market information — so that variations in demand and supply can be managed daily.',
    },
    steps: [
      { en: 'The S&OP owner lists the five signals that would most change the plan, such as order intake, web traffic, stock, partner capacity and news from large customers.' },
      { en: 'IT makes those signals available daily on one dashboard, starting with the two already held in existing systems.' },
      { en: 'Planning and sales operations hold a daily 10-minute check with clear thresholds for when the plan is adjusted.' },
    ],
    horizon: 'STRATEGIC',
    impact: 3,
    seeds: ['001_036e9d3a361eeafd.txt'],
    condition: {
      all: [
        { question: 'real-time-data', score: { lt: 2 } },
        { question: 's-and-op-process', score: { gte: 2 } },
      ],
    },
  },
  {
    id: 'ai-forecasting-pilot',
    dimensionId: 'planning',
    title: { en: 'Pilot machine-learning forecasting on one product group' },
    body: {
      en: 'Your S&OP process and data are mature enough for the next step. Seed 001 notes that AI and machine learning have turned S&OP into a more advanced process that seizes opportunities and mitigates risks. A small pilot shows whether it beats your current forecast before you invest more.',
    },
    steps: [
      { en: 'The S&OP owner picks one product group or service line with at least two years of clean demand history.' },
      { en: 'Run a machine-learning forecast — from your planning software or a specialist — next to the current forecast for three months.' },
      { en: 'Compare accuracy at the monthly S&OP meeting and decide on a roll-out on the evidence.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 2,
    seeds: ['001_036e9d3a361eeafd.txt'],
    condition: {
      all: [
        { question: 'ai-ml-planning', score: { lt: 2 } },
        { question: 's-and-op-process', score: { gte: 2 } },
        { question: 'real-time-data', score: { gte: 2 } },
      ],
    },
  },
  {
    id: 'partner-in-s-and-op',
    dimensionId: 'planning',
    title: { en: 'Bring the outsourcing partner into the planning cycle' },
    body: {
      en: 'The partner receives orders with little or no forward view, so it can only react. Seed 001 describes S&OP as one holistic plan for the whole business, and seed 000 asks for programming, not only operations. A partner that plans with you can absorb variations instead of passing them on.',
    },
    steps: [
      { en: 'From the next planning cycle, share a rolling three-month forecast with the partner every month.' },
      { en: 'Ask the partner to return its capacity, constraints and risks for the same period a week later.' },
      { en: 'Invite the partner\'s planner to the part of the monthly planning meeting that concerns the outsourced activity.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['001_036e9d3a361eeafd.txt', '000_771def5f3f0c7c25.txt'],
    condition: { question: 'partner-in-planning', score: { lt: 2 } },
  },
];
