import type { QuestionnaireDefinition } from '../../../domain/questionnaire.schema.js';

type RecommendationDefinitionInput = QuestionnaireDefinition['recommendations'][number];

/** Recommendations for sales–operations alignment & dialogue (seed 004). */
export const alignmentRecommendations: RecommendationDefinitionInput[] = [
  {
    id: 'fixed-sales-ops-review',
    dimensionId: 'alignment',
    title: { en: 'Put a fixed Sales & Operations review in the calendar' },
    body: {
      en: 'Sales and Operations meet only when something has gone wrong. Seed 004 calls regular dialogue — away from the hustle of the day, in a fixed meeting structure — the most essential step to real alignment. Start the rhythm now and improve the agenda as you go.',
    },
    steps: [
      { en: 'Put a 90-minute Sales & Operations review in the calendar every second Tuesday for the next six months, chaired by the managing director.' },
      { en: 'Use a fixed agenda: 20 minutes looking back at two concrete cases, 40 minutes on the coming weeks\' demand and capacity, 20 minutes on agreements and open actions.' },
      { en: 'Record agreements and actions on one page and share it with both teams the same day.' },
      { en: 'After three months, ask both teams what to change in the format.' },
    ],
    horizon: 'QUICK_WIN',
    impact: 5,
    seeds: ['004_4f64f7360c716017.txt'],
    condition: { flag: 'NO_SALES_OPS_DIALOGUE' },
  },
  {
    id: 'strategic-and-executive-tables',
    dimensionId: 'alignment',
    title: { en: 'Align at both strategic and executive level' },
    body: {
      en: 'Alignment happens only order by order, or only between directors. Seed 004 asks Sales and Operations to meet at strategic and at executive level, time and again. Two linked tables keep the strategy and the daily work connected.',
    },
    steps: [
      { en: 'Set up a quarterly strategic table (sales and operations directors with the managing director) on markets, capacity and priorities.' },
      { en: 'Set up a fortnightly executive table (account managers, planners, team leads) on orders, lead times and exceptions.' },
      { en: 'Close each strategic table with decisions written for the executive table, and open each executive table with them.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['004_4f64f7360c716017.txt'],
    condition: { question: 'sales-ops-levels', score: { lt: 2 } },
  },
  {
    id: 'concrete-case-reviews',
    dimensionId: 'alignment',
    title: { en: 'Review two concrete cases at every meeting' },
    body: {
      en: 'Sales and Operations never look back together at what happened, so each keeps its own story. Seed 004: look back at concrete situations and discover together where interests chafed, what went well or wrong, and how to do better next time.',
    },
    steps: [
      { en: 'Each side brings one recent case to the next meeting — a lost order, a rush job, a complaint — described on half a page.' },
      { en: 'For each case, answer three questions: where did our interests chafe, what went well or wrong, what do we do differently next time?' },
      { en: 'Record one improvement per case with an owner, and check it at the following meeting.' },
    ],
    horizon: 'QUICK_WIN',
    impact: 3,
    seeds: ['004_4f64f7360c716017.txt'],
    condition: { question: 'concrete-cases-review', score: { lt: 2 } },
  },
  {
    id: 'test-agreements-against-strategy',
    dimensionId: 'alignment',
    title: { en: 'Test every Sales–Operations agreement against the strategy' },
    body: {
      en: 'Agreements between Sales and Operations go to whoever shouts loudest. Seed 004 says the chosen strategy and goals lead, and agreements must be tested against them. A short checklist makes that test routine.',
    },
    steps: [
      { en: 'Management writes a five-line decision checklist from the strategy: which customers, products and lead times have priority, and why.' },
      { en: 'From this month, use it for every priority, lead-time or exception decision in the Sales & Operations meeting.' },
      { en: 'Where the checklist gives no answer, escalate the question to management within a week and add the answer to the checklist.' },
    ],
    horizon: 'QUICK_WIN',
    impact: 4,
    seeds: ['004_4f64f7360c716017.txt'],
    condition: { question: 'agreements-tested-strategy', score: { lt: 2 } },
  },
  {
    id: 'shared-sales-ops-kpis',
    dimensionId: 'alignment',
    title: { en: 'Reward Sales and Operations for the same results' },
    body: {
      en: 'Sales and Operations are rewarded for targets that pull against each other. Seed 004 reminds us that both serve one shared interest, that of the whole organisation. Shared KPIs make cooperation pay instead of cost.',
    },
    steps: [
      { en: 'HR and the two directors list the current targets and bonus criteria of both functions and mark where they conflict.' },
      { en: 'Choose two or three shared KPIs for the whole organisation — for example margin per order, delivery reliability, customer satisfaction — and base at least a third of each function\'s variable pay on them from the next cycle.' },
      { en: 'Report the shared KPIs at every Sales & Operations meeting.' },
    ],
    horizon: 'STRATEGIC',
    impact: 4,
    seeds: ['004_4f64f7360c716017.txt'],
    condition: { question: 'sales-ops-shared-interest', score: { lt: 2 } },
  },
  {
    id: 'sparring-and-mirroring-session',
    dimensionId: 'alignment',
    title: { en: 'Practise sparring and mirroring in a facilitated session' },
    body: {
      en: 'Criticism between Sales and Operations goes behind backs or up the hierarchy. Seed 004: dare to spar and to mirror — that is how teams move from irritation to enjoying their work and from conflicting interests to shared success.',
    },
    steps: [
      { en: 'A neutral facilitator runs a half-day session with 6–10 people from Sales and Operations.' },
      { en: 'Each side first describes how it sees the other and how it thinks the other sees it; then both discuss the differences using one real case.' },
      { en: 'Agree three working rules for giving each other feedback and put them on the agenda of the regular meeting.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 3,
    seeds: ['004_4f64f7360c716017.txt'],
    condition: { question: 'sparring-mirroring', score: { lt: 2 } },
  },
  {
    id: 'partner-approach-review',
    dimensionId: 'alignment',
    title: { en: 'Compare notes with the partner on the approach, not just the numbers' },
    body: {
      en: 'You and the partner exchange reports and invoices but never discuss the approach itself. Seed 000: if you can compare notes productively within the outsourcing relationship, you are in good shape. Seed 004\'s sparring and mirroring works between companies as well as between departments.',
    },
    steps: [
      { en: 'Add a 30-minute "how are we working together" item to the next partner review, led alternately by each side.' },
      { en: 'Each side prepares three points: what the other does well, what gets in its way, and one thing it would change in the approach.' },
      { en: 'Agree one change per quarter and check its effect at the next review.' },
    ],
    horizon: 'QUICK_WIN',
    impact: 3,
    seeds: ['000_771def5f3f0c7c25.txt', '004_4f64f7360c716017.txt'],
    condition: { question: 'partner-sparring', score: { lt: 2 } },
  },
  {
    id: 'visit-peer-companies',
    dimensionId: 'alignment',
    title: { en: 'Look over your own walls: visit a peer company' },
    body: {
      en: 'Your people rarely see how other companies solve the same problems. Seed 004 ends with workshop participants deciding to visit each other — looking over the walls of their own organisation to learn. One visit often shows a solution that internal debate would take months to find.',
    },
    steps: [
      { en: 'The operations and sales directors each name a non-competing company they admire for its planning or customer service.' },
      { en: 'Arrange a half-day visit within 90 days for a small mixed team from Sales and Operations, and offer a return visit.' },
      { en: 'The team presents three lessons at the next Sales & Operations meeting, and one of them is tried within a month.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 2,
    seeds: ['004_4f64f7360c716017.txt'],
    condition: { question: 'peer-learning', score: { lt: 2 } },
  },
  {
    id: 'close-knowledge-gaps',
    dimensionId: 'alignment',
    title: { en: 'Close the knowledge gaps in a joint review' },
    body: {
      en: 'Many answers were "don\'t know": the people who answered do not see how key parts of the business work. Seed 004 calls regular dialogue the way to a shared picture, and seed 000 makes a check-up like this one the starting point. Fill the gaps together before acting on the scores.',
    },
    steps: [
      { en: 'The sponsor of this check-up lists the questions answered "don\'t know" and who should know each answer.' },
      { en: 'Hold a 90-minute session with those people, the partner included where relevant, to go through the list and agree the real answers.' },
      { en: 'Re-run the check-up with the completed answers, and add the people who knew them as respondents next time.' },
    ],
    horizon: 'QUICK_WIN',
    impact: 3,
    seeds: ['004_4f64f7360c716017.txt', '000_771def5f3f0c7c25.txt'],
    condition: { flag: 'KNOWLEDGE_GAP' },
  },
];
