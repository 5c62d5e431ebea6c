import { describe, expect, it } from 'vitest';
import { collectLocalizedTexts, translationProblems } from './translation-check.js';

describe('collectLocalizedTexts', () => {
  it('should find every object with an English text, with its path', () => {
    const found = collectLocalizedTexts({ title: { en: 'A' }, list: [{ label: { en: 'B', it: 'Bi' } }], id: 'x' });
    expect(found.map((f) => f.path)).toEqual(['$.title', '$.list[0].label']);
  });
});

describe('translationProblems', () => {
  it('should accept a complete, distinct translation', () => {
    expect(translationProblems({ path: '$', text: { en: 'Partner', it: 'Partner commerciale', nl: 'Partnerbedrijf', fa: 'شریک تجاری' } })).toEqual([]);
  });

  it('should report missing locales, copies of English and Persian written in the wrong script', () => {
    const problems = translationProblems({ path: '$.x', text: { en: 'Trust', it: 'Trust', nl: '', fa: 'اعتماد كامل' } });
    expect(problems).toEqual([
      '$.x: it is identical to English ("Trust")',
      '$.x: missing nl',
      '$.x: fa uses Arabic ي/ك instead of Persian ی/ک',
    ]);
    expect(translationProblems({ path: '$.y', text: { en: 'KPI', it: 'KPI', nl: 'KPI', fa: 'KPI' } })).toContain('$.y: fa is not in Persian script');
  });

  it('should allow listed cognates to equal English', () => {
    const cognates = new Set(['S&OP']);
    expect(translationProblems({ path: '$', text: { en: 'S&OP', it: 'S&OP', nl: 'S&OP', fa: 'S&OP (برنامه‌ریزی فروش و عملیات)' } }, cognates)).toEqual([]);
  });
});
