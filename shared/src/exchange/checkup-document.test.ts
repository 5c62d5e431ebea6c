import { describe, expect, it } from 'vitest';
import { questionIndex } from '../domain/question-index.js';
import { DEFAULT_QUESTIONNAIRE_KEY, findQuestionnaire } from '../questionnaires/registry.js';
import { scoreAssessment } from '../scoring/score-assessment.js';
import { buildCheckupDocument, type CheckupExportInput, type CheckupRespondentInput } from './build-checkup-document.js';
import { checkupCsvRows } from './checkup-csv-rows.js';
import { parseCheckupDocument } from './checkup-document.schema.js';
import { checkupImportProblems } from './checkup-import-problems.js';

const questionnaire = findQuestionnaire(DEFAULT_QUESTIONNAIRE_KEY)!;
const questions = [...questionIndex(questionnaire).values()].map((e) => e.question);
const maturity = questions.filter((q) => q.kind === 'maturity' && !q.roles);
const first = maturity[0]!;
const second = maturity[1]!;

const respondent = (id: string, role: CheckupRespondentInput['role'], label: string, submitted = true): CheckupRespondentInput => ({
  id, role, label, locale: 'en', submitted, revoked: false,
});

/** Three sales people (a group at the minimum of 3) and one partner (below it). */
function input(overrides: Partial<CheckupExportInput> = {}): CheckupExportInput {
  const respondents = [respondent('s1', 'SALES', 'Sam'), respondent('s2', 'SALES', 'Sue'), respondent('p1', 'PARTNER', 'Pat, the only partner'), respondent('s3', 'SALES', 'Sid')];
  const answers = respondents.flatMap((r, i) => [
    // Answers out of questionnaire order: the export sorts them.
    { respondentId: r.id, questionId: second.id, optionId: `l${i % 5}`, comment: null },
    { respondentId: r.id, questionId: first.id, optionId: 'l2', comment: `note from ${r.id}` },
  ]);
  const score = scoreAssessment(questionnaire, respondents.map((r) => ({
    respondentId: r.id, role: r.role, answers: new Map(answers.filter((a) => a.respondentId === r.id).map((a) => [a.questionId, a])),
  })));
  return {
    questionnaire, customQuestionnaire: false, locale: 'it', exportedAt: new Date('2026-11-30T10:00:00Z'),
    client: { name: 'Acme', industry: null, size: null, country: 'IT' },
    checkup: {
      title: 'Q4', status: 'OPEN', locale: 'en', createdAt: new Date('2026-11-01T09:00:00Z'), closedAt: null, minGroupSize: 3,
      desiredRelationshipModel: 'OUTCOME_BASED', targets: { [questionnaire.dimensions[0]!.id]: 70 },
    },
    respondents,
    answers,
    result: { score, respondentCount: respondents.length },
    recommendations: [
      {
        ruleId: questionnaire.recommendations[0]!.id, dimensionId: questionnaire.recommendations[0]!.dimensionId, status: 'ACCEPTED', horizon: 'QUICK_WIN',
        impact: 3, priority: 80, active: true, customTitle: null, customBody: null, dismissReason: null,
        actionItems: [{ title: '=HYPERLINK("http://evil")', owner: 'Ana', dueDate: '2027-01-15', status: 'OPEN' }],
      },
      {
        ruleId: null, dimensionId: null, status: 'DISMISSED', horizon: 'STRATEGIC', impact: 3, priority: 50, active: true,
        customTitle: 'Visit a peer', customBody: null, dismissReason: 'No budget', actionItems: [],
      },
    ],
    ...overrides,
  };
}

describe('buildCheckupDocument', () => {
  it('should name respondents by stable pseudonyms in invitation order, never by their ids', () => {
    const document = buildCheckupDocument(input());
    expect(document.respondents.map((r) => r.id)).toEqual(['R1', 'R2', 'R3', 'R4']);
    expect(JSON.stringify(document)).not.toContain('"s1"');
  });

  it('should export labels and attributed comments only for role groups at the minimum size', () => {
    const document = buildCheckupDocument(input());
    const partner = document.respondents.find((r) => r.role === 'PARTNER')!;
    expect(partner.label).toBeNull();
    expect(partner.answers.every((a) => a.comment === null)).toBe(true);
    expect(document.unattributedComments).toEqual([{ questionId: first.id, text: 'note from p1' }]);
    const sales = document.respondents.filter((r) => r.role === 'SALES');
    expect(sales.map((r) => r.label)).toEqual(['Sam', 'Sue', 'Sid']);
    expect(sales[0]!.answers.find((a) => a.questionId === first.id)!.comment).toBe('note from s1');
  });

  it('should hide every label when a role group stops counting (not submitted)', () => {
    const base = input();
    const document = buildCheckupDocument({ ...base, respondents: base.respondents.map((r) => (r.id === 's3' ? { ...r, submitted: false } : r)) });
    expect(document.respondents.map((r) => r.label)).toEqual([null, null, null, null]);
  });

  it('should list answers in questionnaire order and render recommendations in the export locale', () => {
    const document = buildCheckupDocument(input());
    expect(document.respondents[0]!.answers.map((a) => a.questionId)).toEqual([first.id, second.id]);
    expect(document.recommendations[0]!.title).toBe(questionnaire.recommendations[0]!.title.it ?? questionnaire.recommendations[0]!.title.en);
    expect(document.recommendations[1]!.title).toBe('Visit a peer');
  });

  it('should produce a document its own parser accepts and the questionnaire checks pass', () => {
    const document = buildCheckupDocument(input());
    const parsed = parseCheckupDocument(JSON.stringify(document));
    expect(parsed).toEqual({ ok: true, document });
    expect(checkupImportProblems(document, questionnaire)).toEqual([]);
  });
});

describe('parseCheckupDocument', () => {
  const valid = () => JSON.parse(JSON.stringify(buildCheckupDocument(input()))) as Record<string, any>;
  const problemsOf = (value: unknown) => {
    const parsed = parseCheckupDocument(typeof value === 'string' ? value : JSON.stringify(value));
    return parsed.ok ? [] : parsed.problems;
  };

  it.each([
    ['not JSON', '{nope', '(root)'],
    ['another format', { format: 'something-else' }, 'format'],
    ['a future version', { ...valid(), version: 2 }, 'version'],
  ])('should refuse %s and name where', (_name, value, path) => {
    expect(problemsOf(value)[0]?.path).toBe(path);
  });

  it('should name the path of a wrong field deep in the file', () => {
    const document = valid();
    document.respondents[2].role = 'JANITOR';
    document.recommendations[0].actionItems[0].dueDate = 'tomorrow';
    expect(problemsOf(document).map((p) => p.path)).toEqual(['respondents[2].role', 'recommendations[0].actionItems[0].dueDate']);
  });

  it('should refuse unknown fields (a typo is not silently dropped)', () => {
    expect(problemsOf({ ...valid(), respondnets: [] }).map((p) => p.path)).toEqual(['(root)']);
  });
});

describe('checkupImportProblems', () => {
  it('should name an unknown question by its path in the document', () => {
    const document = buildCheckupDocument(input());
    document.respondents[2]!.answers[1] = { questionId: 'no-such-question', optionId: 'l1' };
    expect(checkupImportProblems(document, questionnaire).map((p) => p.path)).toEqual(['respondents[2].answers[1].questionId']);
  });

  it('should refuse unknown rules, dimensions and dismissals without a reason', () => {
    const document = buildCheckupDocument(input());
    document.recommendations[0] = { ...document.recommendations[0]!, ruleId: 'nope', dimensionId: 'nowhere' };
    document.recommendations[1] = { ...document.recommendations[1]!, dismissReason: null };
    document.checkup.targets = [{ dimensionId: 'nowhere', score: 50 }];
    expect(checkupImportProblems(document, questionnaire).map((p) => p.path)).toEqual([
      'checkup.targets[0].dimensionId', 'recommendations[0].ruleId', 'recommendations[0].dimensionId', 'recommendations[1].dismissReason',
    ]);
  });
});

describe('checkupCsvRows', () => {
  it('should give one answer row per respondent and question, with level and option label in the locale', () => {
    const rows = checkupCsvRows(buildCheckupDocument(input()), questionnaire);
    const answers = rows.filter((r) => r.record === 'answer');
    expect(answers).toHaveLength(8);
    const row = answers.find((r) => r.respondent === 'R1' && r.question_id === first.id)!;
    expect(row).toMatchObject({ role: 'SALES', label: 'Sam', option_id: 'l2', level: 2, option_label: first.kind === 'maturity' ? first.levels[2]!.it ?? first.levels[2]!.en : '', comment: 'note from s1' });
  });

  it('should add the result, the recommendations and their action items as records of their own', () => {
    const rows = checkupCsvRows(buildCheckupDocument(input()), questionnaire);
    expect(rows.filter((r) => r.record === 'overall')).toHaveLength(1);
    expect(rows.filter((r) => r.record === 'dimension')).toHaveLength(questionnaire.dimensions.length);
    expect(rows.filter((r) => r.record === 'comment')).toEqual([expect.objectContaining({ question_id: first.id, comment: 'note from p1' })]);
    expect(rows.filter((r) => r.record === 'action_item')).toEqual([expect.objectContaining({ recommendation: 1, owner: 'Ana', due_date: '2027-01-15' })]);
  });
});
