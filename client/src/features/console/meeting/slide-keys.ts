/** What a key press does in meeting mode. */
export type SlideCommand = 'next' | 'previous' | 'first' | 'last' | 'fullscreen';

const COMMANDS: Record<string, SlideCommand> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  f: 'fullscreen',
  F: 'fullscreen',
};

/** The parts of a keyboard event that decide a command (kept plain so it is testable). */
export interface SlideKeyEvent {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** The focused element's tag name and whether it edits text. */
  targetTag: string;
  targetEditable: boolean;
}

/**
 * The command for a key press, or null when the key belongs to something else: typing in a form
 * field, a shortcut with a modifier, or Space/Enter on a button or link (they activate it).
 * Arrows mean the same in Persian (→ next), as in presentation software, so a presenter's
 * remote (which sends PageDown/→) works in every language.
 */
export function slideCommand(event: SlideKeyEvent): SlideCommand | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const tag = event.targetTag.toUpperCase();
  if (event.targetEditable || tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return null;
  if (event.key === ' ' && (tag === 'BUTTON' || tag === 'A' || tag === 'SUMMARY')) return null;
  return COMMANDS[event.key] ?? null;
}
