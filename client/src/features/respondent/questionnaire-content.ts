import { ref, shallowRef, watch, type Ref } from 'vue';
import { errorCodeOf, type ErrorCode, type OperationError } from '../../app/errors';
import { settledWithin } from '../../app/settled-within';
// The shape is the GraphQL `QuestionnaireContent` query's (its .graphql file types it); the
// server answers the same object as a plain GET, rendered and compressed once per version.
import type { QuestionnaireContentQuery, QuestionnaireContentQueryVariables } from '../../gql/graphql';

type Content = QuestionnaireContentQuery['questionnaire'];
type ContentLocale = NonNullable<QuestionnaireContentQueryVariables['locale']>;

/**
 * Questionnaire content per key, version and language, fetched once per page life: the wizard
 * and the review page share it, and switching back to a language does not fetch it again.
 */
const cache = new Map<string, Promise<Content>>();
/** The contents already there, so a page renders with them at once rather than "Loading…" first. */
const arrived = new Map<string, Content>();

const cacheKey = (variables: QuestionnaireContentQueryVariables): string => JSON.stringify([variables.key, variables.version, variables.locale]);
const localeOf = (variables: QuestionnaireContentQueryVariables): ContentLocale => variables.locale ?? 'EN';

/** Fetches the content unless it is cached; resolves when it is there (or failed). */
export function prefetchQuestionnaireContent(variables: QuestionnaireContentQueryVariables): Promise<unknown> {
  return cached(variables).catch(() => undefined);
}

function cached(variables: QuestionnaireContentQueryVariables, { useEarly = true }: { useEarly?: boolean } = {}): Promise<Content> {
  const key = cacheKey(variables);
  let pending = cache.get(key);
  if (!pending) {
    const early = useEarly ? startingContent.get(localeOf(variables)) : undefined;
    const fetching = early ? fromEarlyFetch(early, variables) : fetchContent(variables);
    pending = fetching;
    cache.set(key, fetching);
    fetching.then(
      (content) => {
        if (cache.get(key) === fetching) arrived.set(key, content);
      },
      // A failure is not cached: the next attempt asks the server again.
      () => cache.delete(key),
    );
  }
  return pending;
}

/**
 * The content a new self-assessment starts on (the built-in questionnaire's latest version), per
 * language, fetched before its version is known. Null when that fetch failed.
 */
const startingContent = new Map<ContentLocale, Promise<Content | null>>();

/** How long content asked for while the intake's early fetch is under way waits for it. */
export const EARLY_FETCH_WAIT_MS = 1500;

/**
 * Fetches the content a self-assessment started now will use, while the intake is filled in: the
 * wizard then opens after one round trip (the start), not two. Once there, it is cached under its
 * version like content fetched for a session. Resolves when it is there (or failed).
 */
export function prefetchStartingContent(locale: ContentLocale): Promise<unknown> {
  const asked = startingContent.get(locale);
  if (asked) return asked;
  const fetching = fetchLatestContent(locale).then(
    (content) => {
      const key = cacheKey({ key: content.key, version: content.version, locale });
      if (!cache.has(key)) {
        cache.set(key, Promise.resolve(content));
        arrived.set(key, content);
      }
      return content;
    },
    () => {
      // Not kept: the next intake asks again; a started check-up fetches its own version.
      startingContent.delete(locale);
      return null;
    },
  );
  startingContent.set(locale, fetching);
  return fetching;
}

/**
 * The intake's early content when it is the asked version, else the asked version's own. A fetch
 * still under way is waited for a moment only: one that never answers must not hold the wizard.
 */
async function fromEarlyFetch(early: Promise<Content | null>, variables: QuestionnaireContentQueryVariables): Promise<Content> {
  const content = await settledWithin(early, EARLY_FETCH_WAIT_MS);
  if (content && content.key === variables.key && content.version === variables.version) return content;
  // Another version is the latest now (or this is an older check-up's): the next intake asks again.
  if (content) startingContent.delete(localeOf(variables));
  return fetchContent(variables);
}

/** Content of a pinned version is immutable: the browser may keep it for a year. */
function fetchContent(variables: QuestionnaireContentQueryVariables): Promise<Content> {
  return fetchContentWith({ key: variables.key, ...(variables.version ? { version: variables.version } : {}), locale: localeOf(variables) });
}

/** Without a key and version the server answers the built-in questionnaire's latest version. */
function fetchLatestContent(locale: ContentLocale): Promise<Content> {
  return fetchContentWith({ locale });
}

async function fetchContentWith({ locale, ...pinned }: { key?: string; version?: string; locale: ContentLocale }): Promise<Content> {
  const query = new URLSearchParams({ ...pinned, locale: locale.toLowerCase() });
  let response: Response;
  try {
    response = await fetch(`/api/questionnaire-content?${query}`, { headers: { accept: 'application/json' } });
  } catch (failure) {
    throw { graphQLErrors: [], networkError: failure instanceof Error ? failure : new Error(String(failure)) } satisfies OperationError;
  }
  if (!response.ok) {
    const code = response.status === 404 ? 'NOT_FOUND' : response.status === 400 ? 'BAD_USER_INPUT' : 'INTERNAL_SERVER_ERROR';
    throw { graphQLErrors: [{ message: await response.text(), extensions: { code } }] } satisfies OperationError;
  }
  return (await response.json()) as Content;
}

function isOperationError(value: unknown): value is OperationError {
  return typeof value === 'object' && value !== null && Array.isArray((value as { graphQLErrors?: unknown }).graphQLErrors);
}

export interface QuestionnaireContentState {
  content: Ref<Content | null>;
  error: Ref<ErrorCode | null>;
  /** Fetches again, bypassing the cache (after an error). */
  refetch(): void;
}

/** The content for `variables` (null: not known yet), kept current when they change. */
export function useQuestionnaireContent(variables: Readonly<Ref<QuestionnaireContentQueryVariables | null>>): QuestionnaireContentState {
  // Shallow: the content is replaced, never changed in place; deep proxies over every question
  // and option made each read in the wizard's render a tracked proxy access.
  const content = shallowRef<Content | null>(null);
  const error = ref<ErrorCode | null>(null);
  let latest = 0;

  function load(vars: QuestionnaireContentQueryVariables | null, fresh: boolean): void {
    if (!vars) return;
    if (fresh) {
      cache.delete(cacheKey(vars));
      arrived.delete(cacheKey(vars));
    }
    const request = ++latest;
    error.value = null;
    const ready = arrived.get(cacheKey(vars));
    if (ready) {
      content.value = ready;
      return;
    }
    // Asked again after a failure: the server itself, not the intake's early fetch.
    const pending = cached(vars, { useEarly: !fresh });
    pending.then(
      (data) => {
        if (request === latest) content.value = data;
      },
      (failure: unknown) => {
        if (request !== latest) return;
        error.value = isOperationError(failure) ? errorCodeOf(failure) : 'INTERNAL_SERVER_ERROR';
      },
    );
  }

  watch(variables, (vars) => load(vars, false), { immediate: true });
  return { content, error, refetch: () => load(variables.value, true) };
}
