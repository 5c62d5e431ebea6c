import { BadUserInputError, LOCALES, isLocale, type Locale } from '@omcheck/shared';

/**
 * `?locale=` of a download or a content GET: null when absent (the caller's default), BAD_USER_INPUT
 * naming the languages when it is not one of ours.
 */
export function localeQuery(value: unknown): Locale | null {
  if (value === undefined) return null;
  if (typeof value === 'string' && isLocale(value)) return value;
  const shown = typeof value === 'string' ? value.slice(0, 20) : String(value);
  throw new BadUserInputError(`Unknown language "${shown}" (available: ${LOCALES.join(', ')}): use ?locale=en, it, nl or fa.`, [
    { field: 'locale', message: `One of ${LOCALES.join(', ')}.` },
  ]);
}
