import { RELATIONSHIP_MODELS as MODELS } from '@omcheck/shared/workspace';
import type { CombinedError } from '@urql/vue';
import type { AssessmentSettingsInput, RelationshipModelKind } from '../../../gql/graphql';

/** The relationship models, from buying to partnering (DESIGN §10). */
export const RELATIONSHIP_MODELS: readonly RelationshipModelKind[] = MODELS as readonly RelationshipModelKind[];

export const MIN_GROUP_SIZE = 1;
export const MAX_GROUP_SIZE = 50;

/** The settings form as typed: strings, so a half-typed number is kept as the user wrote it. */
export interface SettingsDraft {
  minGroupSize: string;
  desired: RelationshipModelKind | '';
  /** dimensionId → target 0–100 as typed; empty = no target. */
  targets: Record<string, string>;
}

/** Which field a message belongs to: `minGroupSize`, `desiredRelationshipModel` or `target:<dimensionId>`. */
export type SettingsErrors = Record<string, string>;

export function draftFrom(settings: {
  minGroupSize: number;
  desiredRelationshipModel?: RelationshipModelKind | null;
  targets: ReadonlyArray<{ dimensionId: string; score: number }>;
}): SettingsDraft {
  return {
    minGroupSize: String(settings.minGroupSize),
    desired: settings.desiredRelationshipModel ?? '',
    targets: Object.fromEntries(settings.targets.map((t) => [t.dimensionId, String(Math.round(t.score * 10) / 10)])),
  };
}

/**
 * A number as typed in any of our languages: Persian and Arabic-Indic digits and a decimal
 * comma are accepted. Null for empty or anything that is not a plain number.
 */
export function parseLocaleNumber(text: string): number | null {
  const ascii = text
    .trim()
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[,\u066B]/, '.');
  if (!/^\d+(\.\d+)?$/.test(ascii)) return null;
  return Number(ascii);
}

/** Problems found before sending, as message keys under `console.settings.errors`. */
export function validateDraft(draft: SettingsDraft, dimensionIds: readonly string[]): SettingsErrors {
  const errors: SettingsErrors = {};
  const size = parseLocaleNumber(draft.minGroupSize);
  if (size === null || !Number.isInteger(size) || size < MIN_GROUP_SIZE || size > MAX_GROUP_SIZE) errors['minGroupSize'] = 'minGroupSize';
  for (const id of dimensionIds) {
    const text = draft.targets[id] ?? '';
    if (text.trim() === '') continue;
    const score = parseLocaleNumber(text);
    if (score === null || score < 0 || score > 100) errors[`target:${id}`] = 'target';
  }
  return errors;
}

/**
 * The mutation input of a valid draft: targets in questionnaire order, only those typed (so
 * `targets[i]` of a server error is the i-th of `sentTargetIds`); "not set" clears the model.
 */
export function settingsInput(assessmentId: string, draft: SettingsDraft, dimensionIds: readonly string[]): { input: AssessmentSettingsInput; sentTargetIds: string[] } {
  const targets = dimensionIds
    .map((dimensionId) => ({ dimensionId, score: parseLocaleNumber(draft.targets[dimensionId] ?? '') }))
    .filter((t): t is { dimensionId: string; score: number } => t.score !== null);
  return {
    input: {
      assessmentId,
      minGroupSize: parseLocaleNumber(draft.minGroupSize) ?? undefined,
      desiredRelationshipModel: draft.desired || null,
      targets,
    },
    sentTargetIds: targets.map((t) => t.dimensionId),
  };
}

/** Every `{ field, message }` a BAD_USER_INPUT error carries (`extensions.problems`, else `extensions.field`). */
export function problemsOf(error: CombinedError | null | undefined): Array<{ field: string; message: string }> {
  const out: Array<{ field: string; message: string }> = [];
  for (const graphQLError of error?.graphQLErrors ?? []) {
    if (graphQLError.extensions?.['code'] !== 'BAD_USER_INPUT') continue;
    const problems = graphQLError.extensions?.['problems'];
    const list = Array.isArray(problems) && problems.length > 0 ? (problems as Array<{ field?: unknown; message?: unknown }>) : [{ field: graphQLError.extensions?.['field'], message: graphQLError.message }];
    for (const p of list) if (typeof p?.field === 'string') out.push({ field: p.field, message: typeof p.message === 'string' ? p.message : '' });
  }
  return out;
}

/**
 * Server problems mapped onto the form's fields: `targets[2].score` → `target:<third sent id>`,
 * `input.minGroupSize` → `minGroupSize`. Unknown fields are dropped (the summary still shows).
 */
export function settingsServerErrors(problems: ReadonlyArray<{ field: string; message: string }>, sentTargetIds: readonly string[]): SettingsErrors {
  const errors: SettingsErrors = {};
  for (const { field, message } of problems) {
    const path = field.replace(/^input\./, '');
    const target = /^targets\[(\d+)\]/.exec(path);
    if (target) {
      const id = sentTargetIds[Number(target[1])];
      if (id !== undefined) errors[`target:${id}`] ??= message;
    } else if (path === 'minGroupSize' || path === 'desiredRelationshipModel') {
      errors[path] ??= message;
    }
  }
  return errors;
}
