import { ref, shallowRef, watch, type Ref } from 'vue';
import { errorCodeOf, type ErrorCode } from '../../app/errors';
import { fetchOperation, graphqlFetch, type FetchResult } from '../../app/graphql-fetch';
import type { AssessmentResultFieldsFragment, AssessmentResultQuery, AssessmentResultQueryVariables, Locale } from '../../gql/graphql';
import assessmentResultText from './assessment-result.graphql?raw';

/**
 * A private link's result through the small fetch client: the results page is a respondent's
 * page, and urql with the generated documents (~12 KB gzipped, 95 KB to evaluate) cost it more
 * than it rendered. One answer per link and language for the page's life, like urql's document
 * cache did: going back to a language shows it at once; the route always fetches afresh.
 */
export const AssessmentResult = fetchOperation<AssessmentResultQuery, AssessmentResultQueryVariables>(assessmentResultText);

const cache = new Map<string, Promise<FetchResult<AssessmentResultQuery>>>();
/** The answers already there, so the page renders with its result at once, not "Loading…" first. */
const arrived = new Map<string, AssessmentResultFieldsFragment>();
const cacheKey = (token: string, locale: Locale): string => `${locale} ${token}`;

function fetchResult(token: string, locale: Locale): Promise<FetchResult<AssessmentResultQuery>> {
  const key = cacheKey(token, locale);
  const pending = graphqlFetch(AssessmentResult, { token, locale });
  cache.set(key, pending);
  void pending.then((answer) => {
    if (cache.get(key) !== pending) return;
    if (answer.data) arrived.set(key, answer.data.assessmentResult);
    // A failure is not kept: the next visit asks the server again.
    else cache.delete(key);
  });
  return pending;
}

/** Fetches the result from the network (answers may have changed since the last visit). */
export async function fetchAssessmentResult(token: string, locale: Locale): Promise<void> {
  await fetchResult(token, locale);
}

export interface AssessmentResultState {
  result: Ref<AssessmentResultFieldsFragment | null>;
  /** Set when the result could not be loaded and none is shown. */
  errorCode: Ref<ErrorCode | null>;
  /** Asks the server again (after an error). */
  retry(): void;
}

/** The result of `token` in `locale`, kept current when the language changes. */
export function useAssessmentResult(token: () => string, locale: () => Locale): AssessmentResultState {
  // Shallow: the result is replaced, never changed in place, and deep proxies over its hundreds of
  // fields cost more main thread than rendering them.
  const result = shallowRef<AssessmentResultFieldsFragment | null>(null);
  const errorCode = ref<ErrorCode | null>(null);
  let latest = 0;

  function load(fresh: boolean): void {
    const [t, l] = [token(), locale()];
    const request = ++latest;
    const ready = fresh ? undefined : arrived.get(cacheKey(t, l));
    if (ready) {
      result.value = ready;
      errorCode.value = null;
      return;
    }
    const pending = (!fresh && cache.get(cacheKey(t, l))) || fetchResult(t, l);
    void pending.then((answer) => {
      if (request !== latest) return;
      if (answer.data) {
        // The previous language's result stays on screen until this one is there.
        result.value = answer.data.assessmentResult;
        errorCode.value = null;
      } else {
        result.value = null;
        errorCode.value = errorCodeOf(answer.error);
      }
    });
  }

  watch([token, locale], () => load(false), { immediate: true });
  return { result, errorCode, retry: () => load(true) };
}
