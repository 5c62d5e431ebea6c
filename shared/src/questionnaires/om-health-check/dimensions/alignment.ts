import type { QuestionnaireDefinition } from '../../../domain/questionnaire.schema.js';
import type { RespondentRole } from '../../../domain/vocabulary.js';

type DimensionDefinition = QuestionnaireDefinition['dimensions'][number];

/** The client's internal Sales–Operations dialogue: the partner is not asked about these meetings. */
const INTERNAL_ROLES: RespondentRole[] = ['MANAGEMENT', 'SALES', 'OPERATIONS', 'MARKETING', 'CUSTOMER_CARE', 'OTHER'];

/**
 * Sales–operations alignment & dialogue (seed 004): a fixed meeting structure at strategic and
 * executive level, review of concrete cases, agreements tested against strategy, sparring and
 * mirroring, a shared interest, and learning from peers.
 */
export const alignmentDimension: DimensionDefinition = {
  id: 'alignment',
  title: { en: 'Sales–operations alignment & dialogue' },
  description: {
    en: 'Whether Sales and Operations — and the company and its partner — meet in a fixed structure apart from the issues of the day, at strategic and executive level, look back at concrete situations, test agreements against the strategy, dare to spar and mirror, and learn from peers outside their own walls.',
  },
  weight: 2,
  weightRationale: {
    en: 'Seed 004 calls dialogue the most essential practice for real alignment; it is how strategy survives daily dynamics. It weighs less than strategy and partnership because it puts them into practice.',
  },
  seeds: ['004_4f64f7360c716017.txt'],
  questions: [
    {
      id: 'sales-ops-meeting-structure',
      kind: 'maturity',
      prompt: { en: 'Is there a fixed meeting structure where Sales and Operations meet, apart from the issues of the day?' },
      help: {
        en: 'Seed 004: Sales and Operations should sit down together regularly, away from the hustle of the day, and develop a fixed meeting structure for it — time and again.',
      },
      levels: [
        { en: 'Sales and Operations meet only when something goes wrong.' },
        { en: 'They meet irregularly, usually called together for one specific problem.' },
        { en: 'Regular meetings exist, but daily firefighting takes them over.' },
        { en: 'A fixed calendar of meetings with a set agenda covers plans and past performance, separate from daily operations.' },
        { en: 'The fixed meeting structure is respected by both sides, protected from cancellation, and refined every year.' },
      ],
      tags: ['dialogue', 'meeting-cadence', 'sales-ops'],
      seeds: ['004_4f64f7360c716017.txt'],
      roles: INTERNAL_ROLES,
      weight: 2,
    },
    {
      id: 'sales-ops-levels',
      kind: 'maturity',
      prompt: { en: 'At which levels do Sales and Operations align: directors, team leads, or both?' },
      help: {
        en: 'Seed 004: the dialogue must take place at both strategic and executive level; agreements made only at the top, or only on the shop floor, do not hold.',
      },
      levels: [
        { en: 'Only order by order, by phone or email.' },
        { en: 'Only the directors talk, and their decisions do not reach the teams.' },
        { en: 'Teams coordinate execution, but the directors seldom discuss strategy together.' },
        { en: 'Alignment happens both at strategic level (directors) and at executive level (team leads, planners).' },
        { en: 'The two levels are linked: what directors agree becomes team agreements, and issues from the teams feed the strategic discussion.' },
      ],
      tags: ['dialogue', 'strategy', 'linkage', 'sales-ops'],
      seeds: ['004_4f64f7360c716017.txt'],
      roles: INTERNAL_ROLES,
    },
    {
      id: 'concrete-cases-review',
      kind: 'maturity',
      prompt: { en: 'Do Sales and Operations look back together at concrete situations — a lost order, a rush job, a complaint?' },
      help: {
        en: 'Seed 004: look back at concrete situations and discover together where interests chafed, what went well or wrong, and how to do better next time.',
      },
      levels: [
        { en: 'Never; each side tells its own story.' },
        { en: 'Only after a major incident, usually to find out who is to blame.' },
        { en: 'Sometimes, when someone insists.' },
        { en: 'Regularly: a few recent cases are reviewed at each meeting to see what went well or wrong.' },
        { en: 'Case reviews are routine and blame-free, and each ends with agreed improvements that are followed up.' },
      ],
      tags: ['dialogue', 'sales-ops'],
      seeds: ['004_4f64f7360c716017.txt'],
      roles: INTERNAL_ROLES,
    },
    {
      id: 'agreements-tested-strategy',
      kind: 'maturity',
      prompt: { en: 'Are agreements between Sales and Operations tested against the chosen strategy and goals?' },
      help: {
        en: 'Seed 004: agreements must be tested against the chosen strategy and goals, which lead and form the common basis for alignment between Sales and Operations.',
      },
      levels: [
        { en: 'Agreements go to whoever shouts loudest or is closest to the customer.' },
        { en: 'Agreements are made case by case without reference to the goals.' },
        { en: 'The strategy is invoked for large decisions only.' },
        { en: 'Agreements on priorities, lead times and exceptions are checked against the strategy and goals before they are made.' },
        { en: 'Agreements are tested against the strategy beforehand and reviewed afterwards; where the strategy is unclear, the question goes back to management.' },
      ],
      tags: ['dialogue', 'strategy', 'linkage', 'sales-ops'],
      seeds: ['004_4f64f7360c716017.txt'],
      roles: INTERNAL_ROLES,
      weight: 1.5,
    },
    {
      id: 'sparring-mirroring',
      kind: 'maturity',
      prompt: { en: 'How openly do Sales and Operations challenge each other (sparring) and hold up a mirror to each other (mirroring)?' },
      help: {
        en: 'Seed 004: dare to spar and to mirror — workshop participants called this dialogue the most essential thing for real alignment, the way from irritation to enjoying the work together.',
      },
      levels: [
        { en: 'Criticism is voiced behind the other side\'s back.' },
        { en: 'Disagreements are escalated rather than discussed.' },
        { en: 'People discuss openly in meetings but avoid sensitive topics.' },
        { en: 'Both sides openly challenge plans and tell each other where their interests chafed.' },
        { en: 'Sparring and mirroring are part of the culture: people ask for feedback, and conflicts turn into shared solutions.' },
      ],
      tags: ['dialogue', 'trust'],
      seeds: ['004_4f64f7360c716017.txt'],
      roles: INTERNAL_ROLES,
      weight: 1.5,
    },
    {
      id: 'sales-ops-shared-interest',
      kind: 'maturity',
      prompt: { en: 'Are Sales and Operations rewarded for the same result?' },
      help: {
        en: 'Seed 004: Sales and Operations serve one shared interest — that of the whole organisation — even though their DNA and roles differ; targets that pull them apart turn that interest into a fight.',
      },
      levels: [
        { en: 'Targets conflict: sales on volume at any cost, operations on efficiency at any cost.' },
        { en: 'Targets differ, and the director settles conflicts case by case.' },
        { en: 'Some shared KPIs exist, such as on-time delivery, but bonuses depend on separate targets.' },
        { en: 'Both functions share KPIs for the whole organisation (margin, delivery reliability, customer satisfaction) alongside their own.' },
        { en: 'Sales and Operations are judged on the same company results and plan together how to reach them.' },
      ],
      tags: ['shared-goals', 'sales-ops', 'kpi', 'linkage'],
      seeds: ['004_4f64f7360c716017.txt'],
      roles: INTERNAL_ROLES,
    },
    {
      id: 'partner-sparring',
      kind: 'maturity',
      prompt: { en: 'How productively do the company and the outsourcing partner compare notes on results and on the approach itself?' },
      help: {
        en: 'Seed 000: if you can compare notes productively within the outsourcing relationship, you are in good shape; seed 004 shows the same sparring and mirroring works between any two parties that serve one interest.',
      },
      levels: [
        { en: 'Contact is limited to reports and invoices; the approach itself is never discussed.' },
        { en: 'Results are discussed, but only to settle who is responsible for a shortfall.' },
        { en: 'Results are discussed in regular reviews, but the approach is taken as given.' },
        { en: 'Both sides regularly review results and the approach behind them and give each other candid feedback.' },
        { en: 'Comparing notes is a habit: both sides challenge each other\'s assumptions, mirror how they see each other, and change course together.' },
      ],
      tags: ['dialogue', 'partnership', 'trust', 'linkage'],
      seeds: ['000_771def5f3f0c7c25.txt', '004_4f64f7360c716017.txt'],
      weight: 1.5,
    },
    {
      id: 'peer-learning',
      kind: 'maturity',
      prompt: { en: 'How often do your people look over the walls of your own organisation to learn from peers (site visits, experience workshops, industry groups)?' },
      help: {
        en: 'Seed 004: several workshop participants went a step further and decided to visit each other — looking over the walls of their own organisation to learn how others align Sales and Operations.',
      },
      levels: [
        { en: 'Never.' },
        { en: 'Occasionally someone attends a trade fair or conference.' },
        { en: 'Individual managers exchange experiences informally.' },
        { en: 'Teams visit peers or join experience workshops at least once a year and share what they learnt.' },
        { en: 'Peer learning is planned: regular visits and exchanges with other companies, with the lessons turned into improvements.' },
      ],
      tags: ['dialogue', 'knowledge-transfer'],
      seeds: ['004_4f64f7360c716017.txt'],
    },
  ],
};
