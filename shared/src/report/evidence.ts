/** One fact behind a recommendation, as the API gives it. */
export interface EvidenceItem {
  kind: string;
  ref?: string | null;
  value?: number | null;
  subject?: string | null;
}

/** A message key and its parameters: one translated sentence per evidence kind. */
export interface EvidenceSentence {
  key: string;
  params: Record<string, string | number>;
}

const KINDS_WITH_SENTENCES = new Set([
  'question', 'dimension', 'tag', 'overall', 'holism', 'customerFocusStage', 'flag', 'dontKnow', 'dontKnowShare',
]);

/**
 * Chooses the sentence for an evidence item (`results.evidence.<kind>`); `format` renders
 * numbers in the UI language and `tagName` translates a tag id.
 */
export function evidenceSentence(
  evidence: EvidenceItem,
  format: (value: number) => string,
  tagName: (tag: string) => string,
): EvidenceSentence {
  const subject = evidence.subject ?? evidence.ref ?? '';
  const value = evidence.value == null ? null : format(Math.round(evidence.value * 10) / 10);
  if (!KINDS_WITH_SENTENCES.has(evidence.kind)) return { key: 'results.evidence.other', params: { subject } };
  if (evidence.kind === 'question' && value === null) return { key: 'results.evidence.questionChoice', params: { subject } };
  if (evidence.kind === 'tag') return { key: 'results.evidence.tag', params: { subject: tagName(evidence.ref ?? subject), value: value ?? '–' } };
  return { key: `results.evidence.${evidence.kind}`, params: { subject, value: value ?? '–' } };
}
