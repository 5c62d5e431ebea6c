import { onScopeDispose } from 'vue';

/**
 * Calls `refresh` every `intervalMs` while the tab is visible, and once at once when it becomes
 * visible again (a hidden tab costs the server nothing). Stops with the component.
 */
export function usePolling(refresh: () => void, intervalMs = 5000): void {
  const visible = () => typeof document === 'undefined' || document.visibilityState === 'visible';
  const timer = setInterval(() => {
    if (visible()) refresh();
  }, intervalMs);
  const onVisibility = () => {
    if (visible()) refresh();
  };
  document.addEventListener('visibilitychange', onVisibility);
  onScopeDispose(() => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisibility);
  });
}
