import { BadUserInputError, findQuestionnaire, localize, validateQuestionnaire, type FieldProblem, type Questionnaire } from '@omcheck/shared';
import { newId } from '../../db/ids.js';
import type { AccessGuard } from '../access/access.guard.js';
import type { Actor } from '../access/actor.js';
import type { CustomQuestionnaireRepository } from './custom-questionnaire.repository.js';
import { customQuestionnaireKey } from './questionnaire.service.js';

/** A questionnaire a workspace can run check-ups on. */
export interface QuestionnaireSummary {
  key: string;
  version: string;
  title: string;
  custom: boolean;
  dimensionCount: number;
  questionCount: number;
  importedAt: Date | null;
}

function summaryOf(questionnaire: Questionnaire, custom: boolean, importedAt: Date | null): QuestionnaireSummary {
  return {
    key: questionnaire.key,
    version: questionnaire.version,
    title: localize(questionnaire.title, 'en'),
    custom,
    dimensionCount: questionnaire.dimensions.length,
    questionCount: questionnaire.dimensions.reduce((n, d) => n + d.questions.length, 0),
    importedAt,
  };
}

/** "path: problem" lines as field problems (the path is the part before the first ": "). */
function problemsOf(errors: readonly string[]): FieldProblem[] {
  return errors.map((line) => {
    const at = line.indexOf(': ');
    return at > 0 ? { field: line.slice(0, at), message: line.slice(at + 2) } : { field: 'json', message: line };
  });
}

/** Imports a workspace's own questionnaires ("lenses"), validated like the built-in ones. */
export class CustomQuestionnaireService {
  constructor(
    private readonly customs: CustomQuestionnaireRepository,
    private readonly access: AccessGuard,
  ) {}

  /** Validates and stores; on any problem nothing is stored and every problem names its path. */
  async import(actor: Actor | null, workspaceId: string, json: string): Promise<QuestionnaireSummary> {
    const grant = this.access.workspace(actor, workspaceId, 'write');
    let input: unknown;
    try {
      input = JSON.parse(json);
    } catch (err) {
      throw new BadUserInputError(`The file is not valid JSON: ${err instanceof Error ? err.message.slice(0, 200) : 'parse error'}.`, [
        { field: 'json', message: 'Not valid JSON.' },
      ]);
    }
    const validation = validateQuestionnaire(input);
    if (!validation.ok) {
      const shown = validation.errors.slice(0, 20);
      const more = validation.errors.length > shown.length ? ` (and ${validation.errors.length - shown.length} more)` : '';
      throw new BadUserInputError(`The questionnaire is not valid: ${shown.join('; ')}${more}. Nothing was imported.`, problemsOf(validation.errors));
    }
    const questionnaire = validation.questionnaire;
    if (findQuestionnaire(questionnaire.key)) {
      throw new BadUserInputError(`"${questionnaire.key}" is the key of a built-in questionnaire; give yours its own key.`, [{ field: 'key', message: 'Reserved key.' }]);
    }
    if (await this.customs.findInWorkspace(workspaceId, questionnaire.key, questionnaire.version)) {
      throw new BadUserInputError(`Version ${questionnaire.version} of "${questionnaire.key}" is already imported; raise the version to import a change.`, [
        { field: 'version', message: 'Already imported.' },
      ]);
    }
    const id = newId();
    await this.customs.insert({
      id, workspaceId, key: questionnaire.key, version: questionnaire.version, title: localize(questionnaire.title, 'en').slice(0, 300),
      definition: input as Record<string, unknown>, createdByUserId: grant.actor.userId,
    });
    return summaryOf(questionnaire, true, new Date());
  }

  /** The built-in questionnaires (latest versions) and the workspace's imported ones. */
  async list(actor: Actor | null, workspaceId: string): Promise<QuestionnaireSummary[]> {
    this.access.workspace(actor, workspaceId, 'read');
    const builtIn = findQuestionnaire('om-health-check');
    const rows = await this.customs.listByWorkspace(workspaceId);
    const custom = rows.flatMap((row) => {
      const validation = validateQuestionnaire(row.definition);
      return validation.ok ? [summaryOf(validation.questionnaire, true, row.createdAt)] : [];
    });
    return [...(builtIn ? [summaryOf(builtIn, false, null)] : []), ...custom];
  }

  /** The stored key of a workspace's questionnaire for a new check-up; null when there is none. */
  async assessmentKeyFor(workspaceId: string, key: string, version: string | null): Promise<{ key: string; version: string } | null> {
    const row = await this.customs.findInWorkspace(workspaceId, key, version);
    return row ? { key: customQuestionnaireKey(row.id), version: row.version } : null;
  }
}
