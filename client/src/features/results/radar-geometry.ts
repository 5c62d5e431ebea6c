/*
 * Geometry of the dimension radar, kept apart from the component so it can be tested. The
 * centre is (0, 0), y grows downwards (SVG), the first axis points up and the axes follow the
 * reading direction: clockwise for left-to-right languages, counter-clockwise (mirrored) for
 * right-to-left ones.
 */

export interface Point {
  x: number;
  y: number;
}

/** Where a label's block sits relative to its anchor point, in physical terms. */
export interface LabelPlacement {
  /** `right`: the text runs rightwards from the point; `left`: it ends at the point. */
  horizontal: 'left' | 'center' | 'right';
  /** `above`: the block ends at the point; `below`: it starts there. */
  vertical: 'above' | 'middle' | 'below';
}

/** The point at `fraction` (0–1) of `radius` along axis `index` of `count`. */
export function pointOnAxis(index: number, count: number, fraction: number, radius: number, mirror = false): Point {
  const angle = -Math.PI / 2 + (index * 2 * Math.PI) / count;
  const x = Math.cos(angle) * radius * fraction;
  const y = Math.sin(angle) * radius * fraction;
  return { x: round(mirror ? -x : x), y: round(y) };
}

/** A closed ring through every axis at `fraction` of the radius, as SVG `points`. */
export function ringPoints(count: number, fraction: number, radius: number, mirror = false): string {
  return Array.from({ length: count }, (_, i) => {
    const p = pointOnAxis(i, count, fraction, radius, mirror);
    return `${p.x},${p.y}`;
  }).join(' ');
}

/**
 * The pairs of neighbouring axes that both have a score (the last axis neighbours the first).
 * The shape is drawn only between such pairs, so a missing score leaves a visible gap.
 */
export function scoredNeighbours(scores: readonly (number | null)[]): Array<[number, number]> {
  const count = scores.length;
  if (count < 2) return [];
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < count; i += 1) {
    const j = (i + 1) % count;
    if (count === 2 && j === 0) break;
    if (scores[i] != null && scores[j] != null) pairs.push([i, j]);
  }
  return pairs;
}

/** How a label at the end of axis `index` is laid out so that it grows away from the chart. */
export function labelPlacement(index: number, count: number, mirror = false): LabelPlacement {
  const { x, y } = pointOnAxis(index, count, 1, 1, mirror);
  const horizontal = Math.abs(x) < 0.3 ? 'center' : x > 0 ? 'right' : 'left';
  const vertical = y < -0.75 ? 'above' : y > 0.75 ? 'below' : horizontal === 'center' ? (y < 0 ? 'above' : 'below') : 'middle';
  return { horizontal, vertical };
}

/**
 * The SVG `text-anchor` that makes a text of the given direction run as `horizontal` says:
 * for right-to-left text `start` is its right-hand end.
 */
export function textAnchor(horizontal: LabelPlacement['horizontal'], rtlText: boolean): 'start' | 'middle' | 'end' {
  if (horizontal === 'center') return 'middle';
  const runsRight = horizontal === 'right';
  return runsRight !== rtlText ? 'start' : 'end';
}

/**
 * Breaks a label into at most `maxLines` lines of about `maxChars` characters at spaces (a
 * word longer than a line keeps its own line); what does not fit ends in an ellipsis.
 */
export function wrapLabel(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length >= maxChars ? last.slice(0, maxChars - 1).trimEnd() : last}…`;
  return kept;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
