import { onScopeDispose, shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import { afterNextPaint } from '../../components/render-in-turn';
import { fetchOperation, graphqlFetch } from '../../app/graphql-fetch';
import type { AssessmentResultChangeQuery, AssessmentResultChangeQueryVariables, Locale, ResultDeltaFieldsFragment } from '../../gql/graphql';
import resultChangeText from './result-change.graphql?raw';

const AssessmentResultChange = fetchOperation<AssessmentResultChangeQuery, AssessmentResultChangeQueryVariables>(resultChangeText);

/**
 * The change since the company's previous check-up for a private link's result, fetched apart
 * from the result so the page shows at once and the comparison follows; a failure only leaves
 * the comparison out. Through the small fetch client, like the rest of the respondent's pages.
 * The first request waits for the result's first paint: it is not on the first screen, and its
 * answer re-renders the radar.
 */
export function useResultChange(token: Ref<string>, locale: Ref<Locale>): ShallowRef<ResultDeltaFieldsFragment | null> {
  const previous = shallowRef<ResultDeltaFieldsFragment | null>(null);
  let latest = 0;
  let painted = false;
  watch(
    [token, locale],
    ([t, l]) => {
      const request = ++latest;
      const load = (): void => {
        painted = true;
        if (request !== latest) return;
        void graphqlFetch(AssessmentResultChange, { token: t, locale: l }).then((answer) => {
          if (request === latest) previous.value = answer.data?.assessmentResult.previous ?? null;
        });
      };
      if (painted) load();
      else afterNextPaint(load);
    },
    { immediate: true },
  );
  // Left before the answer came: neither ask nor keep it.
  onScopeDispose(() => latest++);
  return previous;
}
