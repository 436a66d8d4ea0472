import { type BarChart, barChart } from './bar-chart.js';
import { type ChartUnit, valueText } from './chart-style.js';
import { type AreaFigures, type Count, countText, type Percent, percentText, shareOf, type Value } from './figures-text.js';
import type { LineChart } from './line-chart.js';

/**
 * The dashboard's building blocks: a chart with its table alternative and its one-sentence summary (docs/ui.md
 * "Dashboards"), for the area shown (the LA, or England) against the comparison (England, when an LA is shown).
 */
export interface Areas {
  readonly primary: AreaFigures;
  readonly comparison?: AreaFigures;
}

export interface TableCell {
  readonly text: string;
  readonly format?: 'numeric';
}

/** A GOV.UK table: the first cell of each row is its header. */
export interface DataTable {
  readonly caption: string;
  readonly head: readonly TableCell[];
  readonly rows: readonly (readonly TableCell[])[];
}

export interface ChartBlock {
  readonly chart: BarChart | LineChart;
  readonly table: DataTable;
  readonly summary: string;
}

export const areasOf = (areas: Areas): AreaFigures[] => (areas.comparison ? [areas.primary, areas.comparison] : [areas.primary]);
export const num = (text: string): TableCell => ({ text, format: 'numeric' });

/** How a sentence speaks of a percentage measure. */
export interface Measure {
  /** After "82.4% of": "final plans were issued within 20 weeks". */
  readonly of: string;
  /** After "The share of": "final plans issued within 20 weeks". */
  readonly noun: string;
  /** When there is nothing to divide by: "No final plans were issued". */
  readonly none: string;
}

/** "82.4% of final plans were issued within 20 weeks in Camden, against 46.4% in England." */
export function compareSentence(areas: Areas, pick: (a: AreaFigures) => Percent, m: Measure): string {
  const where = areas.primary.area.name;
  const p = pick(areas.primary);
  const lead =
    p === 'c'
      ? `The share of ${m.noun} in ${where} is not shown (c)`
      : p === null
        ? `${m.none} in ${where} (no cases)`
        : `${percentText(p)} of ${m.of} in ${where}`;
  const tail = areas.comparison ? `, against ${percentText(pick(areas.comparison))} in ${areas.comparison.area.name}` : '';
  return `${lead}${tail}.`;
}

export interface Category {
  readonly key: string;
  readonly name: string;
}

/**
 * How a total divides (requests by requester, plans by need): the chart shows shares, so that an LA compares
 * with England; the table gives the counts too. The summary names the largest share shown.
 */
export interface Distribution {
  readonly id: string;
  readonly title: string;
  readonly categories: readonly Category[];
  readonly counts: (a: AreaFigures) => Readonly<Record<string, Count>>;
  readonly total: (a: AreaFigures) => Count;
  /** "plans in force": the noun of the table's count columns and the summary. */
  readonly noun: string;
  /** The table's first column: "Primary need". */
  readonly header: string;
}

const sharesOf = (spec: Distribution, a: AreaFigures): Percent[] =>
  spec.categories.map((c) => shareOf(spec.counts(a)[c.key] ?? 0, spec.total(a)));

/** "Camden: 40 plans in force; the largest share is Autistic spectrum disorder (ASD), 40.0%, against 30.0% in England." */
function distributionSummary(areas: Areas, spec: Distribution): string {
  const primary = sharesOf(spec, areas.primary);
  const largest = primary.reduce<number>(
    (best, v, i) => (typeof v === 'number' && (best < 0 || v > (primary[best] as number)) ? i : best),
    -1,
  );
  const lead = `${areas.primary.area.name}: ${countText(spec.total(areas.primary))} ${spec.noun}`;
  if (largest < 0) return `${lead}; no share can be shown.`;
  const against = areas.comparison
    ? `, against ${percentText(sharesOf(spec, areas.comparison)[largest])} in ${areas.comparison.area.name}`
    : '';
  return `${lead}; the largest share is ${spec.categories[largest].name}, ${percentText(primary[largest])}${against}.`;
}

export function distributionBlock(areas: Areas, spec: Distribution): ChartBlock {
  const shown = areasOf(areas);
  const summary = distributionSummary(areas, spec);
  const chart = barChart({
    id: spec.id,
    title: spec.title,
    summary,
    categories: spec.categories.map((c) => c.name),
    series: shown.map((a) => ({ name: a.area.name, values: sharesOf(spec, a) })),
    unit: 'percent',
  });
  const head = [
    { text: spec.header },
    ...shown.flatMap((a) => [num(`${a.area.name}: ${spec.noun}`), num(`${a.area.name}: share`)]),
  ];
  const row = (name: string, pick: (a: AreaFigures) => [Count, Percent]) => [
    { text: name },
    ...shown.flatMap((a) => pick(a)).map((v, i) => num(i % 2 === 0 ? countText(v as Count) : percentText(v))),
  ];
  const rows = [
    ...spec.categories.map((c, i) => row(c.name, (a) => [spec.counts(a)[c.key] ?? 0, sharesOf(spec, a)[i]])),
    row('Total', (a) => [spec.total(a), spec.total(a) === 0 ? null : 100]),
  ];
  return { chart, table: { caption: spec.title, head, rows }, summary };
}

export interface Row {
  readonly name: string;
  readonly pick: (a: AreaFigures) => Value;
  readonly unit: ChartUnit;
}

/** A table of measures, one column per area shown. */
export function measuresTable(areas: Areas, caption: string, rows: readonly Row[]): DataTable {
  const shown = areasOf(areas);
  return {
    caption,
    head: [{ text: 'Measure' }, ...shown.map((a) => num(a.area.name))],
    rows: rows.map((r) => [{ text: r.name }, ...shown.map((a) => num(valueText(r.pick(a), r.unit)))]),
  };
}

/** Percentages side by side (decisions within 6 weeks, reviews within 4 weeks), the table with their counts. */
export function measuresBlock(
  areas: Areas,
  spec: { id: string; title: string; summary: string; bars: readonly Row[]; rows: readonly Row[] },
): ChartBlock {
  const chart = barChart({
    id: spec.id,
    title: spec.title,
    summary: spec.summary,
    categories: spec.bars.map((b) => b.name),
    series: areasOf(areas).map((a) => ({ name: a.area.name, values: spec.bars.map((b) => b.pick(a)) })),
    unit: 'percent',
  });
  return { chart, table: measuresTable(areas, spec.title, spec.rows), summary: spec.summary };
}
