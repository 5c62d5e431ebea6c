import { NotFoundError, type Questionnaire } from '@omcheck/shared';
import type { CustomQuestionnaireRepository } from '../questionnaire/custom-questionnaire.repository.js';
import { type QuestionnaireService, customQuestionnaireKey } from '../questionnaire/questionnaire.service.js';

/** A questionnaire as an assessment stores it (`custom/<id>` for an imported one) and its content. */
export interface StoredQuestionnaire {
  storedKey: string;
  questionnaire: Questionnaire;
}

const CUSTOM_PREFIX = customQuestionnaireKey('');

/**
 * The latest version of the questionnaire an assessment used: the newest built-in version of
 * its key, or the workspace's highest imported version of the same custom key (each imported version is its
 * own row, so the stored key changes with the version).
 */
export class LatestQuestionnaire {
  constructor(
    private readonly questionnaires: QuestionnaireService,
    private readonly customs: CustomQuestionnaireRepository,
  ) {}

  async of(workspaceId: string, storedKey: string): Promise<StoredQuestionnaire> {
    if (!storedKey.startsWith(CUSTOM_PREFIX)) return { storedKey, questionnaire: this.questionnaires.get(storedKey) };
    const used = await this.customs.findById(storedKey.slice(CUSTOM_PREFIX.length));
    const latest = used ? await this.customs.findInWorkspace(workspaceId, used.key, null) : null;
    if (!latest) throw new NotFoundError('The questionnaire of the previous check-up is no longer in this workspace.');
    const latestKey = customQuestionnaireKey(latest.id);
    await this.questionnaires.ensureLoaded(latestKey);
    return { storedKey: latestKey, questionnaire: this.questionnaires.get(latestKey) };
  }
}
