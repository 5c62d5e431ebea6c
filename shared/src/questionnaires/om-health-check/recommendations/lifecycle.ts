import type { QuestionnaireDefinition } from '../../../domain/questionnaire.schema.js';

type RecommendationDefinitionInput = QuestionnaireDefinition['recommendations'][number];

/** Recommendations for the outsourcing lifecycle & governance (seeds 000, 002). */
export const lifecycleRecommendations: RecommendationDefinitionInput[] = [
  {
    id: 'outsourcing-roadmap',
    dimensionId: 'lifecycle',
    title: { en: 'Build a three-year outsourcing roadmap with the partner' },
    body: {
      en: 'The relationship is planned year by year, with attention only to operations. Seed 000: outsourcing is advantageous and sustainable for all parties only with medium- to long-term programming. A shared roadmap gives the partner a reason to invest and you a basis to steer.',
    },
    steps: [
      { en: 'The executive sponsor and the partner\'s account director draft a three-year roadmap for the outsourced area: goals, volumes, investments, milestones.' },
      { en: 'Link each roadmap goal to a goal in the company strategy and review the draft with Sales, Operations and Marketing.' },
      { en: 'Align the contract term with the roadmap at the next renewal, and review the roadmap every year.' },
    ],
    horizon: 'STRATEGIC',
    impact: 5,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { flag: 'SHORT_TERM_OUTSOURCING' },
  },
  {
    id: 'relationship-foundation-charter',
    dimensionId: 'lifecycle',
    title: { en: 'Lay the foundation: agree what the relationship is for and how it is run' },
    body: {
      en: 'The relationship started without agreed goals beyond price and service. Seed 002 says a partnership needs a solid foundation laid from the start, covering everything from its goals to its ongoing management. It is not too late to lay it now.',
    },
    steps: [
      { en: 'Hold a one-day workshop with both management teams to answer: what do we want to achieve together, how will we measure it, how will we manage it, and how will we change it when needs shift?' },
      { en: 'Write the answers into a two-page relationship charter signed by both executive sponsors.' },
      { en: 'Use the charter as the agenda of the first quarterly strategic review.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['002_454879f926d32761.txt'],
    condition: { question: 'relationship-goals-defined', score: { lt: 2 } },
  },
  {
    id: 'verify-partner-competences',
    dimensionId: 'lifecycle',
    title: { en: 'Define and verify the competences for each agreed role' },
    body: {
      en: 'The partner\'s competences are assumed rather than checked. Seed 000: outsourcing management presupposes certified competences of the partner in the agreed roles, including the ability to manage marketing processes in their links with other functions. A competence matrix makes expectations explicit and verifiable.',
    },
    steps: [
      { en: 'The contract owner and the partner list every agreed role and the competences and certifications each one requires.' },
      { en: 'The partner shows, role by role, who holds which certification, and proposes a training plan for the gaps within 60 days.' },
      { en: 'Add a competence check to the onboarding of every new member of the partner\'s team and to the annual relationship review.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 4,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { flag: 'UNVERIFIED_PARTNER_COMPETENCE' },
  },
  {
    id: 'joint-transition-plan',
    dimensionId: 'lifecycle',
    title: { en: 'Prepare a joint transition plan before the next change' },
    body: {
      en: 'Transitions are handled on a cut-over date, with no plan for people, customers or knowledge. Seed 000 names the management of transition periods as a phase where outsourcing succeeds or fails. A standard plan makes the next start-up, switch of provider or insourcing safe.',
    },
    steps: [
      { en: 'Operations and the partner write a transition template: milestones, risks, a period of parallel running, go/no-go criteria, communication to staff and customers.' },
      { en: 'Apply it to the next planned change, with one named owner on each side.' },
      { en: 'After each transition, hold a one-hour lessons-learnt session and update the template.' },
    ],
    horizon: 'NEXT_90_DAYS',
    impact: 3,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { question: 'transition-management', score: { lt: 2 } },
  },
  {
    id: 'layered-governance',
    dimensionId: 'lifecycle',
    title: { en: 'Set up three levels of governance with the partner' },
    body: {
      en: 'Governance is limited to invoices, incidents and operational meetings. Seed 002 tells managers to check the whole path from goals to ongoing management, which needs meetings where the goals and the relationship itself are discussed, not only tickets.',
    },
    steps: [
      { en: 'Agree a calendar this month: a weekly operational call, a monthly tactical review (KPIs, changes, issues) and a quarterly strategic review (goals, roadmap, health of the relationship).' },
      { en: 'Name the attendees from both sides for each level, with the executive sponsors at the quarterly review.' },
      { en: 'End each quarterly review with a five-minute relationship check: what each side should do more of and less of.' },
    ],
    horizon: 'QUICK_WIN',
    impact: 4,
    seeds: ['002_454879f926d32761.txt'],
    condition: { question: 'governance-ongoing', score: { lt: 2 } },
  },
  {
    id: 'strategic-selection-scorecard',
    dimensionId: 'lifecycle',
    title: { en: 'Choose the next provider on strategic fit, not on price alone' },
    body: {
      en: 'The current partner was chosen on price or through an existing contact. Seed 000 says success starts with the choice of suppliers, which must value the strategic aspect and its links to tactics and company policies. A scorecard prepared now will be ready for the next selection or renewal.',
    },
    steps: [
      { en: 'Purchasing and the management team build a selection scorecard that weighs strategic fit, flexibility, certified competences and the ability to work with Sales, Marketing and Customer Care next to price, with price at no more than 40 % of the score.' },
      { en: 'Include a paid pilot or trial period in the next selection process.' },
      { en: 'Use the same scorecard to assess the current partner twelve months before its contract renewal.' },
    ],
    horizon: 'STRATEGIC',
    impact: 3,
    seeds: ['000_771def5f3f0c7c25.txt'],
    condition: { question: 'supplier-selection-criteria', score: { lt: 2 } },
  },
  {
    id: 'joint-tool-roadmap',
    dimensionId: 'lifecycle',
    title: { en: 'Choose tools together so that data crosses the border' },
    body: {
      en: 'You and the partner use separate tools and exchange data by spreadsheet. Seed 000 puts the choice of tools next to the choice of suppliers, and seed 003 shows that customer focus needs every interaction in one repository. Tools chosen together keep data and work flowing between the two organisations.',
    },
    steps: [
      { en: 'IT, Operations and the partner map the tools used on each side and every manual data hand-over between them.' },
      { en: 'Rank the hand-overs by effort and customer impact and pick the top two to integrate or replace within six months.' },
      { en: 'Agree that no new tool for the outsourced activity is bought without a joint requirements check.' },
    ],
    horizon: 'STRATEGIC',
    impact: 3,
    seeds: ['000_771def5f3f0c7c25.txt', '003_50109f7b1aff138e.txt'],
    condition: { question: 'tool-selection', score: { lt: 2 } },
  },
];
