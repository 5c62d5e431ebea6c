/**
 * The small box-plot bar of a benchmark row: the peers' middle half (first to third quartile)
 * as a band, their median as a line and the client's own score as a marker, on a 0–100 track
 * that runs in the reading direction.
 */
export interface BoxPlotMarks {
  band: { x: number; width: number } | null;
  /** From the lowest to the highest value, when both are given. */
  whisker: { from: number; to: number } | null;
  median: number | null;
  score: number | null;
}

/** Positions on a track `width` wide; missing figures draw nothing. */
export function boxPlotMarks(
  figures: { q1?: number | null; median?: number | null; q3?: number | null; score?: number | null; min?: number | null; max?: number | null },
  width: number,
  rtl = false,
): BoxPlotMarks {
  const at = (value: number) => {
    const fraction = Math.max(0, Math.min(100, value)) / 100;
    return Math.round((rtl ? 1 - fraction : fraction) * width * 100) / 100;
  };
  const { q1, q3, median, score, min, max } = figures;
  let band: BoxPlotMarks['band'] = null;
  if (q1 != null && q3 != null) {
    const a = at(Math.min(q1, q3));
    const b = at(Math.max(q1, q3));
    band = { x: Math.min(a, b), width: Math.abs(b - a) };
  }
  const whisker = min != null && max != null ? { from: Math.min(at(min), at(max)), to: Math.max(at(min), at(max)) } : null;
  return { band, whisker, median: median == null ? null : at(median), score: score == null ? null : at(score) };
}
