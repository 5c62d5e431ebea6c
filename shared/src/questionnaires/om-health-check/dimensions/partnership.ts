import type { QuestionnaireDefinition } from '../../../domain/questionnaire.schema.js';

type DimensionDefinition = QuestionnaireDefinition['dimensions'][number];

/**
 * Partnership model (seeds 000, 002): partner vs supplier, shared win/win objectives, trust,
 * flexibility of KPIs, contract and financial model, knowledge transfer. Every question is
 * asked of the outsourcing partner too, so both sides' views can be mirrored.
 */
export const partnershipDimension: DimensionDefinition = {
  id: 'partnership',
  title: { en: 'Partnership model' },
  description: {
    en: 'Whether the outsourcing provider is treated as a partner or as a supplier: shared objectives in a win/win logic, trust, flexible KPIs, contract terms and financial model, no punishment for a single missed KPI, and knowledge flowing both ways.',
  },
  weight: 3,
  weightRationale: {
    en: 'Weighted highest with strategy: "a partner, not a supplier" is the central idea of seed 000, and seed 002 shows that flexibility and trust — not the word "partnership" — separate a partnership from a buyer–seller deal.',
  },
  seeds: ['000_771def5f3f0c7c25.txt', '002_454879f926d32761.txt'],
  questions: [
    {
      id: 'outsourced-areas',
      kind: 'multi',
      prompt: { en: 'Which activities are currently outsourced? Select all that apply.' },
      help: {
        en: 'Seed 002: the partnership principles apply to any outsourcing — manufacturing, production, HR, payroll, IT or business processes. Knowing what is outsourced puts the answers that follow in context.',
      },
      options: [
        { id: 'manufacturing', label: { en: 'Manufacturing or production' } },
        { id: 'logistics', label: { en: 'Warehousing and logistics' } },
        { id: 'customer-care', label: { en: 'Customer care or contact centre' } },
        { id: 'sales', label: { en: 'Sales (field sales, telesales, agents)' } },
        { id: 'marketing', label: { en: 'Marketing and communication' } },
        { id: 'ecommerce', label: { en: 'E-commerce operations (web shop, marketplaces)' } },
        { id: 'it', label: { en: 'IT services or software development' } },
        { id: 'hr-payroll', label: { en: 'HR or payroll' } },
        { id: 'finance-admin', label: { en: 'Finance, administration or other back-office processes' } },
        { id: 'nothing-yet', label: { en: 'Nothing yet — we are considering it' } },
      ],
      tags: ['partnership', 'supplier-selection'],
      seeds: ['002_454879f926d32761.txt', '000_771def5f3f0c7c25.txt'],
    },
    {
      id: 'partner-or-supplier',
      kind: 'maturity',
      prompt: { en: 'In day-to-day practice, is the main outsourcing provider treated as a supplier or as a partner?' },
      help: {
        en: 'Seed 000: outsourcing management needs a partner, not a supplier — a team to share objectives with. Seed 002: calling a deal a "partnership" does not make it one.',
      },
      levels: [
        { en: 'The provider is a vendor managed by purchasing on price; contact is limited to orders and invoices.' },
        { en: 'The provider is called a partner but is managed through purchase orders and penalty clauses.' },
        { en: 'There is regular contact beyond operations, but the provider is not involved in decisions that affect its work.' },
        { en: 'The provider is consulted before decisions that affect the outsourced area and brings a team that works alongside yours.' },
        { en: 'The provider joins planning and reviews, shares in the results, and both sides describe the relationship as a partnership in the same terms.' },
      ],
      tags: ['partnership', 'trust'],
      seeds: ['000_771def5f3f0c7c25.txt', '002_454879f926d32761.txt'],
      weight: 2,
    },
    {
      id: 'shared-objectives-win-win',
      kind: 'maturity',
      prompt: { en: 'Do the company and the outsourcing partner share objectives, so that when one wins the other wins too?' },
      help: {
        en: 'Seed 000: outsourcing management differs from a plain supply relationship because it rests on shared objectives in a win/win logic — "if I win, you win too".',
      },
      levels: [
        { en: 'Each side has its own targets; the provider earns the same whether or not the company reaches its goals.' },
        { en: 'Shared objectives appear in the contract preamble but are not measured.' },
        { en: 'A few joint objectives are measured, but the partner\'s fees do not depend on them.' },
        { en: 'Joint objectives are measured and reviewed together, and part of the partner\'s fee or bonus depends on them.' },
        { en: 'Both sides plan against the same business objectives, share gains and pains by agreement, and adjust the objectives together.' },
      ],
      tags: ['partnership', 'shared-goals', 'financial-model', 'linkage'],
      seeds: ['000_771def5f3f0c7c25.txt', '002_454879f926d32761.txt'],
      weight: 2,
    },
    {
      id: 'partner-kpi-flexibility',
      kind: 'maturity',
      prompt: { en: 'How are the outsourcing partner\'s KPIs reviewed when your needs change?' },
      help: {
        en: 'Seed 002: flexibility is the key that distinguishes a partnership from a buyer–seller relationship; rigid KPIs stop the provider from changing gears as the client\'s needs shift.',
      },
      levels: [
        { en: 'KPIs are fixed in the contract and never revisited.' },
        { en: 'KPIs change only through a formal contract amendment, which rarely happens.' },
        { en: 'KPIs are reviewed once a year, even when needs change during the year.' },
        { en: 'KPIs are reviewed jointly whenever needs shift materially, through a light, agreed change procedure.' },
        { en: 'The KPI set is kept alive: both sides retire, add or re-weight KPIs as the business changes, always tied to the shared objectives.' },
      ],
      tags: ['partnership', 'flexibility', 'kpi'],
      seeds: ['002_454879f926d32761.txt'],
      weight: 2,
    },
    {
      id: 'kpi-miss-response',
      kind: 'maturity',
      prompt: { en: 'What happens when the partner misses a single KPI?' },
      help: {
        en: 'Seed 002: in a partnership, cooperation and trust let the provider address issues as they arise without fear of being punished for missing a specific KPI.',
      },
      levels: [
        { en: 'A penalty is applied automatically, whatever the cause.' },
        { en: 'Penalties are applied, and the discussion is about blame and service credits.' },
        { en: 'Penalties exist but are waived case by case after discussion.' },
        { en: 'A miss triggers a joint root-cause review; penalties apply only to repeated or negligent misses.' },
        { en: 'The partner flags risks before they become misses and adjusts course on its own initiative; performance is judged on the overall outcome.' },
      ],
      tags: ['partnership', 'trust', 'kpi'],
      seeds: ['002_454879f926d32761.txt'],
      weight: 1.5,
    },
    {
      id: 'contract-flexibility',
      kind: 'maturity',
      prompt: { en: 'How easily can the contract terms be adapted when scope or volume changes?' },
      help: {
        en: 'Seed 002: strict contract terms are a hallmark of the buyer–seller relationship; the outsourced service is complex and the client\'s needs keep shifting, so the contract must be able to move with them.',
      },
      levels: [
        { en: 'Any change means renegotiating the contract; the provider does only what is written.' },
        { en: 'Changes are possible but slow, and are charged as extras at list price.' },
        { en: 'A change procedure exists and is used a few times a year, with some friction.' },
        { en: 'The contract foresees change (volume bands, scope options) and a joint steering group approves changes quickly.' },
        { en: 'The contract is a framework for cooperation: scope and terms evolve with the business through agreed mechanisms, and nobody reaches for the small print.' },
      ],
      tags: ['partnership', 'flexibility', 'contract'],
      seeds: ['002_454879f926d32761.txt'],
    },
    {
      id: 'financial-model-flexibility',
      kind: 'maturity',
      prompt: { en: 'How does the financial model (prices, fees, volume commitments) cope with changes in your needs?' },
      help: {
        en: 'Seed 002: inflexible financial models, like rigid KPIs and strict terms, make it hard for a provider to change gears; a partnership shares risk and reward instead.',
      },
      levels: [
        { en: 'Fixed prices per unit or per person, with no room for change.' },
        { en: 'Changes in volume or mix lead to disputes about who pays.' },
        { en: 'Price bands cover volume changes, but any new kind of work needs a new quote.' },
        { en: 'The model covers volume and mix changes and includes an agreed way to price new work.' },
        { en: 'The model shares risk and reward (for example outcome-based fees or gain-sharing), so the partner benefits from changing gears with you.' },
      ],
      tags: ['partnership', 'flexibility', 'financial-model'],
      seeds: ['002_454879f926d32761.txt'],
    },
    {
      id: 'knowledge-transfer',
      kind: 'maturity',
      prompt: { en: 'How does knowledge flow between the company and the outsourcing partner?' },
      help: {
        en: 'Seed 000: a partner brings a team and relationships from which the company can learn and transfer knowledge — both ways. Knowledge that stays locked at one side makes the relationship a dependency.',
      },
      levels: [
        { en: 'Knowledge stays with the provider; the company could not take the activity back or learn from it.' },
        { en: 'Documentation is handed over on request.' },
        { en: 'Regular reports are shared, but few lessons reach the company\'s own teams.' },
        { en: 'Planned exchanges (joint workshops, shadowing, shared documentation) take place, and both sides can name what they learnt from each other.' },
        { en: 'Knowledge transfer is an agreed objective with owners: your teams learn from the partner\'s expertise and the partner learns your business.' },
      ],
      tags: ['partnership', 'knowledge-transfer'],
      seeds: ['000_771def5f3f0c7c25.txt'],
    },
    {
      id: 'issue-raising-trust',
      kind: 'maturity',
      prompt: { en: 'How are problems raised between the company and the outsourcing partner?' },
      help: {
        en: 'Seed 002: like a marriage, a partnership includes compromise and accepting that neither side is perfect; trust shows in how early and openly problems are put on the table.',
      },
      levels: [
        { en: 'Problems surface only as complaints or escalations to senior management.' },
        { en: 'Problems are raised by email with the boss in copy; each side protects itself.' },
        { en: 'Problems are discussed in regular meetings, but some stay hidden until they can no longer be ignored.' },
        { en: 'Both sides raise problems early and openly and solve them in joint working sessions.' },
        { en: 'Problems are treated as shared: each side admits its own mistakes, and compromises are made without keeping score.' },
      ],
      tags: ['partnership', 'trust', 'dialogue'],
      seeds: ['002_454879f926d32761.txt'],
      weight: 1.5,
    },
  ],
};
