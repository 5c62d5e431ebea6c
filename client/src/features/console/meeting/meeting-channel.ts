import type { AppLocale } from '../../../app/i18n';

/** What the meeting window tells its presenter-notes window, and the notes window's request for it. */
export type MeetingMessage = { type: 'slide'; index: number; key: string; locale: AppLocale } | { type: 'hello' };

export interface MeetingChannel {
  post(message: MeetingMessage): void;
  close(): void;
}

/**
 * The link between the meeting window and its presenter notes (another window of the same
 * origin), one channel per check-up. Where BroadcastChannel is missing the notes simply do not
 * follow; the slides work the same.
 */
export function openMeetingChannel(assessmentId: string, onMessage: (message: MeetingMessage) => void): MeetingChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => undefined, close: () => undefined };
  const channel = new BroadcastChannel(`omcheck-meeting-${assessmentId}`);
  channel.onmessage = (event: MessageEvent<MeetingMessage>) => onMessage(event.data);
  return { post: (message) => channel.postMessage(message), close: () => channel.close() };
}
