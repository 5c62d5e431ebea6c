/**
 * The complete example of docs/questionnaire-format.md, kept as data so tests can prove it
 * valid (shared) and the document's copy identical to it (test/fixtures).
 */
export const QUESTIONNAIRE_FORMAT_EXAMPLE = {
  key: 'pilot-check',
  version: '1.0.0',
  title: { en: 'Pilot check', it: 'Check pilota' },
  description: { en: 'Two short sections on marketing and partnership.' },
  dimensions: [
    {
      id: 'marketing',
      title: { en: 'Marketing' },
      description: { en: 'Whether marketing is planned with sales.' },
      weight: 2,
      weightRationale: { en: 'Seed 000 asks for a check-up at least on communication.' },
      seeds: ['000_771def5f3f0c7c25.txt'],
      questions: [
        {
          id: 'sells-online',
          kind: 'choice',
          prompt: { en: 'Does the company sell online?' },
          help: { en: 'E-commerce questions follow only for online sellers.' },
          options: [
            { id: 'yes', label: { en: 'Yes' } },
            { id: 'no', label: { en: 'No' } },
          ],
          tags: ['ecommerce'],
          seeds: ['000_771def5f3f0c7c25.txt'],
        },
        {
          id: 'marketing-with-sales-plan',
          kind: 'maturity',
          allowNotApplicable: false,
          prompt: { en: 'When sales targets are set, when is marketing planned?' },
          help: { en: 'Seed 000 quotes "marketing we\'ll think about calmly later" as the anti-pattern.' },
          levels: [
            { en: 'Later, if at all.' },
            { en: 'After the targets, by marketing alone.' },
            { en: 'In the same month, separately.' },
            { en: 'In the same meeting as the targets.' },
            { en: 'Together, and reviewed together every quarter.' },
          ],
          tags: ['marketing', 'linkage'],
          seeds: ['000_771def5f3f0c7c25.txt'],
          weight: 2,
        },
        {
          id: 'ecommerce-customer-care',
          kind: 'maturity',
          prompt: { en: 'How is customer care planned alongside online sales?' },
          help: { en: 'Seed 000: no e-commerce without quality customer care.' },
          levels: [
            { en: 'Not planned.' },
            { en: 'Whoever has time answers.' },
            { en: 'A named person, no targets.' },
            { en: 'A team with response-time targets.' },
            { en: 'Targets reviewed with sales every month.' },
          ],
          tags: ['ecommerce', 'customer-care'],
          seeds: ['000_771def5f3f0c7c25.txt'],
          roles: ['MANAGEMENT', 'MARKETING', 'CUSTOMER_CARE'],
          showIf: { question: 'sells-online', is: ['yes'] },
        },
      ],
    },
    {
      id: 'partnership',
      title: { en: 'Partnership' },
      description: { en: 'Whether the provider can change gears.' },
      weight: 1,
      weightRationale: { en: 'Seed 002 names flexibility as the key to partnership.' },
      seeds: ['002_454879f926d32761.txt'],
      questions: [
        {
          id: 'what-to-change',
          kind: 'text',
          prompt: { en: 'What would you change first?' },
          help: { en: 'Your words go to the consultant; they are not scored.' },
          tags: [],
          seeds: ['000_771def5f3f0c7c25.txt'],
          maxLength: 1000,
        },
      ],
    },
  ],
  flags: [
    {
      id: 'MARKETING_DEFERRED',
      severity: 'HIGH',
      message: { en: 'Marketing comes after the sales push (seed 000).' },
      condition: { question: 'marketing-with-sales-plan', score: { lt: 2 } },
      seeds: ['000_771def5f3f0c7c25.txt'],
    },
  ],
  recommendations: [
    {
      id: 'plan-marketing-with-sales',
      dimensionId: 'marketing',
      title: { en: 'Plan marketing with sales' },
      body: { en: 'Marketing is planned after the targets. Seed 000 warns against exactly this.' },
      steps: [{ en: 'Put marketing on the agenda of the next target-setting meeting.' }],
      horizon: 'QUICK_WIN',
      impact: 4,
      seeds: ['000_771def5f3f0c7c25.txt'],
      condition: { flag: 'MARKETING_DEFERRED' },
    },
  ],
} as const;
