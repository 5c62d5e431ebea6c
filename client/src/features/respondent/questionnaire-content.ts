import { ref, watch, type Ref } from 'vue';
import { errorCodeOf, type ErrorCode, type OperationError } from '../../app/errors';
import { fetchOperation, graphqlFetch } from '../../app/graphql-fetch';
import type { QuestionnaireContentQuery, QuestionnaireContentQueryVariables } from '../../gql/graphql';
import questionnaireContentText from './questionnaire-content.graphql?raw';
import questionnaireFieldsText from './questionnaire-fields.graphql?raw';

/** The fragment's text, for every operation that spreads `...QuestionnaireContentFields`. */
export const QUESTIONNAIRE_FIELDS = questionnaireFieldsText;

const QuestionnaireContent = fetchOperation<QuestionnaireContentQuery, QuestionnaireContentQueryVariables>(
  `${questionnaireContentText}\n${QUESTIONNAIRE_FIELDS}`,
);

type Content = QuestionnaireContentQuery['questionnaire'];

/**
 * Questionnaire content per key, version and language, fetched once per page life: the wizard
 * and the review page share it, and switching back to a language does not fetch it again.
 */
const cache = new Map<string, Promise<Content>>();

const cacheKey = (variables: QuestionnaireContentQueryVariables): string => JSON.stringify([variables.key, variables.version, variables.locale]);

/** Stores content that came with another query (the respondent's session), so it is not fetched again. */
export function primeQuestionnaireContent(content: Content): void {
  cache.set(cacheKey({ key: content.key, version: content.version, locale: content.locale }), Promise.resolve(content));
}

/** Fetches the content unless it is cached; resolves when it is there (or failed). */
export function prefetchQuestionnaireContent(variables: QuestionnaireContentQueryVariables): Promise<unknown> {
  return cached(variables).catch(() => undefined);
}

function cached(variables: QuestionnaireContentQueryVariables): Promise<Content> {
  const key = cacheKey(variables);
  let pending = cache.get(key);
  if (!pending) {
    pending = fetchContent(variables);
    cache.set(key, pending);
    // A failure is not cached: the next attempt asks the server again.
    pending.catch(() => cache.delete(key));
  }
  return pending;
}

async function fetchContent(variables: QuestionnaireContentQueryVariables): Promise<Content> {
  const result = await graphqlFetch(QuestionnaireContent, variables);
  if (result.error) throw result.error;
  return result.data.questionnaire;
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
  const content = ref<Content | null>(null) as Ref<Content | null>;
  const error = ref<ErrorCode | null>(null);
  let latest = 0;

  function load(vars: QuestionnaireContentQueryVariables | null, fresh: boolean): void {
    if (!vars) return;
    if (fresh) cache.delete(cacheKey(vars));
    const pending = cached(vars);
    const request = ++latest;
    error.value = null;
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
