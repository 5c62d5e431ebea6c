import { useQuery } from '@urql/vue';
import { computed, type ComputedRef, type Ref } from 'vue';
import { AssessmentResultChangeDocument, type Locale, type ResultDeltaFieldsFragment } from '../../gql/graphql';

/**
 * The change since the company's previous check-up for a private link's result, fetched apart
 * from the result so the page shows at once and the comparison follows; a failure only leaves
 * the comparison out.
 */
export function useResultChange(token: Ref<string>, locale: Ref<Locale>): ComputedRef<ResultDeltaFieldsFragment | null> {
  const query = useQuery({
    query: AssessmentResultChangeDocument,
    variables: computed(() => ({ token: token.value, locale: locale.value })),
    requestPolicy: 'cache-and-network',
  });
  return computed(() => query.data.value?.assessmentResult.previous ?? null);
}
