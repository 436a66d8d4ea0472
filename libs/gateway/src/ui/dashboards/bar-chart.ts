import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { type ChartUnit, isNumber, px, SERIES_STYLES, type SeriesStyle, tickText, valueText, wrapLabel } from './chart-style.js';
import type { Value } from './figures-text.js';

/**
 * A horizontal bar chart's geometry, computed here and drawn as server-rendered SVG by the nunjucks macro
 * (views/dashboards/charts.njk): no script in the browser. Categories down the side (their names can be long),
 * one bar per series in each, every bar labelled with its value; a suppressed or empty value has no bar, only
 * its label ("c", "no cases").
 */
export interface ChartSeries {
  readonly name: string;
  readonly values: readonly Value[];
}

export interface BarChartInput {
  readonly id: string;
  readonly title: string;
  /** The one-sentence text summary, also the SVG's <desc>. */
  readonly summary: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  readonly unit: ChartUnit;
}

export interface Bar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly style: SeriesStyle;
  readonly label: string;
  readonly labelX: number;
  readonly labelY: number;
}

export interface BarChart {
  readonly kind: 'bar';
  readonly id: string;
  readonly title: string;
  readonly desc: string;
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly ticks: readonly { readonly x: number; readonly label: string }[];
  readonly groups: readonly {
    readonly lines: readonly { readonly text: string; readonly y: number }[];
    readonly bars: readonly Bar[];
  }[];
  readonly legend: readonly { readonly name: string; readonly style: SeriesStyle; readonly x: number; readonly y: number }[];
}

export const BAR_LAYOUT = {
  width: 760,
  labelWidth: 250,
  valueWidth: 100,
  bar: 18,
  barGap: 4,
  groupPadding: 16,
  lineHeight: 16,
  legendHeight: 28,
  axisHeight: 28,
} as const;

/** The value axis: 0–100 for percentages, else 0 to the largest value shown, rounded up to a nice number. */
function valueScale(input: BarChartInput, left: number, right: number) {
  const top = input.unit === 'percent' ? 100 : Math.max(1, max(input.series.flatMap((s) => s.values.filter(isNumber))) ?? 0);
  const scale = scaleLinear().domain([0, top]).range([left, right]);
  return input.unit === 'percent' ? scale : scale.nice();
}

type Scale = ReturnType<typeof valueScale>;

/** One category's bars, centred beside its name (of one or more lines), from `y` down; its height. */
function categoryGroup(
  input: BarChartInput,
  c: number,
  x: Scale,
  y: number,
): { group: BarChart['groups'][number]; height: number } {
  const L = BAR_LAYOUT;
  const left = L.labelWidth;
  const lines = wrapLabel(input.categories[c]);
  const barsHeight = input.series.length * L.bar + (input.series.length - 1) * L.barGap;
  const height = Math.max(barsHeight, lines.length * L.lineHeight) + L.groupPadding;
  const barsTop = y + (height - barsHeight) / 2;
  const bars = input.series.map((s, i) => {
    const v = s.values[c] ?? null;
    const by = barsTop + i * (L.bar + L.barGap);
    const width = isNumber(v) ? Math.max(0, x(v) - left) : 0;
    return {
      x: left,
      y: px(by),
      width: px(width),
      height: L.bar,
      style: SERIES_STYLES[i % SERIES_STYLES.length],
      label: valueText(v, input.unit),
      labelX: px(left + width + 6),
      labelY: px(by + L.bar / 2),
    };
  });
  const firstLine = y + height / 2 - ((lines.length - 1) * L.lineHeight) / 2;
  return { group: { lines: lines.map((text, i) => ({ text, y: px(firstLine + i * L.lineHeight) })), bars }, height };
}

export function barChart(input: BarChartInput): BarChart {
  const L = BAR_LAYOUT;
  const left = L.labelWidth;
  const right = L.width - L.valueWidth;
  const x = valueScale(input, left, right);
  const top = input.series.length > 1 ? L.legendHeight : 8;
  let y = top;
  const groups = input.categories.map((_, c) => {
    const { group, height } = categoryGroup(input, c, x, y);
    y += height;
    return group;
  });
  const ticks = x
    .ticks(5)
    .filter((t) => input.unit === 'percent' || Number.isInteger(t))
    .map((t) => ({ x: px(x(t)), label: tickText(t, input.unit) }));
  const legend =
    input.series.length > 1
      ? input.series.map((s, i) => ({ name: s.name, style: SERIES_STYLES[i], x: left + i * 200, y: 8 }))
      : [];
  return {
    kind: 'bar',
    id: input.id,
    title: input.title,
    desc: input.summary,
    width: L.width,
    height: y + L.axisHeight,
    plot: { left, right, top, bottom: y },
    ticks,
    groups,
    legend,
  };
}
