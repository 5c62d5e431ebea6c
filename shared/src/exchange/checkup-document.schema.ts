import { z } from 'zod';
import { LOCALES } from '../domain/locale.js';
import { HORIZONS, RESPONDENT_ROLES } from '../domain/vocabulary.js';
import { RECOMMENDATION_STATUSES } from '../recommendations/merge-recommendations.js';
import { RELATIONSHIP_MODELS } from '../workspace/vocabulary.js';

/** The `format` every exported check-up carries; anything else is not ours. */
export const CHECKUP_DOCUMENT_FORMAT = 'omcheck-checkup';
/** The version this code writes and reads. A later version adds an `up()` from this one. */
export const CHECKUP_DOCUMENT_VERSION = 1;

/** Bounds that keep an import finite: far above a real check-up, far below a denial of service. */
export const CHECKUP_DOCUMENT_LIMITS = { respondents: 500, answersPerRespondent: 500, recommendations: 500, actionItems: 100 } as const;

const text = (max: number) => z.string().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a calendar date YYYY-MM-DD');
const isoDateTime = z.iso.datetime({ offset: true });

export const exportedAnswerSchema = z
  .object({
    questionId: text(100).min(1),
    optionId: text(100).nullable().optional(),
    optionIds: z.array(text(100)).max(100).nullable().optional(),
    text: text(5000).nullable().optional(),
    comment: text(2000).nullable().optional(),
  })
  .strict();

export const exportedRespondentSchema = z
  .object({
    /** Pseudonymous and stable (`R1`, `R2`… in the order they were invited); never a token. */
    id: text(20).min(1),
    role: z.enum(RESPONDENT_ROLES),
    /** Only when the respondent's role group reaches the minimum group size; otherwise null. */
    label: text(200).nullable(),
    locale: z.enum(LOCALES),
    submitted: z.boolean(),
    revoked: z.boolean(),
    answers: z.array(exportedAnswerSchema).max(CHECKUP_DOCUMENT_LIMITS.answersPerRespondent),
  })
  .strict();

export const exportedActionItemSchema = z
  .object({
    title: text(500).min(1),
    owner: text(200).nullable(),
    dueDate: isoDate.nullable(),
    status: z.enum(['OPEN', 'DONE']),
  })
  .strict();

export const exportedRecommendationSchema = z
  .object({
    /** Null for a consultant's hand-written recommendation. */
    ruleId: text(100).nullable(),
    dimensionId: text(100).nullable(),
    /** As read in the export's locale (the rule's text, or the consultant's edit). */
    title: text(500),
    body: text(10_000),
    /** The consultant's own wording; null keeps the rule's text (in any language). */
    customTitle: text(500).nullable(),
    customBody: text(10_000).nullable(),
    status: z.enum(RECOMMENDATION_STATUSES),
    dismissReason: text(2000).nullable(),
    horizon: z.enum(HORIZONS),
    impact: z.number().int().min(1).max(5),
    priority: z.number().min(0).max(1000),
    active: z.boolean(),
    actionItems: z.array(exportedActionItemSchema).max(CHECKUP_DOCUMENT_LIMITS.actionItems),
  })
  .strict();

export const exportedResultSchema = z
  .object({
    scoringVersion: text(20),
    respondentCount: z.number().int().min(0),
    overallScore: z.number().nullable(),
    maturityLevel: z.number().int().min(1).max(5).nullable(),
    holismIndex: z.number().nullable(),
    customerFocusStage: z.number().int().min(0).max(4),
    dimensions: z.array(
      z.object({ dimensionId: text(100), title: text(500), score: z.number().nullable(), coverage: z.number() }).strict(),
    ),
  })
  .strict();

/** A check-up as one JSON file: what the export writes and the import reads (version 1). */
export const checkupDocumentSchema = z
  .object({
    format: z.literal(CHECKUP_DOCUMENT_FORMAT),
    version: z.literal(CHECKUP_DOCUMENT_VERSION),
    exportedAt: isoDateTime,
    /** The language of the rendered texts (titles, question prompts are not repeated here). */
    locale: z.enum(LOCALES),
    client: z
      .object({
        name: text(200).min(1),
        industry: text(100).nullable(),
        size: text(50).nullable(),
        country: text(100).nullable(),
      })
      .strict(),
    checkup: z
      .object({
        title: text(200).min(1),
        status: z.enum(['OPEN', 'CLOSED']),
        locale: z.enum(LOCALES),
        createdAt: isoDateTime,
        closedAt: isoDateTime.nullable(),
        /** The questionnaire's own key and version; a custom one must be imported in the target workspace. */
        questionnaire: z.object({ key: text(100).min(1), version: text(20).min(1), custom: z.boolean() }).strict(),
        minGroupSize: z.number().int().min(1).max(50),
        desiredRelationshipModel: z.enum(RELATIONSHIP_MODELS).nullable(),
        targets: z.array(z.object({ dimensionId: text(100), score: z.number().min(0).max(100) }).strict()).max(100),
      })
      .strict(),
    respondents: z.array(exportedRespondentSchema).max(CHECKUP_DOCUMENT_LIMITS.respondents),
    /**
     * Comments of respondents whose role group is below the minimum size: by question only, with
     * neither respondent nor role, so nobody is singled out.
     */
    unattributedComments: z.array(z.object({ questionId: text(100), text: text(2000) }).strict()).max(50_000),
    /** The stored result when exported; informative: an import scores the answers again. */
    result: exportedResultSchema.nullable(),
    recommendations: z.array(exportedRecommendationSchema).max(CHECKUP_DOCUMENT_LIMITS.recommendations),
  })
  .strict();

export type CheckupDocument = z.infer<typeof checkupDocumentSchema>;
export type ExportedRespondent = z.infer<typeof exportedRespondentSchema>;
export type ExportedAnswer = z.infer<typeof exportedAnswerSchema>;
export type ExportedRecommendation = z.infer<typeof exportedRecommendationSchema>;
export type ExportedResult = z.infer<typeof exportedResultSchema>;

/** One thing wrong with a document, at a path like `respondents[2].answers[5].questionId`. */
export interface DocumentProblem {
  path: string;
  message: string;
}

export type CheckupDocumentParse = { ok: true; document: CheckupDocument } | { ok: false; problems: DocumentProblem[] };

/**
 * Reads a check-up document from JSON text: the JSON syntax, then the format and version, then
 * the version's schema. Every problem names its path, so a person can find it in the file.
 */
export function parseCheckupDocument(json: string): CheckupDocumentParse {
  let input: unknown;
  try {
    input = JSON.parse(json);
  } catch (err) {
    return { ok: false, problems: [{ path: '(root)', message: `not valid JSON (${err instanceof Error ? err.message.slice(0, 200) : 'parse error'})` }] };
  }
  const head = input as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || Array.isArray(head) || head.format !== CHECKUP_DOCUMENT_FORMAT) {
    return { ok: false, problems: [{ path: 'format', message: `not an OM Check-up export (expected "format": "${CHECKUP_DOCUMENT_FORMAT}")` }] };
  }
  if (head.version !== CHECKUP_DOCUMENT_VERSION) {
    return { ok: false, problems: [{ path: 'version', message: `version ${String(head.version).slice(0, 20)} is not supported; this installation reads version ${CHECKUP_DOCUMENT_VERSION}` }] };
  }
  const parsed = checkupDocumentSchema.safeParse(input);
  if (parsed.success) return { ok: true, document: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })) };
}

/** `['respondents', 2, 'answers', 5, 'questionId']` → `respondents[2].answers[5].questionId`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}
