import { describe, expect, it } from 'vitest';
import { DONT_KNOW_LABEL, NOT_APPLICABLE_LABEL } from '../../domain/options.js';
import { glossaryProblems } from '../../i18n/glossary.js';
import { collectLocalizedTexts, translationProblems } from '../../i18n/translation-check.js';
import { LOCALES } from '../../domain/locale.js';
import { CUSTOMER_FOCUS_STAGE_LABELS, MATURITY_LEVEL_LABELS } from '../../scoring/maturity-levels.js';
import { MATURITY_LEVEL_LABELS_1_1 } from '../../scoring/v1-1/maturity-labels.js';
import { omHealthCheckDefinition } from './index.js';
import { omHealthCheck11Definition } from './v1-1-0/index.js';

/** True cognates: the same word in the translation is correct, not a forgotten string. */
const COGNATES = new Set(['KPI', 'S&OP', 'CRM', 'E-commerce', 'Partner', 'Marketing']);

describe.each([
  ['1.0.0', omHealthCheckDefinition],
  ['1.1.0', omHealthCheck11Definition],
] as const)('om-health-check %s translations', (_version, definition) => {
  it('should have every content text in Italian, Dutch and Persian, none a copy of English', () => {
    const texts = collectLocalizedTexts(definition);
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.flatMap((t) => translationProblems(t, COGNATES))).toEqual([]);
  });

  it('should have the shared labels (levels, stages, answer options) in every language', () => {
    const labels = { MATURITY_LEVEL_LABELS, MATURITY_LEVEL_LABELS_1_1, CUSTOMER_FOCUS_STAGE_LABELS, NOT_APPLICABLE_LABEL, DONT_KNOW_LABEL };
    expect(collectLocalizedTexts(labels).flatMap((t) => translationProblems(t, COGNATES))).toEqual([]);
  });
});

describe('om-health-check 1.1.0 glossary', () => {
  it('should name every glossary concept with the glossary\'s term, never an avoided variant', () => {
    const texts = collectLocalizedTexts({ content: omHealthCheck11Definition, labels: { MATURITY_LEVEL_LABELS_1_1, CUSTOMER_FOCUS_STAGE_LABELS } });
    const problems = texts.flatMap(({ path, text }) =>
      LOCALES.flatMap((locale) => (typeof text[locale] === 'string' ? glossaryProblems(path, locale, text[locale] as string) : [])));
    expect(problems).toEqual([]);
  });

  it('should catch an avoided variant', () => {
    expect(glossaryProblems('$.x', 'nl', 'Brontekst 004 zegt')).toHaveLength(1);
    expect(glossaryProblems('$.x', 'fa', 'اینکه')).toHaveLength(1);
    expect(glossaryProblems('$.x', 'nl', 'Bron 004 zegt')).toEqual([]);
  });
});
