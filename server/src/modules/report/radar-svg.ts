import { escapeHtml } from './html.js';

export interface RadarSeries {
  values: ReadonlyArray<number | null>;
  className: 'score' | 'target' | 'previous';
}

const SIZE = 520;
const CENTER = SIZE / 2;
const RADIUS = 150;

function point(index: number, count: number, value: number): [number, number] {
  // The first axis points up; the others follow clockwise.
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const r = (RADIUS * Math.max(0, Math.min(100, value))) / 100;
  return [CENTER + r * Math.cos(angle), CENTER + r * Math.sin(angle)];
}

const coords = (points: ReadonlyArray<[number, number]>): string => points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

/**
 * The profile as a vector radar: rings at each level (25 points), the score, and dashed target
 * and dotted previous outlines when given. Decorative for screen readers: the table beside it
 * carries the same numbers. An unscored dimension is drawn at 0.
 */
export function radarSvg(titles: readonly string[], series: readonly RadarSeries[], direction: 'ltr' | 'rtl'): string {
  const count = titles.length;
  const rings = [25, 50, 75, 100]
    .map((level) => `<polygon class="ring" points="${coords(titles.map((_, i) => point(i, count, level)))}"/>`)
    .join('');
  const spokes = titles
    .map((_, i) => {
      const [x, y] = point(i, count, 100);
      return `<line class="spoke" x1="${CENTER}" y1="${CENTER}" x2="${x.toFixed(1)}" y2="${y.toFixed(1)}"/>`;
    })
    .join('');
  const shapes = series
    .filter((s) => s.values.some((v) => v !== null))
    .map((s) => `<polygon class="${s.className}" points="${coords(s.values.map((v, i) => point(i, count, v ?? 0)))}"/>`)
    .join('');
  const labels = titles
    .map((title, i) => {
      const [x, y] = point(i, count, 118);
      const dx = x - CENTER;
      const anchor = Math.abs(dx) < 8 ? 'middle' : (dx > 0) === (direction === 'ltr') ? 'start' : 'end';
      return `<text class="axis" x="${x.toFixed(1)}" y="${y.toFixed(1)}" text-anchor="${anchor}" dominant-baseline="middle">${escapeHtml(title)}</text>`;
    })
    .join('');
  return `<svg class="radar" viewBox="0 0 ${SIZE} ${SIZE}" role="presentation" aria-hidden="true" focusable="false">${rings}${spokes}${shapes}${labels}</svg>`;
}
