import { LOCALES, SOURCE_LOCALE, type Locale } from '../domain/locale.js';

/** A text found somewhere in content, with the path that leads to it. */
export interface FoundText {
  path: string;
  text: Partial<Record<Locale, unknown>> & { en: string };
}

/** Every localized text (an object with an `en` string) inside `value`, depth first. */
export function collectLocalizedTexts(value: unknown, path = '$'): FoundText[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => collectLocalizedTexts(item, `${path}[${i}]`));
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  if (typeof record[SOURCE_LOCALE] === 'string') return [{ path, text: record as FoundText['text'] }];
  return Object.entries(record).flatMap(([key, child]) => collectLocalizedTexts(child, `${path}.${key}`));
}

const PERSIAN_LETTER = /[\u0600-\u06FF]/;
const ARABIC_YEH_KAF = /[\u064A\u0643]/;

/**
 * What is wrong with the translations of one text: a locale missing or empty, a translation
 * identical to English (unless allowed as a true cognate), Persian not in Persian script or
 * written with Arabic yeh/kaf.
 */
export function translationProblems(found: FoundText, cognates: ReadonlySet<string> = new Set()): string[] {
  const problems: string[] = [];
  for (const locale of LOCALES) {
    if (locale === SOURCE_LOCALE) continue;
    const value = found.text[locale];
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`${found.path}: missing ${locale}`);
      continue;
    }
    if (value.trim() === found.text.en.trim() && !cognates.has(value.trim())) {
      problems.push(`${found.path}: ${locale} is identical to English ("${value}")`);
    }
    if (locale === 'fa' && !PERSIAN_LETTER.test(value)) problems.push(`${found.path}: fa is not in Persian script`);
    if (locale === 'fa' && ARABIC_YEH_KAF.test(value)) problems.push(`${found.path}: fa uses Arabic ي/ك instead of Persian ی/ک`);
  }
  return problems;
}
