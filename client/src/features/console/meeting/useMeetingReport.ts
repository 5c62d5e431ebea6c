import type { ReportModel } from '@omcheck/shared/report';
import { useQuery } from '@urql/vue';
import { computed, type ComputedRef, type Ref } from 'vue';
import { errorCodeOf, type ErrorCode } from '../../../app/errors';
import { apiLocale, type AppLocale } from '../../../app/i18n';
import { MeetingReportDocument } from '../../../gql/graphql';

/** The report model as the API sends it (a JSON object), once it says it is one; null otherwise. */
export function asReportModel(value: Record<string, unknown> | null | undefined): ReportModel | null {
  if (!value || value['format'] !== 'omcheck-report' || value['version'] !== 1) return null;
  // The server builds it with `buildReportModel`; the format and version checked above are its contract.
  return value as unknown as ReportModel;
}

/** A check-up's report in a chosen language, for meeting mode and its presenter notes. */
export function useMeetingReport(assessmentId: () => string, locale: Ref<AppLocale>): {
  report: ComputedRef<ReportModel | null>;
  title: ComputedRef<string>;
  loading: ComputedRef<boolean>;
  errorCode: ComputedRef<ErrorCode | null>;
  refetch: () => void;
} {
  const query = useQuery({
    query: MeetingReportDocument,
    variables: computed(() => ({ id: assessmentId(), locale: apiLocale(locale.value) })),
    // Decisions are made live: always what the server stored, never a cached copy.
    requestPolicy: 'network-only',
  });
  return {
    report: computed(() => asReportModel(query.data.value?.assessment.report)),
    title: computed(() => query.data.value?.assessment.title ?? ''),
    loading: computed(() => query.fetching.value && !query.data.value),
    errorCode: computed(() => (query.error.value && !query.data.value ? errorCodeOf(query.error.value) : null)),
    refetch: () => void query.executeQuery({ requestPolicy: 'network-only' }),
  };
}
