import { computed, type ComputedRef } from 'vue';
import { activeLocale, formatNumber, hasMessage, translate } from './messages';

export interface I18n {
  /** The message `key`, placeholders filled from `values`. */
  t: typeof translate;
  /** Whether `key` has a message in the current language. */
  te: typeof hasMessage;
  /** A number formatted for the current language. */
  n: typeof formatNumber;
  /** The current UI language (change it with `setLocale` in `app/i18n.ts`). */
  locale: ComputedRef<string>;
}

const locale = computed(() => activeLocale.value);

/** Translation helpers for a component or composable; they re-render when the language changes. */
export function useI18n(): I18n {
  return { t: translate, te: hasMessage, n: formatNumber, locale };
}
