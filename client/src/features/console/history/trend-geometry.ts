/**
 * Geometry of the client's trend chart: one point per check-up, oldest first, equally spaced
 * (check-ups are events, not a calendar), scores 0–100 upwards. Time runs in the reading
 * direction, so right to left for Persian. A check-up without a score leaves a gap in the line.
 */

export interface TrendFrame {
  width: number;
  height: number;
  /** Room kept free around the plot for the axis labels. */
  padding: { top: number; right: number; bottom: number; left: number };
}

export interface TrendPoint {
  index: number;
  x: number;
  /** Null when the check-up has no score yet. */
  y: number | null;
}

/** The x of check-up `index` of `count`; a single check-up sits in the middle. */
export function trendX(index: number, count: number, frame: TrendFrame, rtl = false): number {
  const left = frame.padding.left;
  const span = frame.width - frame.padding.left - frame.padding.right;
  const fraction = count <= 1 ? 0.5 : index / (count - 1);
  return round(left + span * (rtl ? 1 - fraction : fraction));
}

/** The y of a score 0–100 (clamped). */
export function trendY(score: number, frame: TrendFrame): number {
  const span = frame.height - frame.padding.top - frame.padding.bottom;
  const clamped = Math.max(0, Math.min(100, score));
  return round(frame.padding.top + span * (1 - clamped / 100));
}

/** Every check-up as a point; the y is null where there is no score. */
export function trendPoints(scores: readonly (number | null)[], frame: TrendFrame, rtl = false): TrendPoint[] {
  return scores.map((score, index) => ({
    index,
    x: trendX(index, scores.length, frame, rtl),
    y: score === null ? null : trendY(score, frame),
  }));
}

/**
 * The line as an SVG path: one segment per run of consecutive scored check-ups, so a check-up
 * without a score breaks the line instead of being bridged.
 */
export function trendPath(points: readonly TrendPoint[]): string {
  let path = '';
  let drawing = false;
  for (const point of points) {
    if (point.y === null) {
      drawing = false;
      continue;
    }
    path += `${drawing ? 'L' : 'M'}${point.x} ${point.y}`;
    drawing = true;
  }
  return path;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
