import type { Questionnaire } from '../domain/questionnaire.schema.js';
import { validateAnswerBatch } from '../domain/validate-answers.js';
import type { CheckupDocument, DocumentProblem } from './checkup-document.schema.js';

/**
 * What the schema cannot know: whether a valid-looking document fits the questionnaire it names.
 * Every answer batch is checked like the autosave checks it (`validateAnswerBatch`), and
 * targets, recommendations and comments must name the questionnaire's own dimensions, rules and
 * questions. Paths point into the document, e.g. `respondents[2].answers[5].questionId`.
 */
export function checkupImportProblems(document: CheckupDocument, questionnaire: Questionnaire): DocumentProblem[] {
  const problems: DocumentProblem[] = [];
  const dimensions = new Set(questionnaire.dimensions.map((d) => d.id));
  const questions = new Set(questionnaire.dimensions.flatMap((d) => d.questions.map((q) => q.id)));
  const rules = new Set(questionnaire.recommendations.map((r) => r.id));

  const seenTargets = new Set<string>();
  document.checkup.targets.forEach((target, i) => {
    const path = `checkup.targets[${i}].dimensionId`;
    if (!dimensions.has(target.dimensionId)) problems.push({ path, message: `unknown dimension "${target.dimensionId}"` });
    else if (seenTargets.has(target.dimensionId)) problems.push({ path, message: `dimension "${target.dimensionId}" has a target twice` });
    seenTargets.add(target.dimensionId);
  });

  const seenRespondents = new Set<string>();
  document.respondents.forEach((respondent, i) => {
    if (seenRespondents.has(respondent.id)) problems.push({ path: `respondents[${i}].id`, message: `respondent "${respondent.id}" appears twice` });
    seenRespondents.add(respondent.id);
    for (const error of validateAnswerBatch(questionnaire, respondent.role, respondent.answers)) {
      problems.push({ path: `respondents[${i}].${error.field}`, message: error.message });
    }
  });

  document.unattributedComments.forEach((comment, i) => {
    if (!questions.has(comment.questionId)) problems.push({ path: `unattributedComments[${i}].questionId`, message: `unknown question "${comment.questionId}"` });
  });

  const seenRules = new Set<string>();
  document.recommendations.forEach((recommendation, i) => {
    const at = `recommendations[${i}]`;
    if (recommendation.ruleId !== null) {
      if (!rules.has(recommendation.ruleId)) problems.push({ path: `${at}.ruleId`, message: `questionnaire "${questionnaire.key}" ${questionnaire.version} has no rule "${recommendation.ruleId}"` });
      else if (seenRules.has(recommendation.ruleId)) problems.push({ path: `${at}.ruleId`, message: `rule "${recommendation.ruleId}" appears twice` });
      seenRules.add(recommendation.ruleId);
    } else if (!recommendation.customTitle?.trim()) {
      problems.push({ path: `${at}.customTitle`, message: 'a hand-written recommendation (ruleId null) needs its title' });
    }
    if (recommendation.dimensionId !== null && !dimensions.has(recommendation.dimensionId)) {
      problems.push({ path: `${at}.dimensionId`, message: `unknown dimension "${recommendation.dimensionId}"` });
    }
    if (recommendation.status === 'DISMISSED' && !recommendation.dismissReason?.trim()) {
      problems.push({ path: `${at}.dismissReason`, message: 'a dismissed recommendation needs the reason' });
    }
  });
  return problems;
}
