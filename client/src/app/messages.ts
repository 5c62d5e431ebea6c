import { ref, shallowReactive } from 'vue';

/** A locale's messages: nested objects of strings, as in `locales/<locale>/<group>.json`. */
export interface MessageTree {
  [key: string]: string | MessageTree;
}

/**
 * The UI's messages and formatting, in place of vue-i18n (issue 10: ~11 KB gzipped of the first
 * page for features we do not use). Our messages use one syntax only, `{name}` placeholders (the
 * locale tests keep it that way), so formatting is a replace; numbers go through `Intl`.
 */
export const activeLocale = ref('en');
const catalogs = shallowReactive<Record<string, MessageTree>>({});
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Adds messages to a locale; groups have distinct top-level keys, so a shallow merge is enough. */
export function mergeMessages(locale: string, messages: MessageTree): void {
  catalogs[locale] = { ...catalogs[locale], ...messages };
}

function lookup(tree: MessageTree | undefined, key: string): string | undefined {
  let node: string | MessageTree | undefined = tree;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/** Fills `{name}` placeholders; unknown names stay as written. */
export function formatMessage(text: string, values?: Record<string, unknown>): string {
  if (!values) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The message `key` in the current language, or the key itself when there is none (like vue-i18n). */
export function translate(key: string, values?: Record<string, unknown>): string {
  const text = lookup(catalogs[activeLocale.value], key);
  return text === undefined ? key : formatMessage(text, values);
}

/** True when the current language has a message for `key`. */
export function hasMessage(key: string): boolean {
  return lookup(catalogs[activeLocale.value], key) !== undefined;
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** A number in the current language's digits and separators (Persian digits for `fa`). */
export function formatNumber(value: number): string {
  const locale = activeLocale.value;
  // Small whole numbers (question numbers, levels, counts) need neither separators nor signs:
  // skip `Intl`, whose first use loads number data and costs ~50 ms of main thread on a phone.
  if (Number.isInteger(value) && value >= 0 && value < 1000) {
    const digits = String(value);
    return locale === 'fa' ? digits.replace(/\d/g, (d) => PERSIAN_DIGITS[Number(d)]!) : digits;
  }
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale);
    numberFormats.set(locale, format);
  }
  return format.format(value);
}
