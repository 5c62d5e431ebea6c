/** One area (dimension) as the charts draw it. */
export interface ChartRow {
  dimensionId: string;
  title: string;
  /** 0–100, or null for insufficient data. */
  score: number | null;
  /** Answered weight ÷ applicable weight, 0–1. */
  coverage: number;
}
