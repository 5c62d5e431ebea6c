import { scoreBand, type ScoreBand } from '@omcheck/shared/report';

/*
 * The perception-gap heat map as data: one row per role group shown, one cell per dimension.
 * Colour is never the only carrier: every cell prints its number and its band word.
 */

/** One cell: a role group's score in a dimension (null: the group did not answer it). */
export interface HeatCell {
  dimensionId: string;
  score: number | null;
  band: ScoreBand | 'none';
  /** 0–4: the 20-point step that picks the cell's fill (aligned with maturity levels 1–5). */
  step: number | null;
}

export interface HeatRow {
  role: string;
  roles: string[];
  respondentCount: number;
  cells: HeatCell[];
}

interface GroupInput {
  role: string;
  roles: readonly string[];
  respondentCount: number;
  dimensions: ReadonlyArray<{ dimensionId: string; score?: number | null }>;
}

/** The fill step of a 0–100 score, judged on the whole number shown (so "40" is in step 2). */
export function heatStep(score: number): number {
  const shown = Math.min(100, Math.max(0, Math.round(score)));
  return Math.min(4, Math.floor(shown / 20));
}

/** One cell of the map; a missing or non-finite score is an empty cell. */
export function heatCell(dimensionId: string, score: number | null | undefined): HeatCell {
  if (score == null || !Number.isFinite(score)) return { dimensionId, score: null, band: 'none', step: null };
  return { dimensionId, score, band: scoreBand(score), step: heatStep(score) };
}

/** The rows of the map, cells in the order of `dimensionIds` (the questionnaire's order). */
export function heatMapRows(groups: readonly GroupInput[], dimensionIds: readonly string[]): HeatRow[] {
  return groups.map((group) => {
    const byId = new Map(group.dimensions.map((d) => [d.dimensionId, d.score ?? null]));
    return {
      role: group.role,
      roles: [...group.roles],
      respondentCount: group.respondentCount,
      cells: dimensionIds.map((id) => heatCell(id, byId.get(id))),
    };
  });
}

/** Highest minus lowest group score per dimension (null with fewer than two scored groups). */
export function dimensionSpreads(rows: readonly HeatRow[], dimensionIds: readonly string[]): Array<number | null> {
  return dimensionIds.map((_, i) => {
    const scores = rows.map((r) => r.cells[i]?.score).filter((s): s is number => typeof s === 'number');
    return scores.length < 2 ? null : Math.max(...scores) - Math.min(...scores);
  });
}
