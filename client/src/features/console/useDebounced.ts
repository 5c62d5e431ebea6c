import { onScopeDispose, ref, watch, type Ref } from 'vue';

/** A ref that follows `source` once it has been quiet for `delayMs` (e.g. a search box). */
export function useDebounced<T>(source: Ref<T>, delayMs = 300): Readonly<Ref<T>> {
  const debounced = ref(source.value) as Ref<T>;
  let timer: ReturnType<typeof setTimeout> | null = null;
  watch(source, (value) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      debounced.value = value;
    }, delayMs);
  });
  onScopeDispose(() => {
    if (timer) clearTimeout(timer);
  });
  return debounced;
}
