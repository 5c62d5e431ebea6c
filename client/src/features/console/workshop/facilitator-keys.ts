/** What a key press on the facilitator's screen asks for. */
export type FacilitatorAction = 'next' | 'previous' | 'reveal';

const KEYS: Record<string, FacilitatorAction> = { n: 'next', p: 'previous', r: 'reveal' };

/**
 * The shortcut a key press means: N next, P previous, R reveal — never while typing in a field
 * (the consensus note) or with a modifier held (browser and screen reader shortcuts stay theirs).
 */
export function facilitatorAction(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'target' | 'repeat'>): FacilitatorAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || event.repeat) return null;
  const target = event.target as { tagName?: string; isContentEditable?: boolean } | null;
  const tag = target?.tagName?.toLowerCase();
  if (tag === 'input' || tag === 'textarea' || tag === 'select' || target?.isContentEditable) return null;
  return KEYS[event.key.toLowerCase()] ?? null;
}
