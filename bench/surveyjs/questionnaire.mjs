// A SurveyJS questionnaire with the shape of OM Check-up's: 53 maturity questions in seven
// sections, five levels each plus a comment, one question per page. Texts are placeholders of
// about the same length as ours; the point is the amount of UI, not the words.
const SECTIONS = 7;
const QUESTIONS = 53;
const LEVELS = [
  'Not in place: nobody owns this today',
  'Ad hoc: it happens, but differently every time',
  'Defined: written down and known to the team',
  'Managed: measured and reviewed on a schedule',
  'Optimised: improved continuously with the partner',
];

export const QUESTION_COUNT = QUESTIONS;

export function surveyJson() {
  const pages = [];
  for (let i = 0; i < QUESTIONS; i += 1) {
    const section = Math.floor((i * SECTIONS) / QUESTIONS) + 1;
    pages.push({
      name: `p${i + 1}`,
      title: `Section ${section} of ${SECTIONS}`,
      elements: [
        {
          type: 'radiogroup',
          name: `q${i + 1}`,
          title: `How far is practice ${i + 1} of your outsourcing and marketing approach documented, shared and followed?`,
          description: 'Pick the level that describes your organisation today, not the plan.',
          choices: LEVELS.map((text, level) => ({ value: `l${level}`, text })),
          showCommentArea: true,
          commentText: 'Comment (optional)',
        },
      ],
    });
  }
  return { title: 'OM Check-up', showProgressBar: 'top', pages };
}
