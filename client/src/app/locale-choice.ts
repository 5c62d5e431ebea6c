/** The UI languages and which one to start in (no Vue here: plain data and browser settings). */

/** The UI languages; Persian is written right to left. */
export const APP_LOCALES = ['en', 'it', 'nl', 'fa'] as const;
export type AppLocale = (typeof APP_LOCALES)[number];

export const STORAGE_KEY = 'omcheck.locale';
/** The same choice for the server, which sends `/` pre-rendered in it (server/src/http/landing-page.ts). */
export const LOCALE_COOKIE = 'omcheck_locale';

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (APP_LOCALES as readonly string[]).includes(value);
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
