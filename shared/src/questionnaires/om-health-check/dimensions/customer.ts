import type { QuestionnaireDefinition } from '../../../domain/questionnaire.schema.js';

type DimensionDefinition = QuestionnaireDefinition['dimensions'][number];

/**
 * Customer-focus maturity (seed 003): Gulati & Oldroyd's four stages of coordination, two or
 * more questions per stage, tagged `stage-1` … `stage-4` for the stage-gated customer-focus
 * stage and the STAGE_SKIPPING flag. Order follows the stages.
 */
export const customerDimension: DimensionDefinition = {
  id: 'customer',
  title: { en: 'Customer-focus maturity' },
  description: {
    en: 'How far the company has travelled on Gulati & Oldroyd\'s four-stage journey to customer focus: a repository organised by customer (communal), analytics flowing to operations (serial), two-way work on future customer behaviour (symbiotic), and customer insight in everyday decisions (integral).',
  },
  weight: 2,
  weightRationale: {
    en: 'Customer focus is the outcome the whole system exists for, and seed 003 shows it is built stage by stage across people and units — a test of linkage in itself. It weighs less than strategy and partnership, which it depends on.',
  },
  seeds: ['003_50109f7b1aff138e.txt'],
  questions: [
    {
      id: 'customer-repository',
      kind: 'maturity',
      prompt: { en: 'Is every interaction with every customer recorded in one shared repository?' },
      help: {
        en: 'Seed 003, stage 1 (communal coordination): the journey to customer focus starts with a repository of every interaction of every customer, to which each group contributes its data and from which it draws when needed.',
      },
      levels: [
        { en: 'Customer information is scattered across mailboxes, spreadsheets and people\'s heads.' },
        { en: 'Each department keeps its own customer records.' },
        { en: 'A CRM exists, but only sales uses it consistently.' },
        { en: 'Sales, marketing, customer care and service all record their interactions in one shared repository.' },
        { en: 'Every interaction in every channel, including those handled by the partner, is recorded in one repository that every group uses when it needs to.' },
      ],
      tags: ['customer-data', 'stage-1'],
      seeds: ['003_50109f7b1aff138e.txt'],
      weight: 1.5,
    },
    {
      id: 'data-organised-by-customer',
      kind: 'maturity',
      prompt: { en: 'Is customer data organised by customer, or by product, order or region?' },
      help: {
        en: 'Seed 003: the repository must be organised by customer — not by product, purchase or geography — or the company cannot see a customer as a whole.',
      },
      levels: [
        { en: 'Data is organised by product, order or region; nobody can see a customer\'s full history.' },
        { en: 'A customer view can be pieced together by hand from several systems.' },
        { en: 'A customer ID links most data, but some sources, such as service or web, are separate.' },
        { en: 'One customer record shows purchases, contacts, complaints and service across all products and regions.' },
        { en: 'The customer record is the backbone of every system, the partner\'s included, and is kept complete and clean.' },
      ],
      tags: ['customer-data', 'stage-1'],
      seeds: ['003_50109f7b1aff138e.txt'],
      weight: 1.5,
    },
    {
      id: 'analytics-to-operations',
      kind: 'maturity',
      prompt: { en: 'How do analyses of customer data reach the people who serve customers?' },
      help: {
        en: 'Seed 003, stage 2 (serial coordination): information flows one way, from central IT through analytics units to the operating units.',
      },
      levels: [
        { en: 'Nobody analyses customer data.' },
        { en: 'Reports are produced on request now and then, mainly for management.' },
        { en: 'IT or an analyst produces regular reports, but front-line teams rarely use them.' },
        { en: 'An analytics team turns customer data into conclusions (segments, value, trends) that reach sales, marketing and operations on a fixed schedule.' },
        { en: 'Data, analysis and operations form a steady chain: every operating unit receives conclusions it acts on, and the usefulness of the flow is reviewed.' },
      ],
      tags: ['analytics', 'customer-data', 'stage-2'],
      seeds: ['003_50109f7b1aff138e.txt'],
    },
    {
      id: 'conclusions-from-data',
      kind: 'maturity',
      prompt: { en: 'Does the company go beyond collecting customer data to drawing conclusions from it?' },
      help: {
        en: 'Seed 003: in stage 2 the company moves beyond assembling data to drawing conclusions from it — data that only accumulates is a cost, not a capability.',
      },
      levels: [
        { en: 'Data is collected but not analysed.' },
        { en: 'Basic counts, such as sales per customer, are reported.' },
        { en: 'Analyses describe what happened (top customers, lost customers) without recommending anything.' },
        { en: 'Analyses explain why and lead to decisions: which customers to focus on, which offers to make.' },
        { en: 'Conclusions from customer data regularly change priorities, and their effect is measured.' },
      ],
      tags: ['analytics', 'customer-insight', 'stage-2'],
      seeds: ['003_50109f7b1aff138e.txt'],
    },
    {
      id: 'churn-anticipation',
      kind: 'maturity',
      prompt: { en: 'Do you anticipate which customers are about to leave for a competitor?' },
      help: {
        en: 'Seed 003, stage 3 (symbiotic coordination): the focus shifts from past relations to future behaviour — "how do we stop customers defecting to competitors?"',
      },
      levels: [
        { en: 'You find out when a customer has already gone.' },
        { en: 'Account managers sense it and act on intuition.' },
        { en: 'Warning signs such as falling orders or complaints show up in reports, after the fact.' },
        { en: 'Analysts and sales or customer care jointly identify at-risk customers from data, and the teams act on the list.' },
        { en: 'Churn risk is predicted from data and front-line feedback; retention actions are tested and the model learns from what the teams find.' },
      ],
      tags: ['predictive', 'analytics', 'customer-insight', 'stage-3'],
      seeds: ['003_50109f7b1aff138e.txt'],
    },
    {
      id: 'future-buyers',
      kind: 'maturity',
      prompt: { en: 'Do you identify in advance who is likely to buy your new products or services?' },
      help: {
        en: 'Seed 003, stage 3: analysts and the business ask together "who will buy our new products in the future?" — a question about future behaviour that no single unit can answer alone.',
      },
      levels: [
        { en: 'New products are offered to everyone, or to no one in particular.' },
        { en: 'Target customers are picked by gut feeling.' },
        { en: 'Past buyers of similar products are targeted.' },
        { en: 'Analysts, marketing and sales jointly use data to identify likely buyers before launch.' },
        { en: 'Likely buyers are predicted from behaviour data and front-line input, and launch results feed back into the prediction.' },
      ],
      tags: ['predictive', 'customer-insight', 'marketing', 'stage-3'],
      seeds: ['003_50109f7b1aff138e.txt'],
    },
    {
      id: 'two-way-analytics',
      kind: 'maturity',
      prompt: { en: 'Does information flow both ways between analysts and marketing, sales and operations?' },
      help: {
        en: 'Seed 003: in stage 3 information flows two ways between central analysts and marketing, sales and operations — the business brings questions and field knowledge, analysts bring evidence.',
      },
      levels: [
        { en: 'There are no analysts, or they work in isolation.' },
        { en: 'One way only: analysts send reports and nobody replies.' },
        { en: 'Business teams can request analyses, but rarely report back on how they used them.' },
        { en: 'Business teams bring questions and field knowledge to analysts, and analysts refine their work with it.' },
        { en: 'Analysts and business teams work as one team on questions of future customer behaviour, in regular joint sessions.' },
      ],
      tags: ['analytics', 'customer-insight', 'dialogue', 'linkage', 'stage-3'],
      seeds: ['003_50109f7b1aff138e.txt'],
    },
    {
      id: 'insight-daily-decisions',
      kind: 'maturity',
      prompt: { en: 'Is customer insight used in day-to-day operational decisions?' },
      help: {
        en: 'Seed 003, stage 4 (integral coordination): deep customer insight is used in day-to-day operational decisions, not only in strategy or campaigns.',
      },
      levels: [
        { en: 'Daily decisions are made without any customer information.' },
        { en: 'Customer insight informs strategy and campaigns, but not daily operations.' },
        { en: 'Some front-line staff look up customer information when deciding.' },
        { en: 'Daily decisions — prioritising orders, handling complaints, offering alternatives — routinely use customer insight at the moment of decision.' },
        { en: 'Customer insight is built into every operational routine and tool, the partner\'s included, without separate projects.' },
      ],
      tags: ['customer-insight', 'linkage', 'stage-4'],
      seeds: ['003_50109f7b1aff138e.txt'],
      weight: 1.5,
    },
    {
      id: 'customer-focus-everyday',
      kind: 'maturity',
      prompt: { en: 'Is customer focus part of everyday work, or does it live in separate projects and initiatives?' },
      help: {
        en: 'Seed 003: in stage 4 companies move beyond isolated, formal initiatives; customer focus becomes the way people in every unit coordinate and decide.',
      },
      levels: [
        { en: 'Customer focus is a slogan.' },
        { en: 'It lives in isolated initiatives, such as a CRM project or a satisfaction survey.' },
        { en: 'Several formal initiatives exist, loosely coordinated.' },
        { en: 'Customer focus is coordinated across units and built into regular processes.' },
        { en: 'People at every level, the partner\'s team included, act on deep customer insight without needing a formal initiative.' },
      ],
      tags: ['customer-insight', 'stage-4'],
      seeds: ['003_50109f7b1aff138e.txt'],
    },
  ],
};
