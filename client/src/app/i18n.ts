import { LOCALE_COOKIE, STORAGE_KEY, isAppLocale, type AppLocale } from './locale-choice';
import { messageFile } from './locale-files';
import { activeLocale, mergeMessages } from './messages';

export { APP_LOCALES, hasChosenLocale, initialLocale, isAppLocale, type AppLocale } from './locale-choice';

/** Each language's name in itself, for the language switcher. */
export const LOCALE_NAMES: Record<AppLocale, string> = {
  en: 'English',
  it: 'Italiano',
  nl: 'Nederlands',
  fa: 'فارسی',
};

/**
 * Messages come in groups (`locales/<locale>/<group>.json`), so the landing page and the
 * wizard load only `core`: `results` (review and results pages), `staff` (account and
 * console) and `workshop` (a participant's phone) are merged in when a route that needs them
 * loads (`meta.messages`).
 */
export const MESSAGE_GROUPS = ['core', 'results', 'staff', 'workshop'] as const;
export type MessageGroup = (typeof MESSAGE_GROUPS)[number];

const loaded = new Set<string>();
/** The groups the pages seen so far needed: a language switch loads all of them. */
const wanted = new Set<MessageGroup>(['core']);
/** The language being switched to (set before its messages arrive), so pages load theirs in it. */
let targetLocale: AppLocale = 'en';

async function loadGroups(locale: AppLocale, groups: Iterable<MessageGroup>): Promise<void> {
  const missing = [...groups].filter((group) => !loaded.has(`${locale}/${group}`));
  await Promise.all(
    missing.map(async (group) => {
      const load = messageFile(locale, group);
      if (!load) throw new Error(`no ${group} messages for ${locale}`);
      const messages = await load();
      mergeMessages(locale, messages.default);
      loaded.add(`${locale}/${group}`);
    }),
  );
}

/** Loads message groups a page needs, in the current language (and later ones). */
export async function loadMessageGroups(groups: readonly MessageGroup[]): Promise<void> {
  for (const group of groups) wanted.add(group);
  await loadGroups(targetLocale, groups);
}

const ONE_YEAR_S = 365 * 24 * 60 * 60;

/** The text direction of a locale. */
export function directionOf(locale: AppLocale): 'rtl' | 'ltr' {
  return locale === 'fa' ? 'rtl' : 'ltr';
}

/**
 * Switches the UI language: loads its messages if needed, sets `<html lang dir>` and remembers
 * the choice.
 */
export async function setLocale(locale: AppLocale, remember = true): Promise<void> {
  targetLocale = locale;
  await loadGroups(locale, wanted);
  activeLocale.value = locale;
  // Only when they change: writing them restyles the whole document, which on the pre-rendered
  // landing page (already in this language) costs a full style and layout pass for nothing.
  const root = document.documentElement;
  if (root.lang !== locale) root.lang = locale;
  if (root.dir !== directionOf(locale)) root.dir = directionOf(locale);
  if (!remember) return;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembered, still switched.
  }
  // The server reads the choice from a cookie to send the landing page pre-rendered in it.
  document.cookie = `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${ONE_YEAR_S}; SameSite=Lax`;
}

/** The GraphQL `Locale` enum value of a UI locale. */
export function apiLocale(locale: AppLocale): Uppercase<AppLocale> {
  return locale.toUpperCase() as Uppercase<AppLocale>;
}

/** The locale being switched to, else the current one: for data fetched while a switch is under way. */
export function requestedLocale(): AppLocale {
  return targetLocale;
}

/** The current UI locale, typed. */
export function currentLocale(): AppLocale {
  const value = activeLocale.value;
  return isAppLocale(value) ? value : 'en';
}
