import { BAR_LAYOUT, barChart } from './bar-chart.js';
import { wrapLabel } from './chart-style.js';
import { hasSuppressed, percentText, poundsText, shareOf } from './figures-text.js';
import { LINE_LAYOUT, lineChart } from './line-chart.js';

describe('the figures in words', () => {
  it('divides to one decimal place, hides a share of a hidden count and has none of nothing', () => {
    expect(shareOf(14, 17)).toBe(82.4); // 14 / 17 = 0.82352…
    expect(shareOf(2, 17)).toBe(11.8); // 0.11764…
    expect(shareOf(1, 3)).toBe(33.3);
    expect(shareOf('c', 17)).toBe('c');
    expect(shareOf(3, 'c')).toBe('c');
    expect(shareOf(0, 0)).toBeNull();
    expect([percentText(82.4), percentText(100), percentText('c'), percentText(null)]).toEqual([
      '82.4%',
      '100.0%',
      'c',
      'no cases',
    ]);
    expect(poundsText(84_000_000)).toBe('£840,000');
    expect(hasSuppressed({ a: [{ b: 1 }, { c: 'c' }] })).toBe(true);
    expect(hasSuppressed({ a: [{ b: 1 }, { c: 'cc' }] })).toBe(false);
  });

  it('wraps a long category name on words', () => {
    expect(wrapLabel('Speech, language and communication needs (SLCN)')).toEqual([
      'Speech, language and',
      'communication needs (SLCN)',
    ]);
  });
});

describe('the bar chart', () => {
  const left = BAR_LAYOUT.labelWidth; // 250
  const plotWidth = BAR_LAYOUT.width - BAR_LAYOUT.valueWidth - left; // 760 − 100 − 250 = 410

  it('draws percentages on 0–100, one bar per series, each labelled with its value', () => {
    const chart = barChart({
      id: 't',
      title: 'Within 20 weeks',
      summary: 'A sentence.',
      categories: ['Within 20 weeks', 'Over 52 weeks'],
      series: [
        { name: 'Camden', values: [82.4, 'c'] },
        { name: 'England', values: [46.4, null] },
      ],
      unit: 'percent',
    });
    const [first, second] = chart.groups;
    // 410 × 0.824 = 337.84; 410 × 0.464 = 190.24.
    expect(first.bars.map((b) => [b.x, b.width, b.label])).toEqual([
      [250, 337.8, '82.4%'],
      [250, 190.2, '46.4%'],
    ]);
    // Two series: a legend row of 28, then groups of 18 + 4 + 18 + 16 padding = 56; bars centred: 28 + 8 = 36, 36 + 22 = 58.
    expect(first.bars.map((b) => b.y)).toEqual([36, 58]);
    expect(second.bars.map((b) => b.y)).toEqual([92, 114]);
    // A hidden value and an empty one have no bar, only their words, just past the axis.
    expect(second.bars.map((b) => [b.width, b.label, b.labelX])).toEqual([
      [0, 'c', 256],
      [0, 'no cases', 256],
    ]);
    expect(chart.ticks.map((t) => t.label)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%']);
    expect(chart.ticks[5].x).toBe(left + plotWidth);
    expect(chart.legend.map((l) => [l.name, l.style.key])).toEqual([
      ['Camden', 'solid'],
      ['England', 'hatched'],
    ]);
    expect(chart.height).toBe(28 + 56 * 2 + BAR_LAYOUT.axisHeight);
    expect(chart.desc).toBe('A sentence.');
  });

  it('draws counts on a nice scale up to the largest, with whole-number ticks', () => {
    const chart = barChart({
      id: 'n',
      title: 'T',
      summary: 'S',
      categories: ['A', 'B'],
      series: [{ name: 'Camden', values: [3, 7] }],
      unit: 'count',
    });
    // Domain [0, 7] made nice: [0, 7]; 3 → 410 × 3 / 7 = 175.71…
    expect(chart.groups.map((g) => g.bars[0].width)).toEqual([175.7, 410]);
    expect(chart.ticks.map((t) => t.label)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7']);
    // One series: no legend; group of 18 + 16 = 34, starting at 8.
    expect(chart.legend).toEqual([]);
    expect(chart.groups[1].bars[0].y).toBe(8 + 34 + 8);
  });
});

describe('the line chart', () => {
  it('places months evenly, breaks the line at a hidden month and names each line at its last point', () => {
    const chart = lineChart({
      id: 'l',
      title: 'Requests',
      summary: 'S',
      months: ['2026-10', '2026-11', '2026-12'],
      series: [
        { name: 'Requests', values: [10, 'c', 20] },
        { name: 'Final plans', values: [0, 2, null] },
      ],
      unit: 'count',
    });
    // Plot from 56 to 760 − 150 = 610; three points with half a step either side: step 554 / 3 = 184.67.
    expect(chart.xTicks.map((t) => [t.x, t.label])).toEqual([
      [148.3, 'Oct 2026'],
      [333, 'Nov 2026'],
      [517.7, 'Dec 2026'],
    ]);
    // y from 300 − 44 = 256 (0) to 16 (20): 10 → 136.
    const [requests, plans] = chart.lines;
    expect(requests.points.map((p) => [p.x, p.y, p.label])).toEqual([
      [148.3, 136, 'October 2026: 10'],
      [517.7, 16, 'December 2026: 20'],
    ]);
    // Two separate pieces (the hidden month is a gap, not a 0).
    expect(requests.path.match(/M/g)).toHaveLength(2);
    expect(requests.end).toEqual({ x: 527.7, y: 16 });
    // Final plans end in November at 2 → 256 − 24 = 232.
    expect(plans.end).toEqual({ x: 343, y: 232 });
    expect([requests.style.marker, plans.style.marker]).toEqual(['circle', 'square']);
    expect(chart.height).toBe(LINE_LAYOUT.height);
  });

  it('moves end labels apart when two lines end close together', () => {
    const chart = lineChart({
      id: 'p',
      title: 'T',
      summary: 'S',
      months: ['2026-11', '2026-12'],
      series: [
        { name: 'Camden', values: [50, 50] },
        { name: 'England', values: [50, 49] },
      ],
      unit: 'percent',
    });
    // 50% → 256 − 120 = 136; 49% → 256 − 117.6 = 138.4, pushed down to 136 + 16 = 152.
    expect(chart.lines.map((l) => l.end?.y)).toEqual([136, 152]);
  });
});
