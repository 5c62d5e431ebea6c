import type { QuestionnaireDefinition } from '../../../domain/questionnaire.schema.js';
import type { RespondentRole } from '../../../domain/vocabulary.js';

type DimensionDefinition = QuestionnaireDefinition['dimensions'][number];

/** How the provider was chosen is the client's own process; the partner only saw its outside. */
const INTERNAL_ROLES: RespondentRole[] = ['MANAGEMENT', 'SALES', 'OPERATIONS', 'MARKETING', 'CUSTOMER_CARE', 'OTHER'];

/**
 * Outsourcing lifecycle & governance (seeds 000, 002): from goals, horizon and selection of
 * suppliers and tools, through transition, to verified competences and ongoing governance.
 */
export const lifecycleDimension: DimensionDefinition = {
  id: 'lifecycle',
  title: { en: 'Outsourcing lifecycle & governance' },
  description: {
    en: 'Whether the outsourcing relationship is programmed for the medium and long term and managed well in every phase: goals, choice of suppliers and tools, transition periods, the partner\'s certified competences in the agreed roles, and governance from goals to ongoing management.',
  },
  weight: 2,
  weightRationale: {
    en: 'The lifecycle is where the partnership model is made real or lost, phase by phase (seed 000) and from the first goals onwards (seed 002). It weighs less than strategy and partnership because it carries them out rather than defining them.',
  },
  seeds: ['000_771def5f3f0c7c25.txt', '002_454879f926d32761.txt'],
  questions: [
    {
      id: 'outsourcing-horizon',
      kind: 'maturity',
      prompt: { en: 'Over what time horizon is the outsourcing relationship planned?' },
      help: {
        en: 'Seed 000: for outsourcing to be advantageous and sustainable for all parties it needs medium- to long-term programming, not only attention to operational matters.',
      },
      levels: [
        { en: 'Outsourcing is bought job by job or season by season, with no plan beyond it.' },
        { en: 'Contracts run a year at a time and plans cover only the next operational steps.' },
        { en: 'A multi-year contract exists, but planning is still about day-to-day operations.' },
        { en: 'A 2–3-year plan sets goals, investments and milestones for the outsourced area and is reviewed every year.' },
        { en: 'The outsourced area has a medium/long-term programme tied to the 3–5-year strategy, and both parties invest against it.' },
      ],
      tags: ['long-term-planning', 'strategy', 'partnership'],
      seeds: ['000_771def5f3f0c7c25.txt'],
      weight: 2,
    },
    {
      id: 'relationship-goals-defined',
      kind: 'maturity',
      prompt: { en: 'When the relationship started (or was last renewed), how clearly were its goals agreed?' },
      help: {
        en: 'Seed 002: a partnership needs a solid foundation laid from the very start, covering everything from its goals to its ongoing management.',
      },
      levels: [
        { en: 'No goals were set beyond the price and a description of the service.' },
        { en: 'Goals were discussed but never written down.' },
        { en: 'Goals were written into the contract as service levels only.' },
        { en: 'Business goals — what the company wants to achieve by outsourcing — were agreed with the partner and documented alongside the service levels.' },
        { en: 'Goals were agreed jointly, linked to the strategy, and are revisited at every governance review.' },
      ],
      tags: ['shared-goals', 'partnership', 'strategy'],
      seeds: ['002_454879f926d32761.txt', '000_771def5f3f0c7c25.txt'],
      weight: 1.5,
    },
    {
      id: 'supplier-selection-criteria',
      kind: 'maturity',
      prompt: { en: 'How was the current outsourcing partner chosen?' },
      help: {
        en: 'Seed 000: success in every phase, starting with the choice of suppliers, needs the strategic aspect valued and its links to tactics and company policies understood.',
      },
      levels: [
        { en: 'On the lowest price, or through an existing personal contact.' },
        { en: 'On price, with a quick check of references.' },
        { en: 'Through a tender with a scorecard weighing price, quality and capacity.' },
        { en: 'Through a structured selection that also weighed strategic fit, culture, flexibility and the ability to work with your other functions.' },
        { en: 'Selection started from the strategic goals and included a pilot or trial period in which both sides tested the fit before committing.' },
      ],
      tags: ['supplier-selection', 'strategy', 'linkage'],
      seeds: ['000_771def5f3f0c7c25.txt'],
      roles: INTERNAL_ROLES,
    },
    {
      id: 'tool-selection',
      kind: 'maturity',
      prompt: { en: 'How are the tools used in the outsourced activity (software, CRM, platforms) chosen?' },
      help: {
        en: 'Seed 000 names the choice of tools next to the choice of suppliers: both must follow from the strategy and fit the links between functions, or data and work get stuck at the border.',
      },
      levels: [
        { en: 'Each side uses its own tools; data is exchanged by spreadsheet or email.' },
        { en: 'Whoever needs a tool first chooses it, without checking what the others use.' },
        { en: 'Tools are chosen for the outsourced activity with some thought about integration.' },
        { en: 'The company and the partner choose tools together, against requirements from the functions involved (sales, marketing, customer care).' },
        { en: 'Tool choices follow a shared architecture that supports the strategy; data flows between your systems and the partner\'s without manual steps.' },
      ],
      tags: ['supplier-selection', 'linkage', 'customer-data'],
      seeds: ['000_771def5f3f0c7c25.txt'],
    },
    {
      id: 'transition-management',
      kind: 'maturity',
      prompt: { en: 'How are transition periods managed — start-up, change of provider, or taking an activity back in-house?' },
      help: {
        en: 'Seed 000 singles out the management of transition periods as a phase where outsourcing succeeds or fails; it is where knowledge, customers and staff are most at risk.',
      },
      levels: [
        { en: 'The switch happens on a cut-over date with no plan; problems are handled as they appear.' },
        { en: 'A plan covers the technical switch, but not staff, customers or knowledge.' },
        { en: 'A transition plan covers people, processes and systems, but only one side owns it.' },
        { en: 'A joint transition plan sets milestones, risks, a period of parallel running and communication to staff and customers.' },
        { en: 'Transitions run as joint programmes with go/no-go criteria tied to business goals, and lessons are recorded for the next one.' },
      ],
      tags: ['transition', 'partnership'],
      seeds: ['000_771def5f3f0c7c25.txt'],
    },
    {
      id: 'partner-certified-competences',
      kind: 'maturity',
      prompt: { en: 'How are the partner\'s competences for the agreed roles verified?' },
      help: {
        en: 'Seed 000: an outsourcing management relationship presupposes certified competences of the partner in the agreed roles — not competences assumed from a sales pitch.',
      },
      levels: [
        { en: 'Competences are assumed from the provider\'s sales presentation.' },
        { en: 'CVs or references were seen at the start, never afterwards.' },
        { en: 'Certifications required for key roles are listed in the contract but rarely checked.' },
        { en: 'Required competences per agreed role are defined and checked (certificates, tests, onboarding) when people join and at regular intervals.' },
        { en: 'Competences per role are certified and kept current with a training plan, and the partner proposes upgrades as your needs evolve.' },
      ],
      tags: ['competences', 'partnership'],
      seeds: ['000_771def5f3f0c7c25.txt'],
      weight: 1.5,
    },
    {
      id: 'governance-ongoing',
      kind: 'maturity',
      prompt: { en: 'How is the outsourcing relationship governed once it is running?' },
      help: {
        en: 'Seed 002: managers can tell whether they are on track to a true partnership by checking everything from the goals to ongoing management; governance is where goals, KPIs and the relationship itself are reviewed.',
      },
      levels: [
        { en: 'There is no governance beyond invoices and incident calls.' },
        { en: 'Only operational meetings take place, about tickets and volumes.' },
        { en: 'Monthly operational reviews and an annual contract review take place.' },
        { en: 'Governance has layers: weekly operational, monthly tactical and quarterly strategic reviews, each with the right people from both sides.' },
        { en: 'Governance runs from goals to ongoing management: goals are revisited, KPIs adjusted, improvement plans agreed, and both sides regularly evaluate the relationship itself.' },
      ],
      tags: ['partnership', 'meeting-cadence', 'dialogue', 'kpi'],
      seeds: ['002_454879f926d32761.txt'],
      weight: 1.5,
    },
  ],
};
