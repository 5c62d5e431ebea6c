import type { QuestionnaireDefinition } from '../../../domain/questionnaire.schema.js';
import type { RespondentRole } from '../../../domain/vocabulary.js';

type DimensionDefinition = QuestionnaireDefinition['dimensions'][number];

/** Questions about the client's own management that an outsourcing partner cannot judge. */
const INTERNAL_ROLES: RespondentRole[] = ['MANAGEMENT', 'SALES', 'OPERATIONS', 'MARKETING', 'CUSTOMER_CARE', 'OTHER'];

/**
 * Strategic orientation & holistic linkage (seeds 000, 004): a strategy exists, is shared
 * unambiguously, is translated into every function, and operational choices — outsourcing
 * first of all — are tested against it.
 */
export const strategyDimension: DimensionDefinition = {
  id: 'strategy',
  title: { en: 'Strategic orientation & holistic linkage' },
  description: {
    en: 'Whether the company has a clear strategy and goals, shares them in the same words with every function and with the outsourcing partner, and tests operational choices — outsourcing included — against them.',
  },
  weight: 3,
  weightRationale: {
    en: 'Weighted highest with partnership: seed 000 says outsourcing management presupposes a serious reflection on the company\'s strategic orientation, and seed 004 says strategy and goals lead every alignment. Without this base, strong scores elsewhere do not hold together.',
  },
  seeds: ['000_771def5f3f0c7c25.txt', '004_4f64f7360c716017.txt'],
  questions: [
    {
      id: 'strategy-documented',
      kind: 'maturity',
      prompt: { en: 'How clearly are your company\'s strategy and its 3–5-year goals written down?' },
      help: {
        en: 'Seed 004: the organisation\'s strategy and goals lead and are the common basis for aligning Sales and Operations. Seed 000: an outsourcing model starts from a serious reflection on the company\'s strategic orientation.',
      },
      levels: [
        { en: 'There is no written strategy; the direction lives in the owner\'s or director\'s head.' },
        { en: 'A strategy exists as a slide deck or an annual budget, but its goals are vague and rarely referred to.' },
        { en: 'A written strategy with measurable goals exists and management looks at it once a year.' },
        { en: 'The strategy sets measurable 3–5-year goals with named owners, and management reviews progress every quarter.' },
        { en: 'The strategy and its goals are the reference for every major decision, reviewed quarterly and updated when the market shifts.' },
      ],
      tags: ['strategy', 'long-term-planning'],
      seeds: ['004_4f64f7360c716017.txt', '000_771def5f3f0c7c25.txt'],
      roles: INTERNAL_ROLES,
      weight: 1.5,
    },
    {
      id: 'strategy-shared-unambiguously',
      kind: 'maturity',
      prompt: { en: 'How unambiguously are the strategy and goals shared with Sales, Operations and Marketing?' },
      help: {
        en: 'Seed 004: setting strategy and goals is not enough — sharing them unambiguously with Sales and Operations is at least as important, because both serve one shared interest.',
      },
      levels: [
        { en: 'Teams know their own targets but not the company goals behind them.' },
        { en: 'Goals are announced once, for example at a kick-off, and each team interprets them its own way.' },
        { en: 'Goals are shared in writing with all teams, yet Sales and Operations still describe the priorities differently.' },
        { en: 'Every team head can state the same top goals and priorities, and management checks this understanding from time to time.' },
        { en: 'Sales, Operations, Marketing and the outsourcing partner describe the goals in the same words and settle disagreements by referring to them.' },
      ],
      tags: ['strategy', 'linkage', 'communication'],
      seeds: ['004_4f64f7360c716017.txt'],
      roles: INTERNAL_ROLES,
      weight: 1.5,
    },
    {
      id: 'strategy-translated-functions',
      kind: 'maturity',
      prompt: { en: 'How are the company goals translated into concrete objectives for each function?' },
      help: {
        en: 'Seed 004: strategy must be carefully translated to Sales and to Operations, not just announced; otherwise each function optimises its own part and they pull apart.',
      },
      levels: [
        { en: 'Each function sets its own targets without reference to the company goals.' },
        { en: 'Some functions derive targets from the goals, but it happens ad hoc and differs year to year.' },
        { en: 'Every function has objectives derived from the goals, but the link is not visible in its plans.' },
        { en: 'Each function\'s plan shows which company goal every objective serves, and conflicting objectives are resolved before the year starts.' },
        { en: 'Sales, Operations, Marketing and the partner derive their objectives together so they reinforce each other, and revisit them whenever the goals change.' },
      ],
      tags: ['strategy', 'linkage', 'operational-planning'],
      seeds: ['004_4f64f7360c716017.txt', '001_036e9d3a361eeafd.txt'],
      roles: INTERNAL_ROLES,
      weight: 2,
    },
    {
      id: 'outsourcing-tested-against-strategy',
      kind: 'maturity',
      prompt: { en: 'When you decide to outsource an activity or change provider, how is the decision tested against the strategy?' },
      help: {
        en: 'Seed 000: outsourcing only becomes a successful partnership when its strategic aspect is valued and its links with tactics and company policies are understood — not when it is a cost decision alone.',
      },
      levels: [
        { en: 'Outsourcing decisions are driven by cost or urgency alone.' },
        { en: 'Strategy is mentioned in the discussion, but price and speed decide.' },
        { en: 'The business case states which strategic goal the outsourcing supports.' },
        { en: 'Management reviews the business case against the strategic goals, including its effect on sales, marketing and customer care.' },
        { en: 'Every outsourcing decision is checked against the strategy and its links to tactics and company policies, and checked again at each contract renewal.' },
      ],
      tags: ['strategy', 'linkage', 'partnership', 'supplier-selection'],
      seeds: ['000_771def5f3f0c7c25.txt'],
      roles: INTERNAL_ROLES,
      weight: 2,
    },
    {
      id: 'managerial-attitudes',
      kind: 'maturity',
      prompt: { en: 'Before changing how work is organised (for example, before outsourcing), how openly does management reflect on its own attitudes and habits?' },
      help: {
        en: 'Seed 000: an organisational model such as outsourcing management presupposes a serious reflection on the client\'s strategic orientation and on its managerial attitudes — control habits decide whether a partner can act as one.',
      },
      levels: [
        { en: 'Changes are announced without any reflection on how management itself works.' },
        { en: 'Management discusses the change but not its own role or habits.' },
        { en: 'Management names the behaviours that must change, such as control versus trust, but nothing follows.' },
        { en: 'Management agrees concrete changes in how it delegates, shares information and decides, and reviews them after a few months.' },
        { en: 'Reflecting on strategic orientation and managerial attitudes is a standing step in every major change, with feedback from teams and partners.' },
      ],
      tags: ['strategy', 'partnership', 'trust'],
      seeds: ['000_771def5f3f0c7c25.txt'],
    },
    {
      id: 'strategy-shared-with-partner',
      kind: 'maturity',
      prompt: { en: 'How much of the company\'s strategy and goals does the outsourcing partner know?' },
      help: {
        en: 'Seed 000: a partner, not a supplier, works towards shared objectives; seed 002: a true partnership is built on goals agreed from the start. A partner that only sees task instructions cannot serve the strategy.',
      },
      levels: [
        { en: 'The partner receives task instructions and service levels only.' },
        { en: 'The partner hears about company goals informally or by chance.' },
        { en: 'The partner receives a summary of the relevant goals once a year.' },
        { en: 'The partner is briefed on the strategy and its changes and can explain how its service contributes to it.' },
        { en: 'The partner takes part in strategy reviews for the outsourced area and proposes changes to serve the goals better.' },
      ],
      tags: ['strategy', 'partnership', 'shared-goals', 'linkage'],
      seeds: ['000_771def5f3f0c7c25.txt', '002_454879f926d32761.txt'],
      weight: 1.5,
    },
    {
      id: 'strategy-operations-holistic',
      kind: 'maturity',
      prompt: { en: 'When a new activity is launched (a channel, a service, a process), how are its links with the other functions worked out?' },
      help: {
        en: 'Seed 000: every activity of the company must reflect awareness of the links between operational strategy and strategic orientation, in the holistic sense — one function\'s launch is every function\'s business.',
      },
      levels: [
        { en: 'One function launches it; the others find out when problems reach them.' },
        { en: 'Other functions are informed shortly before the launch.' },
        { en: 'A launch checklist asks which functions are affected, but the initiating function fills it in alone.' },
        { en: 'Sales, Operations, Marketing, Customer Care and the partner plan the launch together, including resources and the effect on customers.' },
        { en: 'Every launch starts from the strategic goal it serves and a shared cross-functional plan, and the links are reviewed and adjusted after launch.' },
      ],
      tags: ['strategy', 'linkage', 'operational-planning'],
      seeds: ['000_771def5f3f0c7c25.txt'],
      weight: 1.5,
    },
  ],
};
