// The profiles of the 1.0 content review (§1, §4), scored with 1.1 on the real 1.1.0 content:
// examples of the causes fixed, next to the properties that pin them in general.
import { describe, expect, it } from 'vitest';
import type { AnswerValue, RespondentAnswers } from '../../domain/answer.js';
import type { Question, Questionnaire } from '../../domain/questionnaire.schema.js';
import type { RespondentRole } from '../../domain/vocabulary.js';
import { questionsInOrder } from '../../domain/question-index.js';
import { findQuestionnaire } from '../../questionnaires/registry.js';
import { scoreAssessment } from '../score-assessment.js';

const questionnaire: Questionnaire = findQuestionnaire('om-health-check', '1.1.0')!;
const entries = questionsInOrder(questionnaire);

/** One respondent: every maturity question at `level(q, dimensionId)` (undefined = blank); sells online; outsources logistics. */
function respondent(level: (q: Question, dimensionId: string) => string | undefined, role: RespondentRole = 'MANAGEMENT'): RespondentAnswers {
  const answers = new Map<string, AnswerValue>();
  answers.set('sells-online', { questionId: 'sells-online', optionId: 'yes' });
  answers.set('outsourced-areas', { questionId: 'outsourced-areas', optionIds: ['logistics'] });
  for (const { question, dimension } of entries) {
    if (question.kind !== 'maturity') continue;
    const optionId = level(question, dimension.id);
    if (optionId !== undefined) answers.set(question.id, { questionId: question.id, optionId });
  }
  return { respondentId: 'r1', role, answers };
}

const score = (...respondents: RespondentAnswers[]) => scoreAssessment(questionnaire, respondents);
const flagIds = (r: ReturnType<typeof score>) => r.flags.map((f) => f.id);

describe('review 1.0 §4, scored with 1.1', () => {
  it('should not let an area answered "not applicable" or left blank beat the same area at level 0', () => {
    const atZero = score(respondent((_q, d) => (d === 'customer' ? 'l0' : 'l3')));
    const blank = score(respondent((_q, d) => (d === 'customer' ? undefined : 'l3')));
    expect(blank.overallScore).toBe(atZero.overallScore);
    expect(blank.holismIndex).toBe(atZero.holismIndex);
    expect(blank.insufficientDataDimensions).toEqual(['customer']);
    expect(blank.confidence).toBe('MEDIUM');
    expect(atZero.confidence).toBe('HIGH');
  });

  it('should not let linkage questions at 4 and the rest at 1 lift holism above the overall score', () => {
    const result = score(respondent((q) => (q.tags.includes('linkage') ? 'l4' : 'l1')));
    expect(result.holismIndex!).toBeLessThanOrEqual(result.overallScore!);
  });

  it('should not call a relationship buyer–seller on "don\'t know" answers', () => {
    const result = score(respondent((q) => (['contract-flexibility', 'financial-model-flexibility'].includes(q.id) ? 'dk' : 'l3'), 'SALES'));
    expect(flagIds(result)).not.toContain('RIGID_BUYER_SELLER');
    expect(result.recommendations.map((r) => r.ruleId)).not.toContain('renegotiate-flexible-framework');
    expect(result.knowledgeGaps).toEqual(['contract-flexibility', 'financial-model-flexibility']);
  });

  it('should give no outsourcing flags to a company that does not outsource yet and answers "don\'t know" there', () => {
    const result = score(respondent((_q, d) => (['partnership', 'lifecycle'].includes(d) ? 'dk' : 'l3')));
    expect(flagIds(result).filter((id) => id !== 'KNOWLEDGE_GAP')).toEqual([]);
    expect(result.insufficientDataDimensions).toEqual(['partnership', 'lifecycle']);
    expect(result.maturityLevel).toBeLessThanOrEqual(3);
  });

  it('should judge a strong base under weak channels and a strong channel on a weak base alike, naming the parts', () => {
    const base = ['strategy', 'partnership', 'lifecycle'];
    const strongBase = score(respondent((_q, d) => (base.includes(d) ? 'l4' : 'l1')));
    const strongChannels = score(respondent((_q, d) => (base.includes(d) ? 'l1' : 'l4')));
    expect(strongBase.holismParts).toEqual({ strong: base, weak: ['marketing', 'planning', 'alignment', 'customer'], holdsTogether: false });
    expect(strongChannels.holismParts).toEqual({ strong: ['marketing', 'planning', 'alignment', 'customer'], weak: base, holdsTogether: false });
    expect(strongBase.holismIndex!).toBeLessThan(strongBase.overallScore!);
    expect(strongChannels.holismIndex!).toBeLessThan(strongChannels.overallScore!);
  });

  it('should tell a company one step under stage 1 with strong later practices exactly that', () => {
    const result = score(respondent((q) => (['customer-repository', 'data-organised-by-customer'].includes(q.id) ? 'l2' : 'l3')));
    expect(result.customerFocusStage).toBe(0);
    expect(result.customerFocusStages![0]).toMatchObject({ stage: 1, score: 58.3, distance: -1.7, withinOneStep: true, questionCount: 3 });
    expect(flagIds(result)).not.toContain('STAGE_SKIPPING');
    expect(result.recommendations[0]!.ruleId).toBe('finish-the-earlier-stage');
    expect(result.recommendations.map((r) => r.ruleId)).not.toContain('rebuild-customer-foundations');
  });

  it('should still give a company one step above stage 1, and one at level 3 everywhere, concrete actions towards level 4', () => {
    const above = score(respondent((q) => (q.id === 'customer-repository' ? 'l2' : 'l3')));
    expect(above.customerFocusStage).toBe(4);
    expect(above.recommendations.length).toBeGreaterThanOrEqual(3);
    const allThree = score(respondent(() => 'l3'));
    expect(allThree.maturityLevel).toBe(4);
    expect(allThree.recommendations.map((r) => r.ruleId)).toEqual(
      expect.arrayContaining(['feasibility-check-before-commit', 'crm-investment-by-stage', 'keep-risk-and-opportunity-scenarios']),
    );
  });

  it('should keep knowledge-gap advice out of the first three, and break ties by gap, not by rule id', () => {
    const result = score(respondent((q, d) => (d === 'planning' || d === 'customer' ? 'dk' : q.id.length % 2 === 0 ? 'l0' : 'l1')));
    expect(flagIds(result)).toContain('KNOWLEDGE_GAP');
    expect(result.recommendations.slice(0, 3).every((r) => r.focus === 'business')).toBe(true);
    expect(result.recommendations.at(-1)!.focus).toBe('knowledge-gap');
    const gapOf = (dimensionId: string) => 100 - (result.dimensions.find((d) => d.dimensionId === dimensionId)!.score ?? 50);
    for (let i = 1; i < result.recommendations.length; i += 1) {
      const [a, b] = [result.recommendations[i - 1]!, result.recommendations[i]!];
      if (a.focus === b.focus && a.priority === b.priority) expect(gapOf(a.dimensionId)).toBeGreaterThanOrEqual(gapOf(b.dimensionId) - 0.05);
    }
  });
});
