import { barChart } from './bar-chart.js';
import { type Areas, areasOf, type ChartBlock, compareSentence, num } from './blocks.js';
import { type AreaFigures, type Count, countText, monthLong, percentText } from './figures-text.js';
import { lineChart } from './line-chart.js';
import { type Section, WITHIN_20_WEEKS } from './request-sections.js';

type Month = AreaFigures['months'][number];

/** The primary area's months; the comparison's figure for the same month, by its month (not its place). */
const monthOf = (a: AreaFigures | undefined, month: string): Month | undefined => a?.months.find((m) => m.month === month);

const countWords = (v: Count | undefined, noun: string) =>
  v === undefined ? `no figure for ${noun}` : v === 'c' ? `${noun} not shown (c)` : `${countText(v)} ${noun}`;

function volumesBlock(areas: Areas): ChartBlock {
  const p = areas.primary;
  const months = p.months.map((m) => m.month);
  const first = p.months[0];
  const last = p.months.at(-1);
  const title = `Requests received and final plans issued each month in ${p.area.name}`;
  const summary =
    first && last
      ? `${p.area.name}: ${countWords(last.requests, 'requests')} and ${countWords(last.finalPlans, 'final plans')} in ${monthLong(last.month)}, ` +
        `against ${countWords(first.requests, 'requests')} and ${countWords(first.finalPlans, 'final plans')} in ${monthLong(first.month)}.`
      : `${p.area.name}: no months in the period.`;
  const chart = lineChart({
    id: 'trend-volumes',
    title,
    summary,
    months,
    series: [
      { name: 'Requests', values: p.months.map((m) => m.requests) },
      { name: 'Final plans', values: p.months.map((m) => m.finalPlans) },
    ],
    unit: 'count',
  });
  const table = {
    caption: title,
    head: [{ text: 'Month' }, num('Requests'), num('Final plans'), num('Plans in force')],
    rows: p.months.map((m) => [
      { text: monthLong(m.month) },
      num(countText(m.requests)),
      num(countText(m.finalPlans)),
      num(countText(m.caseload)),
    ]),
  };
  return { chart, table, summary };
}

function timelinessTrendBlock(areas: Areas): ChartBlock {
  const months = areas.primary.months.map((m) => m.month);
  const last = months.at(-1);
  const title = 'Final plans issued within 20 weeks, month by month';
  const summary = last
    ? `In ${monthLong(last)}, ${compareSentence(areas, (a) => monthOf(a, last)?.within20WeeksPct ?? null, WITHIN_20_WEEKS).replace(/^./, (c) => c.toLowerCase())}`
    : 'No months in the period.';
  const shown = areasOf(areas);
  const chart = lineChart({
    id: 'trend-timeliness',
    title,
    summary,
    months,
    series: shown.map((a) => ({ name: a.area.name, values: months.map((m) => monthOf(a, m)?.within20WeeksPct ?? null) })),
    unit: 'percent',
  });
  const table = {
    caption: title,
    head: [{ text: 'Month' }, ...shown.map((a) => num(a.area.name))],
    rows: months.map((m) => [
      { text: monthLong(m) },
      ...shown.map((a) => num(percentText(monthOf(a, m)?.within20WeeksPct ?? null))),
    ]),
  };
  return { chart, table, summary };
}

export function trendsSection(areas: Areas): Section {
  return {
    id: 'trends',
    heading: 'Trends over the months',
    headline: [],
    blocks: [volumesBlock(areas), timelinessTrendBlock(areas)],
  };
}

/**
 * Every LA beside England (a national role, or a manager asking for no LA): the DfE headline, 20 weeks leaving
 * out exceptions, for each, England first.
 */
export function localAuthoritiesSection(las: readonly AreaFigures[], england: AreaFigures | undefined): Section | undefined {
  if (las.length === 0) return undefined;
  const sorted = [...las].sort((a, b) => a.area.name.localeCompare(b.area.name));
  const areas = [...(england ? [england] : []), ...sorted];
  const pct = (a: AreaFigures) => a.finalPlans.excludingExceptions.within20WeeksPct;
  const numbers = sorted.map(pct).filter((v): v is number => typeof v === 'number');
  const range =
    numbers.length === 0
      ? `no local authority's share of final plans issued within 20 weeks can be shown`
      : `the share of final plans issued within 20 weeks ranges from ${percentText(Math.min(...numbers))} to ${percentText(Math.max(...numbers))}`;
  const summary = `Across ${sorted.length} local ${sorted.length === 1 ? 'authority' : 'authorities'}, ${range}${england ? `, against ${percentText(pct(england))} in England` : ''}.`;
  const title = 'Final plans issued within 20 weeks by local authority, leaving out exceptions';
  const chart = barChart({
    id: 'local-authorities',
    title,
    summary,
    categories: areas.map((a) => a.area.name),
    series: [{ name: 'Within 20 weeks', values: areas.map(pct) }],
    unit: 'percent',
  });
  const table = {
    caption: title,
    head: [{ text: 'Area' }, num('Requests'), num('Final plans'), num('Within 20 weeks'), num('Plans in force')],
    rows: areas.map((a) => [
      { text: a.area.name },
      num(countText(a.requests.total)),
      num(countText(a.finalPlans.excludingExceptions.total)),
      num(percentText(pct(a))),
      num(countText(a.caseload.total)),
    ]),
  };
  return { id: 'local-authorities', heading: 'Local authorities compared', headline: [], blocks: [{ chart, table, summary }] };
}
