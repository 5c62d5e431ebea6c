/*
 * One line of a recommendation's history as a message key and its parameters; the component
 * translates statuses and formats the date. Fields: title, body, status, dismissReason,
 * created, actionItem, actionItem.<field> (server/schema.graphql, RecommendationChange).
 */

export interface HistoryChange {
  userName: string;
  field: string;
  fromValue?: string | null;
  toValue?: string | null;
}

export interface HistoryLine {
  /** Under `console.plan.history`. */
  key: string;
  params: Record<string, string>;
}

/** Longer values (a body, a reason) are cut so a history line stays one line. */
export function clip(value: string | null | undefined, max = 80): string {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** The sentence for a change; `status` translates a status value (PROPOSED → "Proposed"). */
export function historyLine(change: HistoryChange, status: (value: string) => string): HistoryLine {
  const name = change.userName;
  const from = change.fromValue ?? null;
  const to = change.toValue ?? null;
  switch (change.field) {
    case 'status':
      return { key: 'status', params: { name, from: from ? status(from) : '–', to: to ? status(to) : '–' } };
    case 'title':
    case 'body':
      return { key: to ? `${change.field}Edited` : `${change.field}Reset`, params: { name } };
    case 'dismissReason':
      return { key: 'dismissReason', params: { name, reason: clip(to) } };
    case 'created':
      return { key: 'created', params: { name } };
    case 'actionItem':
      return { key: 'actionItemAdded', params: { name, title: clip(to) } };
    default:
      if (change.field.startsWith('actionItem.')) {
        const field = change.field.slice('actionItem.'.length);
        if (field === 'status') return { key: 'actionItemStatus', params: { name, to: to === 'DONE' ? 'done' : 'open' } };
        return { key: 'actionItemChanged', params: { name, field, from: clip(from) || '–', to: clip(to) || '–' } };
      }
      return { key: 'other', params: { name, field: change.field } };
  }
}
