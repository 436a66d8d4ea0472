import { countText, percentText, poundsText, type Value } from './figures-text.js';

/**
 * How the charts tell their series apart without relying on colour (WCAG 2.2 1.4.1 "Use of colour"): the
 * first series is solid GOV.UK blue, the second hatched black, the third dotted green, each with a marker
 * shape of its own on line charts, and every bar and line labelled directly with its value or name. All
 * three colours have at least 3:1 contrast against white (1.4.11 "Non-text contrast"); text is GOV.UK black.
 */
export interface SeriesStyle {
  readonly key: 'solid' | 'hatched' | 'dotted';
  readonly colour: string;
  /** The SVG stroke-dasharray of a line chart's line; none for the solid line. */
  readonly dash?: string;
  readonly marker: 'circle' | 'square' | 'diamond';
}

export const SERIES_STYLES: readonly SeriesStyle[] = [
  { key: 'solid', colour: '#1d70b8', marker: 'circle' },
  { key: 'hatched', colour: '#0b0c0c', dash: '8 4', marker: 'square' },
  { key: 'dotted', colour: '#00703c', dash: '2 3', marker: 'diamond' },
];
export const TEXT_COLOUR = '#0b0c0c';
export const GRID_COLOUR = '#b1b4b6';

export type ChartUnit = 'percent' | 'count' | 'pounds';

/** A value as written on a bar or a point: "82.4%", "12", "£1,200", "c" or "no cases". */
export function valueText(v: Value, unit: ChartUnit): string {
  if (unit === 'percent') return percentText(v);
  if (v === null) return '0';
  return unit === 'pounds' ? poundsText(v) : countText(v);
}

const COMPACT_POUNDS = new Intl.NumberFormat('en-GB', {
  style: 'currency',
  currency: 'GBP',
  notation: 'compact',
  maximumFractionDigits: 1,
});
/** An axis tick: "50%", "20", "£1.2M". */
export function tickText(v: number, unit: ChartUnit): string {
  if (unit === 'percent') return `${v}%`;
  return unit === 'pounds' ? COMPACT_POUNDS.format(v / 100) : String(v);
}

/** A category's name in lines of at most `width` characters, so that long need names fit beside their bars. */
export function wrapLabel(text: string, width = 30): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Coordinates to a tenth of a pixel: enough for the eye, short in the page. */
export const px = (n: number): number => Math.round(n * 10) / 10;

export const isNumber = (v: Value): v is number => typeof v === 'number';
