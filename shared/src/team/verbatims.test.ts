import { describe, expect, it } from 'vitest';
import type { RespondentAnswers } from '../domain/answer.js';
import { questionIndex } from '../domain/question-index.js';
import { RESPONDENT_ROLES } from '../domain/vocabulary.js';
import { DEFAULT_QUESTIONNAIRE_KEY, findQuestionnaire } from '../questionnaires/registry.js';
import { groupByRole } from './role-groups.js';
import { verbatimsOf } from './verbatims.js';

const questionnaire = findQuestionnaire(DEFAULT_QUESTIONNAIRE_KEY)!;
const entries = [...questionIndex(questionnaire).values()].map((e) => e.question);
const open = entries.find((q) => q.kind === 'text')!;
const maturity = entries.find((q) => q.kind === 'maturity' && !q.roles)!;

const respondent = (id: string, role: RespondentAnswers['role'], text: string, comment: string): RespondentAnswers => ({
  respondentId: id,
  role,
  answers: new Map([
    [open.id, { questionId: open.id, text }],
    [maturity.id, { questionId: maturity.id, optionId: 'l2', comment }],
  ]),
});

describe('verbatimsOf', () => {
  it('should show open answers and comments without attribution, and the group only when it is shown', () => {
    const respondents = [
      respondent('s1', 'SALES', 'Plan with Operations', 'Depends on the season'),
      respondent('s2', 'SALES', 'One calendar', ''),
      respondent('p1', 'PARTNER', 'Share the forecast', 'We never see the plan'),
    ];
    const grouping = groupByRole(respondents, 2, RESPONDENT_ROLES);
    const verbatims = verbatimsOf(questionnaire, respondents, grouping);
    expect(verbatims.map((v) => v.group)).not.toContain('PARTNER');
    expect(verbatims.filter((v) => v.text.includes('forecast') || v.text.includes('never see'))).toEqual([
      expect.objectContaining({ group: null }), expect.objectContaining({ group: null }),
    ]);
    expect(verbatims.filter((v) => v.group === 'SALES').map((v) => v.text).sort()).toEqual(['Depends on the season', 'One calendar', 'Plan with Operations']);
    expect(verbatims.every((v) => !('respondentId' in v))).toBe(true);
    expect(verbatimsOf(questionnaire, [...respondents].reverse(), grouping)).toEqual(verbatims);
  });
});
