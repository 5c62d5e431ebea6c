import type { QuestionnaireDefinition } from '../../../domain/questionnaire.schema.js';
import type { Condition } from '../../../domain/condition.schema.js';
import type { RespondentRole } from '../../../domain/vocabulary.js';

type DimensionDefinition = QuestionnaireDefinition['dimensions'][number];

/** How the client's own plans are made; the partner sees only their results. */
const INTERNAL_ROLES: RespondentRole[] = ['MANAGEMENT', 'SALES', 'OPERATIONS', 'MARKETING', 'CUSTOMER_CARE', 'OTHER'];

/** E-commerce questions are shown to companies that sell online or plan to. */
const SELLS_OR_PLANS_ONLINE: Condition = { question: 'sells-online', is: ['yes', 'planned'] };

/**
 * Marketing, communication & channels (seed 000): marketing planned together with sales, its
 * processes understood in their links with the other functions, a consistent communication
 * approach, and e-commerce backed by customer-care quality and affordable resources.
 */
export const marketingDimension: DimensionDefinition = {
  id: 'marketing',
  title: { en: 'Marketing, communication & channels' },
  description: {
    en: 'Whether marketing is planned together with sales instead of "later", whether its processes are understood in their links with the other functions and the partner, whether communication is consistent, and whether online sales are backed by quality customer care and resources the company can afford.',
  },
  weight: 2,
  weightRationale: {
    en: 'Seed 000 names marketing and communication as the place where a fragmented approach shows first, and the area to check up at the very least. It weighs less than strategy and partnership because it depends on them.',
  },
  seeds: ['000_771def5f3f0c7c25.txt'],
  questions: [
    {
      id: 'sells-online',
      kind: 'choice',
      prompt: { en: 'Does the company sell online (own web shop, marketplaces or a B2B ordering portal)?' },
      help: {
        en: 'Seed 000: adding an e-commerce channel just to sell products is pointless without quality customer care and the resources to run it. Your answer decides whether we ask about those.',
      },
      options: [
        { id: 'yes', label: { en: 'Yes, we sell online today' } },
        { id: 'planned', label: { en: 'Not yet, but we plan to within the next 12 months' } },
        { id: 'no', label: { en: 'No, and we have no plans to' } },
      ],
      tags: ['ecommerce'],
      seeds: ['000_771def5f3f0c7c25.txt'],
    },
    {
      id: 'marketing-with-sales-plan',
      kind: 'maturity',
      prompt: { en: 'When sales targets are set, when is marketing planned?' },
      help: {
        en: 'Seed 000 quotes the anti-pattern "now we need to sell; marketing we\'ll think about calmly later". Marketing planned after the sales push cannot support it.',
      },
      levels: [
        { en: 'Marketing comes later, when there is time or money left over.' },
        { en: 'Marketing is called in once sales problems appear.' },
        { en: 'Marketing has its own annual plan, made separately from the sales plan.' },
        { en: 'Marketing and sales plans are built together from the same targets and reviewed together every quarter.' },
        { en: 'Marketing, sales and operations plan as one: campaigns, capacity and sales efforts are sequenced together from the strategy.' },
      ],
      tags: ['marketing', 'linkage', 'strategy'],
      seeds: ['000_771def5f3f0c7c25.txt'],
      roles: INTERNAL_ROLES,
      weight: 2,
    },
    {
      id: 'marketing-process-interrelations',
      kind: 'maturity',
      prompt: { en: 'How well are your marketing processes understood in their links with sales, operations, customer care and finance?' },
      help: {
        en: 'Seed 000: outsourcing management needs the ability to understand and manage complex marketing processes together with their interrelations with the other functions.',
      },
      levels: [
        { en: 'Marketing is seen as advertising and brochures, separate from the rest of the business.' },
        { en: 'Marketing is linked to sales only; operations and customer care hear about campaigns from customers.' },
        { en: 'Operations and customer care are told about major campaigns in advance.' },
        { en: 'Campaign plans include capacity, stock, service and budget checks with each function involved.' },
        { en: 'Marketing processes are mapped end to end with their interfaces; every campaign is planned with its effect on each function and measured on business results.' },
      ],
      tags: ['marketing', 'linkage', 'operational-planning'],
      seeds: ['000_771def5f3f0c7c25.txt'],
      roles: INTERNAL_ROLES,
      weight: 1.5,
    },
    {
      id: 'partner-marketing-interrelations',
      kind: 'maturity',
      prompt: { en: 'How well does the outsourcing partner understand your marketing processes and their links with your other functions?' },
      help: {
        en: 'Seed 000: next to certified competences, the partner must be able to understand and manage complex marketing processes, taking their interrelations with the other functions into account.',
      },
      levels: [
        { en: 'The partner executes tasks without knowing the campaigns or commercial priorities behind them.' },
        { en: 'The partner learns about campaigns when its volumes suddenly change.' },
        { en: 'The partner receives the marketing calendar but is not involved in planning.' },
        { en: 'The partner is briefed before campaigns and adapts its service (capacity, scripts, content) to them.' },
        { en: 'The partner contributes to marketing planning and runs its part of the marketing processes with a clear view of the effects on sales, operations and customer care.' },
      ],
      tags: ['marketing', 'partnership', 'competences', 'linkage'],
      seeds: ['000_771def5f3f0c7c25.txt'],
    },
    {
      id: 'communication-consistency',
      kind: 'maturity',
      prompt: { en: 'How consistent are the messages customers get from marketing, sales, customer care and the outsourcing partner?' },
      help: {
        en: 'Seed 000: company communication and the marketing approach must reflect a holistic view of the business; customers notice at once when functions and the partner speak with different voices.',
      },
      levels: [
        { en: 'Each function and the partner communicate their own way; customers get mixed messages.' },
        { en: 'A brand guideline exists, but it covers visuals only.' },
        { en: 'Core messages are defined, but customer care and the partner hear them late.' },
        { en: 'A shared communication plan covers every customer-facing team, the partner included, and is updated with each campaign.' },
        { en: 'Communication follows from the strategy and is checked regularly — for example by reviewing real customer contacts — across all teams and the partner.' },
      ],
      tags: ['communication', 'marketing', 'linkage'],
      seeds: ['000_771def5f3f0c7c25.txt'],
    },
    {
      id: 'communication-checkup',
      kind: 'maturity',
      prompt: { en: 'When did you last check whether your communication and marketing approach fits the overall strategy?' },
      help: {
        en: 'Seed 000 ends with this advice: if communication and marketing do not take a holistic view of the business, do a check-up of the approach adopted — at least on communication.',
      },
      levels: [
        { en: 'Never.' },
        { en: 'Only after a campaign clearly failed.' },
        { en: 'Some years ago, or as part of a rebranding.' },
        { en: 'Within the last year, and the findings led to changes.' },
        { en: 'Every year, against the strategy and together with the partner, and the findings are followed through to completion.' },
      ],
      tags: ['communication', 'marketing', 'strategy'],
      seeds: ['000_771def5f3f0c7c25.txt'],
    },
    {
      id: 'ecommerce-customer-care',
      kind: 'maturity',
      prompt: { en: 'How is customer care planned alongside your online sales?' },
      help: {
        en: 'Seed 000: "no point in adding an e-commerce just to sell products" — the plan must also set the goal of quality customer care, or the channel will not be competitive.',
      },
      levels: [
        { en: 'The web shop was launched (or is planned) to sell products; customer care is not part of the plan.' },
        { en: 'Questions and complaints about online orders are handled by whoever is available.' },
        { en: 'There is a customer-care process for online orders, but no quality targets.' },
        { en: 'The e-commerce plan sets quality targets for customer care (response time, first-contact resolution, satisfaction), and they are measured.' },
        { en: 'E-commerce and customer care are designed as one service: quality targets, staffing and feedback into products and marketing were in place from the start.' },
      ],
      tags: ['ecommerce', 'customer-care', 'linkage'],
      seeds: ['000_771def5f3f0c7c25.txt'],
      showIf: SELLS_OR_PLANS_ONLINE,
      weight: 1.5,
    },
    {
      id: 'ecommerce-resources',
      kind: 'maturity',
      prompt: { en: 'Have you checked whether you can afford the resources your online business needs — people, fulfilment, customer care, marketing?' },
      help: {
        en: 'Seed 000: before adding e-commerce, check whether you can afford resources able to meet the needs of your business; a channel you cannot staff is not a competitive project.',
      },
      levels: [
        { en: 'No; the budget covers the shop platform only.' },
        { en: 'Resources were estimated roughly, and shortages are covered with overtime.' },
        { en: 'The budget covers platform and marketing, but not customer care or returns.' },
        { en: 'A business case covers every resource (platform, marketing, fulfilment, customer care) and is compared with actual volumes.' },
        { en: 'Resources are planned with operations and the partner against volume forecasts, and the business case is checked for competitiveness every quarter.' },
      ],
      tags: ['ecommerce', 'resources', 'customer-care'],
      seeds: ['000_771def5f3f0c7c25.txt'],
      showIf: SELLS_OR_PLANS_ONLINE,
    },
  ],
};
