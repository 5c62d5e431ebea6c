import type { QuestionnaireDefinition } from '../../../domain/questionnaire.schema.js';
import type { RespondentRole } from '../../../domain/vocabulary.js';

type DimensionDefinition = QuestionnaireDefinition['dimensions'][number];

/** The client's internal planning routines; the partner is asked only about its own part in them. */
const INTERNAL_ROLES: RespondentRole[] = ['MANAGEMENT', 'SALES', 'OPERATIONS', 'MARKETING', 'CUSTOMER_CARE', 'OTHER'];

/**
 * Operational planning & S&OP (seed 001): the strategic plan turned into a weekly or daily
 * plan with milestones, sales operations, consensus on demand and supply, real-time data, AI/ML.
 */
export const planningDimension: DimensionDefinition = {
  id: 'planning',
  title: { en: 'Operational planning & S&OP' },
  description: {
    en: 'Whether the strategic plan is turned into weekly or daily team plans with milestones, whether a sales operations function supports the sales force, and whether sales and operations planning (S&OP) builds consensus on demand and supply with real-time data and, where it pays, AI and machine learning.',
  },
  weight: 1.5,
  weightRationale: {
    en: 'Seed 001 supplies the mechanics that carry strategy into daily work; they matter, but they serve the strategy and the partnership rather than replace them, so this dimension weighs a little less than the others.',
  },
  seeds: ['001_036e9d3a361eeafd.txt'],
  questions: [
    {
      id: 'operational-plan-from-strategy',
      kind: 'maturity',
      prompt: { en: 'How is the strategic plan turned into an operational plan for each team?' },
      help: {
        en: 'Seed 001: operational planning turns the 3–5-year strategic plan into a detailed map of what each team does every week, or even every day, and which milestones it must reach.',
      },
      levels: [
        { en: 'There is no operational plan; teams work from the day\'s urgencies.' },
        { en: 'Departments have annual budgets, but no plan of activities.' },
        { en: 'Departments have activity plans, but they cannot be traced back to the strategic plan.' },
        { en: 'Each team has an operational plan with activities and milestones derived from the strategic plan.' },
        { en: 'The strategic plan is translated into weekly (or daily) activities per team with milestones, and progress is tracked against it.' },
      ],
      tags: ['operational-planning', 'strategy', 'linkage'],
      seeds: ['001_036e9d3a361eeafd.txt'],
      roles: INTERNAL_ROLES,
      weight: 2,
    },
    {
      id: 'milestones-tracked',
      kind: 'maturity',
      prompt: { en: 'How are the milestones in the operational plan followed up?' },
      help: {
        en: 'Seed 001: an operational plan includes the milestones each team or department must reach to put the strategic plan into effect; milestones nobody checks do not steer anything.',
      },
      levels: [
        { en: 'No milestones are set.' },
        { en: 'Milestones exist but are checked only at year end.' },
        { en: 'Management checks the milestones once a month.' },
        { en: 'Each team reviews its milestones weekly and reports deviations together with the actions it takes.' },
        { en: 'Milestones are visible to every team and to the partner, and a missed one triggers re-planning within days.' },
      ],
      tags: ['operational-planning', 'meeting-cadence'],
      seeds: ['001_036e9d3a361eeafd.txt'],
      roles: INTERNAL_ROLES,
    },
    {
      id: 'sales-operations-support',
      kind: 'maturity',
      prompt: { en: 'How well is the sales force supported by a sales operations function (data, tools, process, forecasts)?' },
      help: {
        en: 'Seed 001: sales operations exist to make the sales organisation fluid and the whole sales process effective, giving account managers a shoulder to lean on — essential now that data volumes and digital buying make selling complex.',
      },
      levels: [
        { en: 'Salespeople handle their own administration, data and quotes.' },
        { en: 'There is some administrative support, but nobody owns the sales process or its data.' },
        { en: 'A sales support team handles administration and reports, focused on salespeople\'s productivity.' },
        { en: 'Sales operations owns the sales process, CRM data and forecasting, and helps account managers win new customers and projects.' },
        { en: 'Sales operations uses data to keep the whole sales process fluid and effective, and connects sales with operations and marketing planning.' },
      ],
      tags: ['sales-ops', 'analytics'],
      seeds: ['001_036e9d3a361eeafd.txt'],
      roles: INTERNAL_ROLES,
    },
    {
      id: 's-and-op-process',
      kind: 'maturity',
      prompt: { en: 'Is there a sales and operations planning (S&OP) process that reaches consensus on balancing demand and supply?' },
      help: {
        en: 'Seed 001: S&OP is an integrated management process that builds organisational consensus on balancing demand and supply, and gives a holistic, globally optimised plan.',
      },
      levels: [
        { en: 'No; sales sells, operations produces, and conflicts go to the director.' },
        { en: 'Sales passes a forecast to operations without a joint discussion.' },
        { en: 'A monthly meeting compares forecast with capacity, but each side still decides separately.' },
        { en: 'A monthly S&OP cycle produces one agreed plan balancing demand and supply, signed off by management.' },
        { en: 'S&OP is the integrated management process: one consensus plan across sales, operations, finance and partners, optimised for the whole business and linked to the strategy.' },
      ],
      tags: ['s-and-op', 'sales-ops', 'linkage'],
      seeds: ['001_036e9d3a361eeafd.txt'],
      roles: INTERNAL_ROLES,
      weight: 2,
    },
    {
      id: 'real-time-data',
      kind: 'maturity',
      prompt: { en: 'How current is the data you use to manage changes in demand and supply?' },
      help: {
        en: 'Seed 001: modern S&OP integrates real-time data — user behaviour and market information — so that variations in demand and supply can be managed daily.',
      },
      levels: [
        { en: 'Monthly figures, available weeks after the fact.' },
        { en: 'Weekly reports compiled by hand.' },
        { en: 'Daily data for some areas, such as incoming orders; monthly for the rest.' },
        { en: 'Daily or real-time data on orders, stock, capacity and customer behaviour, used to adjust plans every week.' },
        { en: 'Real-time data, including user behaviour and market information, feeds the daily management of demand and supply variations.' },
      ],
      tags: ['real-time-data', 's-and-op'],
      seeds: ['001_036e9d3a361eeafd.txt'],
      roles: INTERNAL_ROLES,
    },
    {
      id: 'ai-ml-planning',
      kind: 'maturity',
      prompt: { en: 'How are AI and machine-learning tools used in planning and forecasting?' },
      help: {
        en: 'Seed 001: S&OP has existed for decades, but AI and machine learning have turned it into a more advanced process that seizes opportunities and mitigates risks.',
      },
      levels: [
        { en: 'Not at all; forecasts come from judgement or simple spreadsheets.' },
        { en: 'They are being explored, with no use in practice yet.' },
        { en: 'They are used in a pilot or for one product group.' },
        { en: 'They are used routinely for demand forecasting, with planners reviewing and correcting the output.' },
        { en: 'AI/ML models drive scenario planning and the balancing of demand and supply across the business, and are monitored and improved continuously.' },
      ],
      tags: ['ai-ml', 's-and-op', 'analytics'],
      seeds: ['001_036e9d3a361eeafd.txt'],
      roles: INTERNAL_ROLES,
    },
    {
      id: 'partner-in-planning',
      kind: 'maturity',
      prompt: { en: 'How is the outsourcing partner included in operational planning?' },
      help: {
        en: 'Seed 001: S&OP gives a holistic plan only when everyone who supplies is in it; seed 000: outsourcing needs programming, not just operations. A partner planned around cannot plan with you.',
      },
      levels: [
        { en: 'The partner receives orders without any forward view.' },
        { en: 'The partner receives a forecast now and then.' },
        { en: 'The partner receives a regular forecast but does not contribute to it.' },
        { en: 'The partner brings its capacity and constraints into the planning cycle and receives the agreed plan.' },
        { en: 'The partner is part of the S&OP cycle, with shared data and joint decisions on how to handle variations.' },
      ],
      tags: ['operational-planning', 's-and-op', 'partnership', 'linkage'],
      seeds: ['001_036e9d3a361eeafd.txt', '000_771def5f3f0c7c25.txt'],
      weight: 1.5,
    },
  ],
};
