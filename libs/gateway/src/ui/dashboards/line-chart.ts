import { max } from 'd3-array';
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import type { ChartSeries } from './bar-chart.js';
import { type ChartUnit, isNumber, px, SERIES_STYLES, type SeriesStyle, tickText, valueText } from './chart-style.js';
import { monthLong, monthShort, type Value } from './figures-text.js';

/**
 * A trend over months as a line chart's geometry (drawn by views/dashboards/charts.njk). A suppressed or empty
 * month breaks the line instead of being drawn as 0; each line carries its name at its last point and a
 * marker of its own at every month, so the lines are told apart without colour.
 */
export interface LineChartInput {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  /** YYYY-MM, oldest first. */
  readonly months: readonly string[];
  readonly series: readonly ChartSeries[];
  readonly unit: ChartUnit;
}

export interface LinePoint {
  readonly x: number;
  readonly y: number;
  readonly label: string;
}

export interface LineChart {
  readonly kind: 'line';
  readonly id: string;
  readonly title: string;
  readonly desc: string;
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  readonly xTicks: readonly { readonly x: number; readonly label: string }[];
  readonly yTicks: readonly { readonly y: number; readonly label: string }[];
  readonly lines: readonly {
    readonly name: string;
    readonly style: SeriesStyle;
    readonly path: string;
    readonly points: readonly LinePoint[];
    readonly end?: { readonly x: number; readonly y: number };
  }[];
}

export const LINE_LAYOUT = { width: 760, height: 300, left: 56, right: 150, top: 16, bottom: 44, maxMonthLabels: 8 } as const;
/** End labels closer than this are moved apart, so that two lines ending together stay readable. */
const END_LABEL_GAP = 16;

export function lineChart(input: LineChartInput): LineChart {
  const L = LINE_LAYOUT;
  const plot = { left: L.left, right: L.width - L.right, top: L.top, bottom: L.height - L.bottom };
  const x = scalePoint<string>().domain(input.months).range([plot.left, plot.right]).padding(0.5);
  const top = input.unit === 'percent' ? 100 : Math.max(1, max(input.series.flatMap((s) => s.values.filter(isNumber))) ?? 0);
  const yScale = scaleLinear().domain([0, top]).range([plot.bottom, plot.top]);
  const y = input.unit === 'percent' ? yScale : yScale.nice();
  const path = line<Value>()
    .digits(1)
    .defined(isNumber)
    .x((_, i) => x(input.months[i]) ?? plot.left)
    .y((v) => y(v as number));
  const lines = input.series.map((s, i) => {
    const points = s.values.flatMap((v, m) =>
      isNumber(v)
        ? [
            {
              x: px(x(input.months[m]) ?? plot.left),
              y: px(y(v)),
              label: `${monthLong(input.months[m])}: ${valueText(v, input.unit)}`,
            },
          ]
        : [],
    );
    const last = points.at(-1);
    return {
      name: s.name,
      style: SERIES_STYLES[i % SERIES_STYLES.length],
      path: path(s.values) ?? '',
      points,
      ...(last ? { end: { x: last.x + 10, y: last.y } } : {}),
    };
  });
  const step = Math.max(1, Math.ceil(input.months.length / L.maxMonthLabels));
  return {
    kind: 'line',
    id: input.id,
    title: input.title,
    desc: input.summary,
    width: L.width,
    height: L.height,
    plot,
    xTicks: input.months.filter((_, i) => i % step === 0).map((m) => ({ x: px(x(m) ?? plot.left), label: monthShort(m) })),
    yTicks: y
      .ticks(5)
      .filter((t) => input.unit === 'percent' || Number.isInteger(t))
      .map((t) => ({ y: px(y(t)), label: tickText(t, input.unit) })),
    lines: separateEndLabels(lines),
  };
}

/** Moves end labels apart, top to bottom, so that none is closer than END_LABEL_GAP to the one above. */
function separateEndLabels<T extends { end?: { x: number; y: number } }>(lines: T[]): T[] {
  const ordered = lines.filter((l) => l.end).sort((a, b) => a.end!.y - b.end!.y);
  let previous = -Infinity;
  const moved = new Map<T, { x: number; y: number }>();
  for (const l of ordered) {
    const yPos = Math.max(l.end!.y, previous + END_LABEL_GAP);
    moved.set(l, { x: l.end!.x, y: yPos });
    previous = yPos;
  }
  return lines.map((l) => (moved.has(l) ? { ...l, end: moved.get(l) } : l));
}
