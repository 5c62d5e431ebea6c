import type { Locale } from '@omcheck/shared';
import { LocaleGql } from './enums.js';

export function toLocale(value: LocaleGql): Locale {
  return value.toLowerCase() as Locale;
}

export function toLocaleGql(value: Locale): LocaleGql {
  return value.toUpperCase() as LocaleGql;
}
