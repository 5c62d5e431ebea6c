import { NotFoundError, findQuestionnaire, validateQuestionnaire, type Questionnaire } from '@omcheck/shared';
import type { CustomQuestionnaireRepository } from './custom-questionnaire.repository.js';

/** Assessments on an imported questionnaire store this key: `custom/<id>`, unique everywhere. */
const CUSTOM_PREFIX = 'custom/';

/** The key an assessment stores for an imported questionnaire. */
export function customQuestionnaireKey(id: string): string {
  return `${CUSTOM_PREFIX}${id}`;
}

/**
 * Looks up questionnaires: the built-in ones, and the ones consultants imported. Imported content
 * is immutable, so once read from the database it is kept in memory by id; every door that opens
 * an assessment calls `ensureLoaded` first, so any instance can serve any assessment.
 */
export class QuestionnaireService {
  private readonly custom = new Map<string, Questionnaire>();

  constructor(private readonly customs: CustomQuestionnaireRepository) {}

  /** The questionnaire, or NOT_FOUND naming what was asked for. */
  get(key: string, version?: string | null): Questionnaire {
    const questionnaire = key.startsWith(CUSTOM_PREFIX) ? this.custom.get(key) : findQuestionnaire(key, version);
    if (!questionnaire) {
      throw new NotFoundError(
        version ? `Questionnaire "${key}" has no version "${version}".` : `There is no questionnaire "${key}".`,
      );
    }
    return questionnaire;
  }

  /** Makes an imported questionnaire available to `get` (a no-op for built-in keys). */
  async ensureLoaded(key: string): Promise<void> {
    if (!key.startsWith(CUSTOM_PREFIX) || this.custom.has(key)) return;
    const row = await this.customs.findById(key.slice(CUSTOM_PREFIX.length));
    if (!row) return;
    const validation = validateQuestionnaire(row.definition);
    // Stored content was validated on import; the same schema accepts it again.
    if (validation.ok) this.custom.set(key, validation.questionnaire);
  }
}
