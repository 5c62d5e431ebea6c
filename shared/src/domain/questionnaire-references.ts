import type { Comparison } from './condition.schema.js';
import type { Questionnaire } from './questionnaire.schema.js';
import { forEachLeaf, type ConditionLeaf } from './condition-walk.js';
import { questionIndex, type QuestionIndexEntry } from './question-index.js';
import { questionOptions } from './options.js';

/** Where a condition is written decides what it may refer to. */
type ConditionSite =
  | { kind: 'showIf'; order: number }
  | { kind: 'flag'; earlierFlags: ReadonlySet<string> }
  | { kind: 'recommendation' };

interface Context {
  questions: ReadonlyMap<string, QuestionIndexEntry>;
  dimensionIds: ReadonlySet<string>;
  usedTags: ReadonlySet<string>;
  flagIds: ReadonlySet<string>;
  errors: string[];
}

/**
 * Checks what a schema cannot: unique ids, and that every reference (conditions,
 * recommendation dimensions) points at something that exists. Returns "path: message" lines.
 */
export function questionnaireReferenceErrors(questionnaire: Questionnaire): string[] {
  const errors: string[] = [];
  checkUniqueIds(questionnaire, errors);
  const context: Context = {
    questions: questionIndex(questionnaire),
    dimensionIds: new Set(questionnaire.dimensions.map((d) => d.id)),
    usedTags: new Set(questionnaire.dimensions.flatMap((d) => d.questions.flatMap((q) => q.tags))),
    flagIds: new Set(questionnaire.flags.map((f) => f.id)),
    errors,
  };

  let order = 0;
  questionnaire.dimensions.forEach((dimension, d) => {
    dimension.questions.forEach((question, q) => {
      if (question.showIf) {
        checkCondition(question.showIf, `dimensions[${d}].questions[${q}].showIf`, { kind: 'showIf', order }, context);
      }
      order += 1;
    });
  });

  const earlierFlags = new Set<string>();
  questionnaire.flags.forEach((flag, f) => {
    checkCondition(flag.condition, `flags[${f}].condition`, { kind: 'flag', earlierFlags: new Set(earlierFlags) }, context);
    earlierFlags.add(flag.id);
  });

  questionnaire.recommendations.forEach((rule, r) => {
    if (!context.dimensionIds.has(rule.dimensionId)) {
      errors.push(`recommendations[${r}].dimensionId: dimension "${rule.dimensionId}" does not exist`);
    }
    checkCondition(rule.condition, `recommendations[${r}].condition`, { kind: 'recommendation' }, context);
  });
  return errors;
}

function checkUniqueIds(questionnaire: Questionnaire, errors: string[]): void {
  const dimensions = new Map<string, string>();
  const questions = new Map<string, string>();
  questionnaire.dimensions.forEach((dimension, d) => {
    noteId(dimensions, dimension.id, `dimensions[${d}]`, 'dimension', errors);
    dimension.questions.forEach((question, q) => {
      const path = `dimensions[${d}].questions[${q}]`;
      noteId(questions, question.id, path, 'question', errors);
      if (question.kind === 'choice' || question.kind === 'multi') {
        const options = new Map<string, string>();
        question.options.forEach((option, o) => noteId(options, option.id, `${path}.options[${o}]`, 'option', errors));
      }
    });
  });
  const flags = new Map<string, string>();
  questionnaire.flags.forEach((flag, f) => noteId(flags, flag.id, `flags[${f}]`, 'flag', errors));
  const rules = new Map<string, string>();
  questionnaire.recommendations.forEach((rule, r) => noteId(rules, rule.id, `recommendations[${r}]`, 'recommendation', errors));
}

function noteId(seen: Map<string, string>, id: string, path: string, what: string, errors: string[]): void {
  const first = seen.get(id);
  if (first === undefined) seen.set(id, path);
  else errors.push(`${path}.id: ${what} id "${id}" is already used at ${first}`);
}

function checkCondition(condition: Parameters<typeof forEachLeaf>[0], path: string, site: ConditionSite, context: Context): void {
  forEachLeaf(condition, (leaf, leafPath) => {
    const message = leafError(leaf, site, context);
    if (message) context.errors.push(`${path}${leafPath}: ${message}`);
  });
}

function leafError(leaf: ConditionLeaf, site: ConditionSite, context: Context): string | undefined {
  if ('question' in leaf) return questionLeafError(leaf, site, context);
  if (site.kind === 'showIf') {
    return 'showIf may only test answers to earlier questions (question conditions combined with all/any/not)';
  }
  if ('dimension' in leaf) {
    if (!context.dimensionIds.has(leaf.dimension)) return `dimension "${leaf.dimension}" does not exist`;
    return scaleError(leaf.score, 100, 'dimension scores');
  }
  if ('tag' in leaf) {
    if (!context.usedTags.has(leaf.tag)) return `no question carries the tag "${leaf.tag}", so this condition can never hold`;
    return scaleError(leaf.score, 100, 'tag scores');
  }
  if ('flag' in leaf) {
    if (!context.flagIds.has(leaf.flag)) return `flag "${leaf.flag}" is not defined in this questionnaire`;
    if (site.kind === 'flag' && !site.earlierFlags.has(leaf.flag)) {
      return `flag "${leaf.flag}" is defined at or after this flag; a flag may only refer to flags defined before it`;
    }
    return undefined;
  }
  if ('overall' in leaf) return scaleError(leaf.overall, 100, 'the overall score');
  if ('holism' in leaf) return scaleError(leaf.holism, 100, 'the holism index');
  if ('customerFocusStage' in leaf) return scaleError(leaf.customerFocusStage, 4, 'the customer-focus stage');
  return scaleError(leaf.dontKnowShare, 100, 'the don\'t-know share');
}

function questionLeafError(
  leaf: Extract<ConditionLeaf, { question: string }>,
  site: ConditionSite,
  context: Context,
): string | undefined {
  const entry = context.questions.get(leaf.question);
  if (!entry) return `question "${leaf.question}" does not exist`;
  if (site.kind === 'showIf' && entry.order >= site.order) {
    return `question "${leaf.question}" does not come before this question; showIf may only depend on earlier questions`;
  }
  if ('is' in leaf) {
    const ids = questionOptions(entry.question).map((o) => o.id);
    const unknown = leaf.is.filter((id) => !ids.includes(id));
    if (unknown.length > 0) {
      const list = ids.length > 0 ? ids.join(', ') : 'none, it is a text question';
      return `question "${leaf.question}" has no option ${unknown.map((id) => `"${id}"`).join(', ')} (its options: ${list})`;
    }
    return undefined;
  }
  if (entry.question.kind !== 'maturity') {
    return `question "${leaf.question}" is a ${entry.question.kind} question; score and dontKnow conditions need a maturity question`;
  }
  return 'score' in leaf ? scaleError(leaf.score, 4, 'question scores (maturity levels)') : undefined;
}

/** Catches scale mix-ups such as `{ question, score: { gte: 60 } }` (questions are 0–4). */
function scaleError(comparison: Comparison, max: number, what: string): string | undefined {
  const bounds = [comparison.lt, comparison.lte, comparison.gt, comparison.gte].filter((b): b is number => b !== undefined);
  const outside = bounds.find((b) => b < 0 || b > max);
  return outside === undefined ? undefined : `bound ${outside} is outside the 0–${max} scale of ${what}`;
}
