import { computed, onBeforeUnmount, onMounted, ref, watch, type ComputedRef, type Ref } from 'vue';
import { keepPlace, type Slide } from './meeting-slides';
import { slideCommand } from './slide-keys';

export interface SlideDeck {
  index: Ref<number>;
  current: ComputedRef<Slide | null>;
  go: (to: number) => void;
  next: () => void;
  previous: () => void;
  fullscreen: Ref<boolean>;
  toggleFullscreen: () => void;
}

/**
 * Slide position, the keyboard (see `slide-keys.ts`) and full screen for meeting mode. The
 * position follows a slide by key when the slides are rebuilt (a decision refetched the report,
 * another language), so deciding on a recommendation never jumps elsewhere.
 */
export function useSlideDeck(slides: ComputedRef<Slide[]>, root: Ref<HTMLElement | null>): SlideDeck {
  const index = ref(0);
  const current = computed(() => slides.value[index.value] ?? null);
  let currentKey: string | null = null;

  // No slides means "loading" (another language is on its way): keep the place for when they come.
  watch(slides, (now) => {
    if (now.length > 0) index.value = keepPlace(now, currentKey, index.value);
  });
  watch(current, (slide) => {
    if (slide) currentKey = slide.key;
  }, { immediate: true });

  const go = (to: number): void => {
    index.value = Math.max(0, Math.min(to, slides.value.length - 1));
  };
  const next = (): void => go(index.value + 1);
  const previous = (): void => go(index.value - 1);

  const fullscreen = ref(false);
  function toggleFullscreen(): void {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    // Refused without a user gesture or in a frame: the slides stay usable in the window.
    else void root.value?.requestFullscreen?.().catch(() => undefined);
  }
  const onFullscreenChange = (): void => {
    fullscreen.value = document.fullscreenElement !== null;
  };

  function onKeydown(event: KeyboardEvent): void {
    if (event.defaultPrevented) return;
    const target = event.target instanceof HTMLElement ? event.target : null;
    const command = slideCommand({
      key: event.key,
      altKey: event.altKey,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      targetTag: target?.tagName ?? 'BODY',
      targetEditable: target?.isContentEditable ?? false,
    });
    if (command === null) return;
    event.preventDefault();
    if (command === 'next') next();
    else if (command === 'previous') previous();
    else if (command === 'first') go(0);
    else if (command === 'last') go(slides.value.length - 1);
    else toggleFullscreen();
  }

  onMounted(() => {
    window.addEventListener('keydown', onKeydown);
    document.addEventListener('fullscreenchange', onFullscreenChange);
  });
  onBeforeUnmount(() => {
    window.removeEventListener('keydown', onKeydown);
    document.removeEventListener('fullscreenchange', onFullscreenChange);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  });

  return { index, current, go, next, previous, fullscreen, toggleFullscreen };
}
