import { describe, expect, it } from 'vitest';
import type { RespondentAnswers } from '../domain/answer.js';
import { LOCALES } from '../domain/locale.js';
import { questionIndex } from '../domain/question-index.js';
import { DEFAULT_QUESTIONNAIRE_KEY, findQuestionnaire } from '../questionnaires/registry.js';
import { scoreAssessment } from '../scoring/score-assessment.js';
import { scoreConsensus } from '../workshop/score-consensus.js';
import { type ReportInput, type ReportRecommendationInput, buildReportModel } from './build-report.js';
import { REPORT_LABELS } from './report-labels.js';

const questionnaire = findQuestionnaire(DEFAULT_QUESTIONNAIRE_KEY)!;
const questions = [...questionIndex(questionnaire).values()].map((e) => e.question);
const maturity = questions.filter((q) => q.kind === 'maturity' && !q.roles);

function respondent(id: string, role: RespondentAnswers['role'], level: number, comment = ''): RespondentAnswers {
  return {
    respondentId: id,
    role,
    answers: new Map(maturity.map((q, i) => [q.id, { questionId: q.id, optionId: `l${(level + i) % 5}`, comment: i === 0 ? comment : null }])),
  };
}

const recommendation = (over: Partial<ReportRecommendationInput>): ReportRecommendationInput => ({
  id: over.id ?? 'r', ruleId: questionnaire.recommendations[0]!.id, dimensionId: questionnaire.dimensions[0]!.id, status: 'PROPOSED',
  customTitle: null, customBody: null, dismissReason: null, priority: 50, horizon: 'QUICK_WIN', active: true, actionItems: [], ...over,
});

function input(respondents: RespondentAnswers[], over: Partial<ReportInput> = {}): ReportInput {
  return {
    locale: 'en',
    questionnaire,
    score: scoreAssessment(questionnaire, respondents),
    scoringVersion: '1.1.0',
    meta: { organizationName: 'Scheldepack', assessmentTitle: 'Spring', kind: 'CHECKUP', respondentCount: respondents.length, minGroupSize: 2, scoredAt: '2026-11-30T10:00:00.000Z' },
    respondents,
    targets: { [questionnaire.dimensions[0]!.id]: 70 },
    recommendations: [],
    ...over,
  };
}

describe('buildReportModel', () => {
  const team = [respondent('s1', 'SALES', 4, '=HYPERLINK("x")'), respondent('s2', 'SALES', 3), respondent('o1', 'OPERATIONS', 0), respondent('o2', 'OPERATIONS', 1), respondent('p1', 'PARTNER', 2, 'Only mine')];

  it('should carry the summary, radar with targets and previous scores, and one page per dimension', () => {
    const previous = new Map([[questionnaire.dimensions[1]!.id, 42]]);
    const report = buildReportModel(input(team, { previous }));
    expect(report.summary.overallScore).toBe(scoreAssessment(questionnaire, team).overallScore);
    expect(report.radar).toHaveLength(questionnaire.dimensions.length);
    expect(report.radar[0]!.target).toBe(70);
    expect(report.radar[1]!.previous).toBe(42);
    expect(report.dimensions.map((d) => d.dimensionId)).toEqual(questionnaire.dimensions.map((d) => d.id));
    expect(report.summary.maturityLevelNames).toHaveLength(5);
  });

  it('should show groups at or above the minimum size only, and never attribute a comment to a smaller group', () => {
    const report = buildReportModel(input(team));
    expect(report.team?.groups.map((g) => g.group)).toEqual(['SALES', 'OPERATIONS']);
    expect(report.team?.hiddenRoles).toEqual([{ role: 'PARTNER', respondentCount: 1, outcome: 'OMITTED' }]);
    const comments = report.appendix.flatMap((q) => q.comments);
    expect(comments).toContainEqual({ text: 'Only mine', group: null });
    expect(comments).toContainEqual({ text: '=HYPERLINK("x")', group: 'SALES' });
    expect(report.appendix.flatMap((q) => q.groups.map((g) => g.group))).not.toContain('PARTNER');
    expect(JSON.stringify(report)).not.toContain('p1');
  });

  it('should show no team view for a self-assessment', () => {
    const report = buildReportModel(input([respondent('m', 'MANAGEMENT', 2)], { meta: { ...input([]).meta, kind: 'SELF', minGroupSize: 3 } }));
    expect(report.team).toBeNull();
  });

  it('should list accepted first, dismissed last, and leave out rules that stopped firing', () => {
    const report = buildReportModel(input(team, {
      recommendations: [
        recommendation({ id: 'dismissed', status: 'DISMISSED', priority: 99, dismissReason: 'Not now' }),
        recommendation({ id: 'proposed', priority: 80 }),
        recommendation({ id: 'accepted', status: 'ACCEPTED', priority: 10, actionItems: [{ title: 'Call', owner: 'Ana', dueDate: '2027-01-15', done: false }] }),
        recommendation({ id: 'stale', active: false }),
        recommendation({ id: 'own', ruleId: null, customTitle: 'Weekly stand-up', customBody: 'With the partner.' }),
      ],
    }));
    expect(report.recommendations.map((r) => r.id)).toEqual(['accepted', 'proposed', 'own', 'dismissed']);
    expect(report.recommendations[0]!.actionItems).toEqual([{ title: 'Call', owner: 'Ana', dueDate: '2027-01-15', done: false }]);
    expect(report.recommendations.find((r) => r.id === 'own')).toMatchObject({ title: 'Weekly stand-up', handWritten: true, steps: [] });
    expect(report.recommendations[1]!.title).toBe(questionnaire.recommendations[0]!.title.en);
  });

  it('should be in the chosen language, right-to-left for Persian', () => {
    const report = buildReportModel(input(team, { locale: 'fa' }));
    expect(report.direction).toBe('rtl');
    expect(report.dimensions[0]!.title).toBe(questionnaire.dimensions[0]!.title.fa);
    expect(buildReportModel(input(team, { locale: 'nl' })).direction).toBe('ltr');
  });
});

describe('REPORT_LABELS', () => {
  const keysOf = (value: unknown, prefix = ''): string[] =>
    value && typeof value === 'object' ? Object.entries(value).flatMap(([k, v]) => keysOf(v, `${prefix}${k}.`)) : [prefix];

  it('should have every label, non-empty, in every language with the same placeholders', () => {
    const english = keysOf(REPORT_LABELS.en).sort();
    for (const locale of LOCALES) {
      expect(keysOf(REPORT_LABELS[locale]).sort()).toEqual(english);
      for (const key of english) {
        const path = key.slice(0, -1).split('.');
        const text = path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], REPORT_LABELS[locale]) as string;
        const source = path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], REPORT_LABELS.en) as string;
        expect(text.trim(), `${locale} ${key}`).not.toBe('');
        expect(text.match(/\{\w+\}/g)?.sort() ?? [], `${locale} ${key}`).toEqual(source.match(/\{\w+\}/g)?.sort() ?? []);
      }
    }
  });
});

describe('buildReportModel with a workshop consensus', () => {
  const team = [respondent('s1', 'SALES', 4), respondent('o1', 'OPERATIONS', 1)];
  type Maturity = Extract<(typeof maturity)[number], { kind: 'maturity' }>;
  const individualScore = scoreAssessment(questionnaire, team);
  // An area the individual answers cover well enough to score.
  const discussed = questionnaire.dimensions.find((d) => !individualScore.dimensions.find((x) => x.dimensionId === d.id)!.insufficientData)!;
  // The room agreed on every question of the first area, and a note on the first one.
  const agreedOn = maturity.filter((q) => discussed.questions.some((d) => d.id === q.id)) as Maturity[];
  const agreed = new Map(agreedOn.map((q, i) => [q.id, { questionId: q.id, optionId: 'l3', comment: i === 0 ? 'Written down, but only the board has read it.' : null }]));
  const consensusScore = scoreConsensus(questionnaire, agreed);
  const report = buildReportModel(input(team, { locale: 'it', consensus: { score: consensusScore, answers: agreed } }));

  it('should score the agreed answers on their own beside the individual answers, area by area', () => {
    const consensus = report.consensus!;
    expect(consensus.answeredCount).toBe(agreedOn.length);
    expect(consensus.overallScore).toBe(consensusScore.overallScore);
    expect(consensus.dimensions.map((d) => d.dimensionId)).toEqual(questionnaire.dimensions.map((d) => d.id));
    const individual = individualScore.dimensions.find((d) => d.dimensionId === discussed.id)!;
    const first = consensus.dimensions.find((d) => d.dimensionId === discussed.id)!;
    expect(first.consensus).toBe(consensusScore.dimensions.find((d) => d.dimensionId === discussed.id)!.score);
    expect(first.individual).toBe(individual.score);
    expect(first.difference).toBe(Math.round(first.consensus!) - Math.round(first.individual!));
    // Areas the room never discussed have no consensus score, not a 0.
    expect(consensus.dimensions.filter((d) => d !== first).every((d) => d.consensus === null && d.difference === null)).toBe(true);
  });

  it('should list each agreed answer in questionnaire order, in words of the report language, with its note', () => {
    expect(report.consensus!.answers[0]).toEqual({
      questionId: agreedOn[0]!.id, dimensionTitle: discussed.title.it, prompt: agreedOn[0]!.prompt.it, answer: agreedOn[0]!.levels[3]!.it,
      note: 'Written down, but only the board has read it.',
    });
    expect(report.consensus!.answers.map((a) => a.questionId)).toEqual(agreedOn.map((q) => q.id));
    expect(report.consensus!.answers.slice(1).every((a) => a.note === null)).toBe(true);
    expect(buildReportModel(input(team)).consensus).toBeNull();
  });
});
