import type { QuestionnaireDefinition } from '../../../domain/questionnaire.schema.js';

type RecommendationDefinitionInput = QuestionnaireDefinition['recommendations'][number];

/** Recommendations for strategic orientation & holistic linkage (seeds 000, 004). */
export const strategyRecommendations: RecommendationDefinitionInput[] = [
  {
    id: 'write-one-page-strategy',
    dimensionId: 'strategy',
    title: { en: 'Write the strategy and its goals on one page' },
    body: {
      en: 'Seed 004 is clear that strategy and goals lead: they are the only common ground on which Sales, Operations and an outsourcing partner can settle their differences. Today that ground is missing or too vague to use. Put the 3–5-year direction and a handful of measurable goals on one page that every manager can quote.',
    },
    steps: [
      { en: 'The managing director blocks two half-day sessions with the management team within the next four weeks to agree the 3–5-year direction.' },
      { en: 'Agree 3–5 measurable goals (for example margin, share of repeat customers, delivery reliability), each with one owner and a target date.' },
      { en: 'Write the result on one page — where we compete, the goals, what we will stop doing — and send it to every manager and to the outsourcing partner\'s account lead.' },
      { en: 'Put a two-hour quarterly goal review in the management calendar for the next four quarters.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['004_4f64f7360c716017.txt', '000_771def5f3f0c7c25.txt'],
    condition: { question: 'strategy-documented', score: { lt: 2 } },
  },
  {
    id: 'cascade-goals-to-functions',
    dimensionId: 'strategy',
    title: { en: 'Translate the company goals into each function\'s objectives' },
    body: {
      en: 'The strategy exists, but it does not reach the work: functions set their own targets or read the goals differently. Seed 004 warns that formulating strategy is not enough — it must be shared unambiguously and translated carefully into what Sales and Operations do, because both serve the interest of the whole organisation. An objective map that links every function\'s objectives to a company goal shows conflicts before they turn into daily friction.',
    },
    steps: [
      { en: 'Each function head (Sales, Operations, Marketing, Customer Care) drafts 3–5 objectives on one shared template within three weeks, naming the company goal each one serves.' },
      { en: 'Hold a three-hour joint session in which the heads put their objectives side by side and remove conflicts, such as a volume target in Sales against a cost target in Operations.' },
      { en: 'The planning lead turns the agreed objectives into quarterly milestones per team (seed 001).' },
      { en: 'Publish the objective map and open every monthly management meeting with a five-minute check against it.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 5,
    seeds: ['004_4f64f7360c716017.txt', '001_036e9d3a361eeafd.txt'],
    condition: { flag: 'STRATEGY_NOT_TRANSLATED' },
  },
  {
    id: 'same-words-test',
    dimensionId: 'strategy',
    title: { en: 'Test whether everyone tells the same story' },
    body: {
      en: 'Seed 004 asks for strategy to be shared unambiguously: Sales and Operations should describe the same priorities in the same words. A ten-minute test shows whether they do and where the goals need rewording. It costs nothing and gives management a baseline to improve on.',
    },
    steps: [
      { en: 'At the next management meeting, ask each function head — and the partner\'s account lead — to write down the company\'s top three goals and this quarter\'s top priority, without conferring.' },
      { en: 'Put the answers side by side on one slide; where they differ, rewrite the goal in plain language with a number attached.' },
      { en: 'Each manager presents the rewritten goals in their own team\'s next meeting.' },
      { en: 'Repeat the test in three months and compare the answers.' },
    ],
    horizon: 'QUICK_WIN',
    impact: 3,
    seeds: ['004_4f64f7360c716017.txt'],
    condition: {
      all: [
        { question: 'strategy-shared-unambiguously', score: { lt: 3 } },
        { question: 'strategy-documented', score: { gte: 1 } },
      ],
    },
  },
  {
    id: 'outsourcing-strategic-fit-gate',
    dimensionId: 'strategy',
    title: { en: 'Add a strategic-fit test to every outsourcing decision' },
    body: {
      en: 'Outsourcing decisions are currently made on cost or urgency. Seed 000 says outsourcing becomes a successful partnership only when its strategic aspect is valued and its links with tactics and company policies are understood. A one-page fit test before each decision and renewal prevents contracts that save money in one function and cost it in another.',
    },
    steps: [
      { en: 'Management adds a one-page "strategic fit" section to the outsourcing business-case template: which goal it serves, which functions it touches, which resources it needs, how success will be measured.' },
      { en: 'Apply it to the next outsourcing decision or renewal on the calendar, with Sales, Marketing and Customer Care reviewing the draft.' },
      { en: 'List all running outsourcing contracts with their renewal dates and schedule a fit review three months before each one.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { question: 'outsourcing-tested-against-strategy', score: { lt: 2 } },
  },
  {
    id: 'brief-partner-on-strategy',
    dimensionId: 'strategy',
    title: { en: 'Brief the outsourcing partner on your strategy' },
    body: {
      en: 'Your partner works from task instructions and service levels, so it cannot help you reach goals it does not know. Seed 000 defines a partner by shared objectives, and seed 002 says a partnership rests on goals laid down from the start. A short briefing is the cheapest step from supplier to partner.',
    },
    steps: [
      { en: 'Within 30 days, the executive sponsor gives the partner\'s account leadership a 60-minute briefing on the strategy and this year\'s goals.' },
      { en: 'Agree together which two or three goals the partner\'s service affects most and how that will show in its monthly reporting.' },
      { en: 'Add a standing "strategy update" item to the quarterly partner review.' },
    ],
    horizon: 'QUICK_WIN',
    impact: 4,
    seeds: ['000_771def5f3f0c7c25.txt', '002_454879f926d32761.txt'],
    condition: { question: 'strategy-shared-with-partner', score: { lt: 2 } },
  },
  {
    id: 'holistic-launch-canvas',
    dimensionId: 'strategy',
    title: { en: 'Plan every new activity across functions with a launch canvas' },
    body: {
      en: 'New channels, services and processes are launched by one function and discovered by the others when problems arrive. Seed 000 asks that every activity reflect the links between operational strategy and strategic orientation, in the holistic sense. A one-page canvas, filled in together, makes those links explicit before money is spent.',
    },
    steps: [
      { en: 'The operations director drafts a one-page launch canvas: goal served, functions affected, resources needed, effect on customers, role of the partner, measure of success.' },
      { en: 'Make it mandatory for the next launch: Sales, Operations, Marketing, Customer Care and the partner fill it in together in one 90-minute session.' },
      { en: 'Thirty days after the launch, the same group compares the canvas with what actually happened and improves the template.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: {
      any: [
        { question: 'strategy-operations-holistic', score: { lt: 2 } },
        { all: [{ holism: { lt: 40 } }, { dimension: 'strategy', score: { lt: 50 } }] },
      ],
    },
  },
  {
    id: 'management-attitude-review',
    dimensionId: 'strategy',
    title: { en: 'Review management\'s own habits before changing the organisation' },
    body: {
      en: 'Seed 000 says an outsourcing model presupposes serious reflection on strategic orientation and on managerial attitudes. If management keeps controlling a partner like a supplier, no contract will create a partnership. Make that reflection an explicit, recurring step.',
    },
    steps: [
      { en: 'Before the session, ask the partner\'s account lead and two of your own team leads for candid feedback on how management delegates, shares information and decides.' },
      { en: 'The management team holds a facilitated half-day session on that feedback, using this check-up\'s partnership answers as input.' },
      { en: 'Agree three behaviours to change — for example share forecasts early, decide within a week, discuss a miss before penalising it — and review them after six months.' },
    ],
    horizon: 'STRATEGIC',
    impact: 3,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { question: 'managerial-attitudes', score: { lt: 2 } },
  },
];
