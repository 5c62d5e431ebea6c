import type { Dimension, Question, Questionnaire } from './questionnaire.schema.js';

/** Where a question sits: the question, its dimension, and its 0-based position in questionnaire order. */
export interface QuestionIndexEntry {
  question: Question;
  dimension: Dimension;
  order: number;
}

const indexCache = new WeakMap<Questionnaire, ReadonlyMap<string, QuestionIndexEntry>>();
const orderCache = new WeakMap<Questionnaire, readonly QuestionIndexEntry[]>();

/**
 * The questions of a questionnaire by id, with their dimension and position in questionnaire
 * order (dimensions in order, questions in order within each). Memoised per questionnaire
 * object, so call it freely; treat questionnaires as immutable. When an id is duplicated
 * (an invalid questionnaire) the first occurrence wins.
 */
export function questionIndex(questionnaire: Questionnaire): ReadonlyMap<string, QuestionIndexEntry> {
  let index = indexCache.get(questionnaire);
  if (!index) {
    const map = new Map<string, QuestionIndexEntry>();
    for (const entry of questionsInOrder(questionnaire)) {
      if (!map.has(entry.question.id)) map.set(entry.question.id, entry);
    }
    index = map;
    indexCache.set(questionnaire, index);
  }
  return index;
}

/** Every question with its dimension, in questionnaire order (memoised per questionnaire). */
export function questionsInOrder(questionnaire: Questionnaire): readonly QuestionIndexEntry[] {
  let entries = orderCache.get(questionnaire);
  if (!entries) {
    const list: QuestionIndexEntry[] = [];
    for (const dimension of questionnaire.dimensions) {
      for (const question of dimension.questions) list.push({ question, dimension, order: list.length });
    }
    entries = list;
    orderCache.set(questionnaire, entries);
  }
  return entries;
}
