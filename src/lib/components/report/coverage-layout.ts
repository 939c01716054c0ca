import type { CoverageActivity } from './report-model.js';
import { share } from './report-model.js';

/**
 * Geometry of the coverage heat grid (SVG user units ≈ CSS pixels at A4 width): one row per
 * activity, one column per principle, a filled cell where an activity links a principle.
 * Kept apart from the markup so the sizes can be reasoned about (and tested) on their own.
 */
export const GRID = {
  labelWidth: 290,
  cellWidth: 54,
  rowHeight: 26,
  /** Room above the grid for principle names set at 45°. */
  headerHeight: 150,
  /** Room right of the grid where the last names run out. */
  rightPad: 130,
  /** Characters of an activity's text that fit its label. */
  labelChars: 42,
  /** Characters of a principle's name that fit the slanted header. */
  headerChars: 28,
  /** Activities drawn at most; the table and the plan list every one. */
  maxRows: 20
} as const;

export const truncate = (text: string, max: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
};

const LIGHT = [0xdd, 0xe7, 0xf2];
const DARK = [0x0b, 0x3d, 0x6e];

/** A cell's fill: lighter for fewer votes, the primary navy for the most. Its number says the same in words. */
export function cellShade(votes: number, max: number): { fill: string; ink: string } {
  const level = share(votes, max);
  const mix = LIGHT.map((l, i) => Math.round(l + (DARK[i]! - l) * level));
  return { fill: `rgb(${mix.join(', ')})`, ink: level > 0.45 ? '#ffffff' : '#14202b' };
}

export interface GridSize {
  rows: number;
  width: number;
  height: number;
  /** Top of the grid's first row. */
  top: number;
  /** Top of the two total rows under the grid. */
  totalsTop: number;
}

export function gridSize(activities: CoverageActivity[], topics: number): GridSize {
  const rows = Math.min(activities.length, GRID.maxRows);
  const top = GRID.headerHeight;
  const totalsTop = top + rows * GRID.rowHeight + 8;
  return {
    rows,
    width: GRID.labelWidth + topics * GRID.cellWidth + GRID.rightPad,
    height: totalsTop + 2 * GRID.rowHeight + 4,
    top,
    totalsTop
  };
}
