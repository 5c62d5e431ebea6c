import type { MessageTree } from './messages';

/** Every locale's message groups, English included, as lazy imports (`locales/<locale>/<group>.json`). */
export const messageFiles = import.meta.glob<{ default: MessageTree }>('../locales/*/*.json');

/** The loader of one group of one locale, if it exists. */
export function messageFile(locale: string, group: string): (() => Promise<{ default: MessageTree }>) | undefined {
  return messageFiles[`../locales/${locale}/${group}.json`];
}
