import { findQuestionnaire, type Questionnaire } from '@omcheck/shared';
import { NotFoundError } from '@omcheck/shared';

/** Looks up questionnaires; today the built-in ones, later also imported ones. */
export class QuestionnaireService {
  /** The questionnaire, or NOT_FOUND naming what was asked for. */
  get(key: string, version?: string | null): Questionnaire {
    const questionnaire = findQuestionnaire(key, version);
    if (!questionnaire) {
      throw new NotFoundError(
        version
          ? `Questionnaire "${key}" has no version "${version}".`
          : `There is no questionnaire "${key}".`,
      );
    }
    return questionnaire;
  }
}
