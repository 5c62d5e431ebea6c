import { createI18n } from 'vue-i18n';
import en from '../locales/en.json';

/** The UI languages; Persian is written right to left. */
export const APP_LOCALES = ['en', 'it', 'nl', 'fa'] as const;
export type AppLocale = (typeof APP_LOCALES)[number];

/** Each language's name in itself, for the language switcher. */
export const LOCALE_NAMES: Record<AppLocale, string> = {
  en: 'English',
  it: 'Italiano',
  nl: 'Nederlands',
  fa: 'فارسی',
};

export type MessageSchema = typeof en;

const STORAGE_KEY = 'omcheck.locale';

/** English ships in the entry chunk; the others load on first use. */
const loaders: Record<Exclude<AppLocale, 'en'>, () => Promise<{ default: MessageSchema }>> = {
  it: () => import('../locales/it.json'),
  nl: () => import('../locales/nl.json'),
  fa: () => import('../locales/fa.json'),
};

export const i18n = createI18n<[MessageSchema], AppLocale, false>({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: { en } as Record<AppLocale, MessageSchema>,
  missingWarn: false,
  fallbackWarn: false,
});

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (APP_LOCALES as readonly string[]).includes(value);
}

/** The text direction of a locale. */
export function directionOf(locale: AppLocale): 'rtl' | 'ltr' {
  return locale === 'fa' ? 'rtl' : 'ltr';
}

/** True when the user picked a language on this device (kept in localStorage). */
export function hasChosenLocale(): boolean {
  try {
    return isAppLocale(localStorage.getItem(STORAGE_KEY));
  } catch {
    return false;
  }
}

/** The stored choice, else the browser's language when we speak it, else English. */
export function initialLocale(): AppLocale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isAppLocale(stored)) return stored;
  } catch {
    // Storage blocked: fall through to the browser's preference.
  }
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isAppLocale(base)) return base;
  }
  return 'en';
}

/**
 * Switches the UI language: loads its messages if needed, sets `<html lang dir>` (vue-i18n
 * does not) and remembers the choice.
 */
export async function setLocale(locale: AppLocale, remember = true): Promise<void> {
  if (locale !== 'en' && !i18n.global.availableLocales.includes(locale)) {
    const messages = await loaders[locale]();
    i18n.global.setLocaleMessage(locale, messages.default);
  }
  i18n.global.locale.value = locale;
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
  if (!remember) return;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered, still switched.
  }
}

/** The GraphQL `Locale` enum value of a UI locale. */
export function apiLocale(locale: AppLocale): Uppercase<AppLocale> {
  return locale.toUpperCase() as Uppercase<AppLocale>;
}

/** The current UI locale, typed. */
export function currentLocale(): AppLocale {
  const value = i18n.global.locale.value;
  return isAppLocale(value) ? value : 'en';
}
