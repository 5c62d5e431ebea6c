import { describe, expect, it } from 'vitest';
import type { AnswerValue, RespondentAnswers } from '../../../domain/answer.js';
import type { Condition } from '../../../domain/condition.schema.js';
import type { LocalizedText } from '../../../domain/locale.js';
import { questionnaireSchema, type Question, type Questionnaire } from '../../../domain/questionnaire.schema.js';
import { validateQuestionnaire } from '../../../domain/validate-questionnaire.js';
import { FLAG_IDS } from '../../../domain/vocabulary.js';
import { scoreAssessment } from '../../../scoring/score-assessment.js';
import { omHealthCheck11Definition as omHealthCheckDefinition } from './index.js';
import { INTERNAL_ROLES } from './roles.js';

const DIMENSION_IDS = ['strategy', 'partnership', 'lifecycle', 'marketing', 'planning', 'alignment', 'customer'];
const MATURITY_OPTION_IDS = ['l0', 'l1', 'l2', 'l3', 'l4', 'na', 'dk'];

const questionnaire: Questionnaire = questionnaireSchema.parse(omHealthCheckDefinition);
const questions: Question[] = questionnaire.dimensions.flatMap((d) => d.questions);
const questionOrder = new Map(questions.map((q, i) => [q.id, i]));
const questionById = new Map(questions.map((q) => [q.id, q]));

function optionIds(question: Question): string[] {
  if (question.kind === 'maturity') return MATURITY_OPTION_IDS.filter((id) => id !== 'na' || question.allowNotApplicable !== false);
  if (question.kind === 'text') return [];
  return question.options.map((o) => o.id);
}

type Leaf = Exclude<Condition, { all: Condition[] } | { any: Condition[] } | { not: Condition }>;

function leaves(condition: Condition): Leaf[] {
  if ('all' in condition) return condition.all.flatMap(leaves);
  if ('any' in condition) return condition.any.flatMap(leaves);
  if ('not' in condition) return leaves(condition.not);
  return [condition];
}

/** Problems with one condition leaf; `before` limits question references to earlier questions (showIf). */
function leafProblems(leaf: Leaf, where: string, before?: number): string[] {
  const bounds = (c: Record<string, number | undefined>) => Object.values(c).filter((b): b is number => b !== undefined);
  const outside = (c: Record<string, number | undefined>, max: number) => bounds(c).some((b) => b < 0 || b > max);
  if ('question' in leaf) {
    const question = questionById.get(leaf.question);
    if (!question) return [`${where}: unknown question ${leaf.question}`];
    const problems: string[] = [];
    if (before !== undefined && questionOrder.get(leaf.question)! >= before) problems.push(`${where}: ${leaf.question} is not earlier`);
    if ('is' in leaf) {
      for (const id of leaf.is) if (!optionIds(question).includes(id)) problems.push(`${where}: ${leaf.question} has no option ${id}`);
    } else if (question.kind !== 'maturity') {
      problems.push(`${where}: ${leaf.question} is not a maturity question`);
    } else if ('score' in leaf && outside(leaf.score, 4)) {
      problems.push(`${where}: question score bound outside 0–4`);
    }
    return problems;
  }
  if (before !== undefined) return [`${where}: showIf may only test earlier answers`];
  if ('dimension' in leaf) {
    if (!DIMENSION_IDS.includes(leaf.dimension)) return [`${where}: unknown dimension ${leaf.dimension}`];
    return outside(leaf.score, 100) ? [`${where}: dimension bound outside 0–100`] : [];
  }
  if ('tag' in leaf) {
    if (!questions.some((q) => q.tags.includes(leaf.tag as Question['tags'][number]))) return [`${where}: no question carries ${leaf.tag}`];
    return outside(leaf.score, 100) ? [`${where}: tag bound outside 0–100`] : [];
  }
  if ('customerFocusStage' in leaf) return outside(leaf.customerFocusStage, 4) ? [`${where}: stage bound outside 0–4`] : [];
  if ('overall' in leaf) return outside(leaf.overall, 100) ? [`${where}: overall bound outside 0–100`] : [];
  if ('holism' in leaf) return outside(leaf.holism, 100) ? [`${where}: holism bound outside 0–100`] : [];
  if ('dontKnowShare' in leaf) return outside(leaf.dontKnowShare, 100) ? [`${where}: share bound outside 0–100`] : [];
  if ('flag' in leaf) return questionnaire.flags.some((f) => f.id === leaf.flag) ? [] : [`${where}: flag ${leaf.flag} not defined`];
  return [];
}

/** Every English text of the questionnaire, with where it sits. */
function allTexts(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const add = (where: string, t: LocalizedText) => out.push({ where, text: t.en });
  add('title', questionnaire.title);
  add('description', questionnaire.description);
  for (const d of questionnaire.dimensions) {
    add(d.id, d.title);
    add(d.id, d.description);
    add(d.id, d.weightRationale);
    for (const q of d.questions) {
      add(q.id, q.prompt);
      add(q.id, q.help);
      if (q.kind === 'maturity') q.levels.forEach((l) => add(q.id, l));
      if (q.kind === 'choice' || q.kind === 'multi') q.options.forEach((o) => add(q.id, o.label));
    }
  }
  for (const f of questionnaire.flags) add(f.id, f.message);
  for (const r of questionnaire.recommendations) {
    add(r.id, r.title);
    add(r.id, r.body);
    r.steps.forEach((s) => add(r.id, s));
  }
  return out;
}

/** A small deterministic PRNG (mulberry32), so profile tests are reproducible. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One management respondent answering every question; `level` picks each maturity answer. */
function respondent(level: (q: Question) => string, sellsOnline = 'yes'): RespondentAnswers {
  const answers = new Map<string, AnswerValue>();
  for (const q of questions) {
    if (q.kind === 'maturity') answers.set(q.id, { questionId: q.id, optionId: level(q) });
    else if (q.kind === 'choice') answers.set(q.id, { questionId: q.id, optionId: q.id === 'sells-online' ? sellsOnline : q.options[0]!.id });
    else if (q.kind === 'multi') answers.set(q.id, { questionId: q.id, optionIds: [q.options[0]!.id] });
  }
  return { respondentId: 'r1', role: 'MANAGEMENT', answers };
}

function fired(r: RespondentAnswers): { flags: string[]; recommendations: string[] } {
  const score = scoreAssessment(questionnaire, [r]);
  return { flags: score.flags.map((f) => f.id), recommendations: score.recommendations.map((x) => x.ruleId) };
}

describe('om-health-check 1.1.0 content', () => {
  it('should parse against the questionnaire schema', () => {
    expect(() => questionnaireSchema.parse(omHealthCheckDefinition)).not.toThrow();
    expect(questionnaire.key).toBe('om-health-check');
    expect(questionnaire.version).toBe('1.1.0');
  });

  it('should pass the questionnaire validator (references, ids, showIf order)', () => {
    const result = validateQuestionnaire(omHealthCheckDefinition);
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('should have the seven dimensions in order, 7–14 questions each, at most 60 scored', () => {
    expect(questionnaire.dimensions.map((d) => d.id)).toEqual(DIMENSION_IDS);
    for (const d of questionnaire.dimensions) {
      expect(d.questions.length, d.id).toBeGreaterThanOrEqual(7);
      expect(d.questions.length, d.id).toBeLessThanOrEqual(14);
    }
    expect(questions.filter((q) => q.kind === 'maturity').length).toBeLessThanOrEqual(60);
  });

  it('should weigh strategy and partnership more than any other dimension', () => {
    const weight = new Map(questionnaire.dimensions.map((d) => [d.id, d.weight]));
    const others = DIMENSION_IDS.filter((id) => id !== 'strategy' && id !== 'partnership').map((id) => weight.get(id)!);
    expect(Math.min(weight.get('strategy')!, weight.get('partnership')!)).toBeGreaterThan(Math.max(...others));
  });

  it('should use unique ids for questions and for recommendations, and never the same id for both', () => {
    const questionIds = questions.map((q) => q.id);
    const ruleIds = questionnaire.recommendations.map((r) => r.id);
    expect(new Set(questionIds).size).toBe(questionIds.length);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
    expect(questionIds.filter((id) => ruleIds.includes(id))).toEqual([]);
  });

  it('should make every showIf refer to an earlier question and its existing options', () => {
    const problems = questions.flatMap((q, i) => (q.showIf ? leaves(q.showIf).flatMap((l) => leafProblems(l, `${q.id}.showIf`, i)) : []));
    expect(problems).toEqual([]);
  });

  it('should make every flag and recommendation condition refer to existing questions, options, dimensions, tags and flags', () => {
    const problems = [
      ...questionnaire.flags.flatMap((f) => leaves(f.condition).flatMap((l) => leafProblems(l, f.id))),
      ...questionnaire.recommendations.flatMap((r) => leaves(r.condition).flatMap((l) => leafProblems(l, r.id))),
    ];
    expect(problems).toEqual([]);
  });

  it('should define all ten flags exactly once', () => {
    expect([...questionnaire.flags.map((f) => f.id)].sort()).toEqual([...FLAG_IDS].sort());
  });

  it('should have at least 42 recommendations, at least 5 per dimension, each with 2–5 steps and a 2–4 sentence body', () => {
    expect(questionnaire.recommendations.length).toBeGreaterThanOrEqual(42);
    for (const id of DIMENSION_IDS) {
      expect(questionnaire.recommendations.filter((r) => r.dimensionId === id).length, id).toBeGreaterThanOrEqual(5);
    }
    for (const r of questionnaire.recommendations) {
      expect(DIMENSION_IDS, r.id).toContain(r.dimensionId);
      expect(r.steps.length, r.id).toBeGreaterThanOrEqual(2);
      expect(r.steps.length, r.id).toBeLessThanOrEqual(5);
      const sentences = r.body.en.split(/[.!?]["”']?(?:\s+|$)/).filter((s) => s.trim() !== '').length;
      expect(sentences, r.id).toBeGreaterThanOrEqual(2);
      expect(sentences, r.id).toBeLessThanOrEqual(4);
    }
  });

  it('should rest each customer-focus stage on at least three maturity questions, all in the customer dimension', () => {
    for (const stage of ['stage-1', 'stage-2', 'stage-3', 'stage-4'] as const) {
      const tagged = questions.filter((q) => q.tags.includes(stage));
      expect(tagged.filter((q) => q.kind === 'maturity').length, stage).toBeGreaterThanOrEqual(3);
      const customer = questionnaire.dimensions.find((d) => d.id === 'customer')!;
      expect(tagged.every((q) => customer.questions.includes(q)), stage).toBe(true);
    }
  });

  it('should tag every question, with at least six linkage questions spread over at least four dimensions', () => {
    expect(questions.filter((q) => q.kind !== 'text' && q.tags.length === 0).map((q) => q.id)).toEqual([]);
    const linkage = questionnaire.dimensions.filter((d) => d.questions.some((q) => q.tags.includes('linkage')));
    expect(questions.filter((q) => q.tags.includes('linkage')).length).toBeGreaterThanOrEqual(6);
    expect(linkage.length).toBeGreaterThanOrEqual(4);
  });

  it('should ask "do you sell online?" early in marketing and show the e-commerce questions only to online sellers', () => {
    const marketing = questionnaire.dimensions.find((d) => d.id === 'marketing')!;
    const sellsOnline = marketing.questions[0]!;
    expect(sellsOnline.id).toBe('sells-online');
    expect(sellsOnline.kind).toBe('choice');
    expect(optionIds(sellsOnline)).toEqual(expect.arrayContaining(['yes', 'planned', 'no']));
    const ecommerce = questions.filter((q) => q.tags.includes('ecommerce') && q.id !== 'sells-online');
    expect(ecommerce.length).toBeGreaterThanOrEqual(2);
    for (const q of ecommerce) expect(q.showIf, q.id).toEqual({ question: 'sells-online', is: ['yes', 'planned'] });
  });

  it('should not ask the partner about the client\'s internal Sales–Operations meetings', () => {
    for (const id of ['sales-ops-meeting-structure', 'concrete-cases-review', 'sparring-mirroring', 's-and-op-process']) {
      const roles = questionById.get(id)!.roles;
      expect(roles, id).toBeDefined();
      expect(roles, id).not.toContain('PARTNER');
    }
  });

  it('should give every maturity question five distinct level descriptors and a why-we-ask text', () => {
    for (const q of questions) {
      expect(q.help.en.length, q.id).toBeGreaterThan(40);
      if (q.kind === 'maturity') expect(new Set(q.levels.map((l) => l.en)).size, q.id).toBe(5);
    }
  });

  it('should contain no placeholder text', () => {
    const placeholders = allTexts().filter(({ text }) => /\b(lorem|ipsum|todo|tbd|fixme|xxx|placeholder)\b/i.test(text));
    expect(placeholders).toEqual([]);
  });

  it('should offer "not applicable" only where it can be true: questions about a provider relationship', () => {
    const offered = questions.filter((q) => q.kind === 'maturity' && q.allowNotApplicable !== false).map((q) => q.id);
    expect(offered).not.toContain('strategy-documented');
    const aboutAProvider = (q: Question) =>
      ['partnership', 'lifecycle'].includes(questionnaire.dimensions.find((d) => d.questions.includes(q))!.id) ||
      q.tags.includes('partnership') || q.id === 'sales-operations-support';
    expect(offered.filter((id) => !aboutAProvider(questionById.get(id)!))).toEqual([]);
  });

  it('should word every question the provider answers from both sides alike (no "you", "your", "we", "our")', () => {
    const secondPerson = /\b(you|your|yours|we|our|us)\b/i;
    const problems = questions
      .filter((q) => q.kind !== 'text' && (!q.roles || q.roles.includes('PARTNER')))
      .flatMap((q) => [q.prompt, ...(q.kind === 'maturity' ? q.levels : [])].filter((t) => secondPerson.test(t.en)).map((t) => `${q.id}: ${t.en}`));
    expect(problems).toEqual([]);
  });

  it('should not ask the provider what it cannot observe: the client\'s customer data, planning process and management habits', () => {
    const customer = questionnaire.dimensions.find((d) => d.id === 'customer')!;
    const internalOnly = [
      ...customer.questions.filter((q) => q.kind !== 'text').map((q) => q.id),
      'managerial-attitudes', 'peer-learning', 'communication-checkup', 's-and-op-process', 'real-time-data', 'ai-ml-planning',
    ];
    for (const id of internalOnly) expect(questionById.get(id)!.roles, id).not.toContain('PARTNER');
    expect(questionById.get('ai-ml-planning')!.roles, 'customer care does not see how the plan is made').not.toContain('CUSTOMER_CARE');
    expect(INTERNAL_ROLES).not.toContain('PARTNER');
  });

  it('should tag "linkage" only on the truly cross-functional questions', () => {
    expect(questions.filter((q) => q.tags.includes('linkage')).map((q) => q.id).sort()).toEqual([
      'agreements-tested-strategy', 'capacity-check-before-commit', 'communication-consistency', 'ecommerce-customer-care',
      'insight-daily-decisions', 'marketing-process-interrelations', 'marketing-with-sales-plan', 'partner-in-planning',
      's-and-op-process', 'sales-ops-shared-interest', 'strategy-operations-holistic', 'strategy-translated-functions',
      'two-way-analytics',
    ]);
  });

  it('should let only the knowledge-gap flag and knowledge-gap advice look at "don\'t know"', () => {
    const looksAtDontKnow = (c: Condition) => leaves(c).some((l) => 'dontKnow' in l || 'dontKnowShare' in l || ('flag' in l && l.flag === 'KNOWLEDGE_GAP'));
    expect(questionnaire.flags.filter((f) => looksAtDontKnow(f.condition)).map((f) => f.id)).toEqual(['KNOWLEDGE_GAP']);
    for (const r of questionnaire.recommendations.filter((x) => looksAtDontKnow(x.condition))) expect(r.focus, r.id).toBe('knowledge-gap');
  });

  it('should ask one open question, "what would you change first?", last and unscored', () => {
    const text = questions.filter((q) => q.kind === 'text');
    expect(text.map((q) => q.id)).toEqual(['change-first']);
    expect(questions.at(-1)!.id).toBe('change-first');
    const without = respondent(() => 'l2');
    const withText = { ...without, answers: new Map(without.answers).set('change-first', { questionId: 'change-first', text: 'Everything, starting with marketing.' }) };
    const a = scoreAssessment(questionnaire, [without]);
    const b = scoreAssessment(questionnaire, [withText]);
    expect(b.overallScore).toBe(a.overallScore);
    expect(b.dimensions).toEqual(a.dimensions);
  });

  it('should cite in every text only seeds its item names', () => {
    const cited = (text: string) => [...text.matchAll(/\b(?:Seeds?|seeds?) (\d{3})(?: and (\d{3}))?/g)].flatMap((m) => [m[1], m[2]]).filter((x): x is string => !!x);
    const problems: string[] = [];
    let citations = 0;
    const check = (id: string, seeds: readonly string[], texts: LocalizedText[]) => {
      for (const t of texts) {
        for (const n of cited(t.en)) {
          citations += 1;
          if (!seeds.some((s) => s.startsWith(n))) problems.push(`${id} cites ${n}`);
        }
      }
    };
    for (const q of questions) check(q.id, q.seeds, [q.prompt, q.help, ...(q.kind === 'maturity' ? q.levels : [])]);
    for (const f of questionnaire.flags) check(f.id, f.seeds, [f.message]);
    for (const r of questionnaire.recommendations) check(r.id, r.seeds, [r.title, r.body, ...r.steps]);
    expect(citations).toBeGreaterThan(100);
    expect(problems).toEqual([]);
  });

  describe('rules on whole profiles (scored by the real engine)', () => {
    it('should fire no flag and no recommendation for a company at level 4 everywhere', () => {
      expect(fired(respondent(() => 'l4'))).toEqual({ flags: [], recommendations: [] });
    });

    it('should fire every flag but STAGE_SKIPPING and KNOWLEDGE_GAP for an online seller at level 0 everywhere', () => {
      const { flags } = fired(respondent(() => 'l0'));
      expect(flags.sort()).toEqual(FLAG_IDS.filter((f) => f !== 'STAGE_SKIPPING' && f !== 'KNOWLEDGE_GAP').sort());
    });

    it('should not flag e-commerce for a company that does not sell online', () => {
      expect(fired(respondent(() => 'l0', 'no')).flags).not.toContain('ECOMMERCE_WITHOUT_CUSTOMER_CARE');
    });

    it('should flag a knowledge gap when a quarter of the answers are "don\'t know"', () => {
      const { flags } = fired(respondent((q) => (questionOrder.get(q.id)! % 4 === 0 ? 'dk' : 'l3')));
      expect(flags).toContain('KNOWLEDGE_GAP');
    });

    it('should flag stage skipping when later customer-focus stages run without the first', () => {
      // Stage 1 at level 2 (50 < 60) is not yet practised, but not product-centric either.
      const { flags } = fired(respondent((q) => (q.tags.includes('stage-1') ? 'l2' : 'l4')));
      expect(flags).toEqual(['STAGE_SKIPPING']);
    });

    it('should fire every flag and recommendation for some random profiles and none of them for all', () => {
      const random = prng(20240611);
      const counts = new Map<string, number>();
      const runs = 600;
      for (let i = 0; i < runs; i += 1) {
        const { flags, recommendations } = fired(respondent(() => `l${Math.floor(random() * 5)}`, random() < 0.7 ? 'yes' : 'no'));
        for (const id of [...flags, ...recommendations]) counts.set(id, (counts.get(id) ?? 0) + 1);
      }
      const expected = [...FLAG_IDS.filter((f) => f !== 'KNOWLEDGE_GAP'), ...questionnaire.recommendations.filter((r) => r.id !== 'close-knowledge-gaps').map((r) => r.id)];
      expect(expected.filter((id) => !counts.has(id))).toEqual([]);
      expect(expected.filter((id) => counts.get(id) === runs)).toEqual([]);
    });
  });
});
