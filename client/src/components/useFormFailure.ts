import type { CombinedError } from '@urql/vue';
import { computed, nextTick, ref } from 'vue';
import { useI18n } from '../app/useI18n';
import { errorCodeOf, fieldErrorsOf, retryAfterSecondsOf, type ErrorCode } from '../app/errors';

/** Why a form's mutation failed. */
export interface FormFailure {
  code: ErrorCode;
  /** Field name → the server's message (BAD_USER_INPUT with `extensions.field`). */
  fields: Record<string, string>;
  retryAfterSeconds: number | null;
}

/**
 * A form's failure state: per-field messages (the server's own sentence in English, the
 * translated `fieldErrors.<field>` otherwise) and one summary sentence for the alert.
 */
export function useFormFailure() {
  const { t, te, n, locale } = useI18n();
  const failure = ref<FormFailure | null>(null);

  function set(error: CombinedError | null | undefined): void {
    failure.value = { code: errorCodeOf(error), fields: fieldErrorsOf(error), retryAfterSeconds: retryAfterSecondsOf(error) };
    // Move keyboard users to the first field that needs them.
    void nextTick(() => document.querySelector<HTMLElement>('#main [aria-invalid="true"]')?.focus());
  }

  function clear(): void {
    failure.value = null;
  }

  function fieldError(name: string): string | null {
    const message = failure.value?.fields[name];
    if (message === undefined) return null;
    if (locale.value === 'en' && message) return message;
    return te(`fieldErrors.${name}`) ? t(`fieldErrors.${name}`) : message;
  }

  const message = computed(() => {
    const f = failure.value;
    if (!f) return null;
    if (f.code === 'RATE_LIMITED' && f.retryAfterSeconds !== null) return t('errors.rateLimitedWait', { seconds: n(f.retryAfterSeconds) });
    if (f.code === 'BAD_USER_INPUT' && Object.keys(f.fields).length > 0) return t('errors.checkFields');
    return t(`errors.${f.code}`);
  });

  return { failure, set, clear, fieldError, message };
}
