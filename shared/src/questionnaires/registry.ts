import { validateQuestionnaire } from '../domain/validate-questionnaire.js';
import type { Questionnaire, QuestionnaireDefinition } from '../domain/questionnaire.schema.js';
import { omHealthCheckDefinition } from './om-health-check/index.js';
import { omHealthCheck11Definition } from './om-health-check/v1-1-0/index.js';

export const DEFAULT_QUESTIONNAIRE_KEY = 'om-health-check';

/** Every published version stays here, unchanged: stored assessments name the version they used. */
const BUILT_IN_DEFINITIONS: readonly QuestionnaireDefinition[] = [omHealthCheckDefinition, omHealthCheck11Definition];

let builtIns: readonly Questionnaire[] | undefined;

/** The built-in questionnaires, validated once on first use (invalid content throws). */
export function builtInQuestionnaires(): readonly Questionnaire[] {
  builtIns ??= BUILT_IN_DEFINITIONS.map((definition) => {
    const result = validateQuestionnaire(definition);
    if (!result.ok) {
      throw new Error(`Built-in questionnaire ${definition.key} is invalid:\n${result.errors.join('\n')}`);
    }
    return result.questionnaire;
  });
  return builtIns;
}

/** The questionnaire with this key, at `version` or, without one, its latest version. */
export function findQuestionnaire(key: string, version?: string | null): Questionnaire | undefined {
  const candidates = builtInQuestionnaires().filter((q) => q.key === key);
  if (version) return candidates.find((q) => q.version === version);
  return [...candidates].sort((a, b) => compareSemver(b.version, a.version))[0];
}

function compareSemver(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i += 1) {
    const diff = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
