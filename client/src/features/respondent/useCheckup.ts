import { computed, type ComputedRef } from 'vue';
import { useI18n } from '../../app/useI18n';
import { type ErrorCode } from '../../app/errors';
import { apiLocale, isAppLocale } from '../../app/i18n';
import type { QuestionnaireContentQuery } from '../../gql/graphql';
import { useQuestionnaireContent } from './questionnaire-content';
import { respondentStore, type RespondentStore } from './respondent-store';
import { applicableQuestionIds, hasAnswer } from './visibility';

export type QuestionnaireContent = QuestionnaireContentQuery['questionnaire'];
export type DimensionContent = QuestionnaireContent['dimensions'][number];
export type QuestionContent = DimensionContent['questions'][number];

/** One wizard step: a dimension with the questions this respondent currently sees. */
export interface CheckupStep {
  dimension: DimensionContent;
  questions: QuestionContent[];
  answered: number;
}

export interface Checkup {
  store: RespondentStore;
  /** True until the answers and the content in the current language are there. */
  loading: ComputedRef<boolean>;
  error: ComputedRef<ErrorCode | null>;
  content: ComputedRef<QuestionnaireContent | null>;
  steps: ComputedRef<CheckupStep[]>;
  progress: ComputedRef<{ answered: number; total: number }>;
  retry(): void;
}

/**
 * Everything the wizard and the review page show for a private link: the respondent's answers
 * (shared store), the questionnaire in the UI language (refetched when the language changes),
 * and which questions apply. Call from a component's setup.
 */
export function useCheckup(token: string): Checkup {
  const store = respondentStore(token);
  if (!store.loaded.value) void store.load();
  const { locale } = useI18n();

  const query = useQuestionnaireContent(
    computed(() => {
      const questionnaire = store.questionnaire.value;
      if (!questionnaire) return null;
      return { key: questionnaire.key, version: questionnaire.version, locale: apiLocale(isAppLocale(locale.value) ? locale.value : 'en') };
    }),
  );

  const content = computed(() => query.content.value);
  const questionsInOrder = computed(() => content.value?.dimensions.flatMap((d) => d.questions) ?? []);
  const applicable = computed(() =>
    store.role.value ? applicableQuestionIds(questionsInOrder.value, store.role.value, store.answers) : new Set<string>(),
  );
  const steps = computed<CheckupStep[]>(() =>
    (content.value?.dimensions ?? [])
      .map((dimension) => {
        const questions = dimension.questions.filter((q) => applicable.value.has(q.id));
        const answered = questions.filter((q) => hasAnswer(store.answers.get(q.id))).length;
        return { dimension, questions, answered };
      })
      .filter((step) => step.questions.length > 0),
  );
  const progress = computed(() => ({
    answered: steps.value.reduce((sum, s) => sum + s.answered, 0),
    total: steps.value.reduce((sum, s) => sum + s.questions.length, 0),
  }));

  return {
    store,
    loading: computed(() => !store.loaded.value || (content.value === null && !query.error.value)),
    error: computed(() => store.error.value ?? query.error.value),
    content,
    steps,
    progress,
    retry() {
      if (store.error.value || !store.loaded.value) void store.load();
      else query.refetch();
    },
  };
}
