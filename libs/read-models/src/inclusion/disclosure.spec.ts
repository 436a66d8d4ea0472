import { exactRatios, flatten, suppress, unflatten, type DisclosureRules, type Relation, type Shown } from './disclosure.js';

type Out = Record<string, Shown | null>;
const members = (r: Relation): string[] => [r.total, ...r.cells];

/** What an outsider solves by subtraction: a hidden member of a relation whose other members are all shown. */
function bySubtraction(shown: Out, relations: readonly Relation[]): Record<string, number> {
  const solved: Record<string, number> = {};
  const value = (path: string): number => shown[path] as number;
  for (const r of relations) {
    const hidden = members(r).filter((path) => shown[path] === 'c');
    if (hidden.length !== 1) continue;
    const visibleCells = r.cells.filter((cell) => cell !== hidden[0]).reduce((sum, cell) => sum + value(cell), 0);
    solved[hidden[0]] = hidden[0] === r.total ? visibleCells : value(r.total) - visibleCells;
  }
  return solved;
}

/**
 * What an outsider solves by combining every relation at once: Gauss–Jordan on the hidden members (+1 for a total,
 * -1 for a cell); a hidden member is determined when its pivot row has no other entry.
 */
function byElimination(shown: Out, relations: readonly Relation[]): string[] {
  const unknowns = [...new Set(relations.flatMap(members))].filter((path) => shown[path] === 'c');
  const rows = relations.map((r) => unknowns.map((u) => (u === r.total ? 1 : r.cells.includes(u) ? -1 : 0)));
  const pivots: number[] = [];
  for (let col = 0; col < unknowns.length; col++) {
    const at = rows.findIndex((row, i) => i >= pivots.length && row[col] !== 0);
    if (at < 0) continue;
    const k = pivots.length;
    [rows[k], rows[at]] = [rows[at], rows[k]];
    for (let i = 0; i < rows.length; i++) {
      const [f, g] = [rows[i][col], rows[k][col]];
      if (i !== k && f !== 0) rows[i] = rows[i].map((v, j) => v * g - rows[k][j] * f);
    }
    pivots.push(col);
  }
  return pivots.filter((col, i) => rows[i].every((v, j) => j === col || v === 0)).map((col) => unknowns[col]);
}

function expectSafe(counts: Record<string, number>, rules: DisclosureRules, shown: Out): void {
  expect(bySubtraction(shown, rules.relations)).toEqual({});
  expect(byElimination(shown, rules.relations)).toEqual([]);
  const smallShown = Object.keys(counts).filter((path) => {
    const value = shown[path];
    return typeof value === 'number' && value > 0 && value < 5;
  });
  expect(smallShown).toEqual([]);
  for (const ratio of rules.ratios) {
    if (shown[ratio.numerator] === 'c' || shown[ratio.denominator] === 'c') expect(shown[ratio.path]).toBe('c');
  }
}

const rel = (total: string, ...cells: string[]): Relation => ({ total, cells });
const noRatios = (...relations: Relation[]): DisclosureRules => ({ relations, ratios: [] });

describe('primary suppression', () => {
  it('hides 1 to 4, shows 0 and 5 and over, in a relation or not', () => {
    const counts = { zero: 0, one: 1, four: 4, five: 5, many: 120 };
    expect(suppress(counts, noRatios())).toEqual({ zero: 0, one: 'c', four: 'c', five: 5, many: 120 });
  });
});

describe('secondary suppression in one relation', () => {
  it('total 23 = 2 + 9 + 12: 2 hidden, then 9 (the smallest other non-zero cell); the total is shown', () => {
    const counts = { total: 23, a: 2, b: 9, c: 12 };
    const rules = noRatios(rel('total', 'a', 'b', 'c'));
    const shown = suppress(counts, rules);
    // Without b hidden: a = 23 - 9 - 12 = 2. With it: a + b = 23 - 12 = 11, any split.
    expect(shown).toEqual({ total: 23, a: 'c', b: 'c', c: 12 });
    expectSafe(counts, rules, shown);
  });

  it('breaks a tie by the order the cells are listed, and never hides a 0', () => {
    // 3 hidden; 0 skipped; 7 and 7 tie: the first listed (b) is hidden. 17 = 3 + 0 + 7 + 7.
    const counts = { total: 17, a: 3, z: 0, b: 7, c: 7 };
    expect(suppress(counts, noRatios(rel('total', 'a', 'z', 'b', 'c')))).toEqual({ total: 17, a: 'c', z: 0, b: 'c', c: 7 });
  });

  it('a hidden total is protected by hiding its smallest non-zero cell', () => {
    // total 4 hidden; 4 = 0 + 1 + 3 → 1 and 3 hidden primarily as well: nothing more to do.
    expect(suppress({ t: 4, a: 0, b: 1, c: 3 }, noRatios(rel('t', 'a', 'b', 'c')))).toEqual({ t: 'c', a: 0, b: 'c', c: 'c' });
  });

  it('a cell hidden and the other cells 0: the total would equal it, so it is hidden (here by primary too)', () => {
    expect(suppress({ t: 3, a: 3, b: 0, c: 0 }, noRatios(rel('t', 'a', 'b', 'c')))).toEqual({ t: 'c', a: 'c', b: 0, c: 0 });
  });

  it('a cell hidden secondarily, the other cells 0: the total is hidden', () => {
    // first: 10 = p 3 + x 7 → 3 hidden, then x (the only other cell). second: 7 = x + 0 + 0 → x alone is hidden, no
    // non-zero cell is left to hide, so the total 7 is hidden (it would equal x).
    const counts = { first: 10, p: 3, x: 7, second: 7, z1: 0, z2: 0 };
    const rules = noRatios(rel('first', 'p', 'x'), rel('second', 'x', 'z1', 'z2'));
    const shown = suppress(counts, rules);
    expect(shown).toEqual({ first: 10, p: 'c', x: 'c', second: 'c', z1: 0, z2: 0 });
    expectSafe(counts, rules, shown);
  });
});

describe('secondary suppression over overlapping relations', () => {
  //        c1  c2  c3 | row
  //   r1    0   0   3 |  3
  //   r2    6   9   0 | 15
  //   col   6   9   3 | 18
  const counts = { a: 0, b: 0, c: 3, d: 6, e: 9, f: 0, r1: 3, r2: 15, c1: 6, c2: 9, c3: 3, all: 18 };
  const relations = [
    rel('r1', 'a', 'b', 'c'),
    rel('r2', 'd', 'e', 'f'),
    rel('c1', 'a', 'd'),
    rel('c2', 'b', 'e'),
    rel('c3', 'c', 'f'),
    rel('all', 'r1', 'r2'),
    rel('all', 'c1', 'c2', 'c3'),
  ];

  it('reaches the fixpoint in a second pass', () => {
    // Primary: c, r1, c3 (all 3).
    // Pass 1: r1 {r1, c} and c3 {c3, c} have two hidden; all = r1 + r2 has only r1 → hide r2 (15);
    //   all = c1 + c2 + c3 has only c3 → hide c1 (6, smaller than 9). Now r2 = d + e + f has only r2 hidden.
    // Pass 2: r2 → hide d (6, smaller than e 9; f is 0). c1 = a + d now has c1 and d hidden. Pass 3 changes nothing.
    const shown = suppress(counts, noRatios(...relations));
    expect(shown).toEqual({ a: 0, b: 0, c: 'c', d: 'c', e: 9, f: 0, r1: 'c', r2: 'c', c1: 'c', c2: 9, c3: 'c', all: 18 });
    // What is left: c + d = 9 (from 18 - 9), one degree of freedom.
    expectSafe(counts, noRatios(...relations), shown);
  });
});

describe('percentages', () => {
  const counts = {
    issued: 12,
    inTime: 3,
    reqs: 4,
    reqsInTime: 0,
    none: 0,
    noneInTime: 0,
    big: 2000,
    bigInTime: 3,
    all: 16,
    some: 5,
  };
  const ratio = (path: string, numerator: string, denominator: string) => ({ path, numerator, denominator });
  const rules: DisclosureRules = {
    relations: [],
    ratios: [
      ratio('pct.byHiddenNumerator', 'inTime', 'issued'),
      ratio('pct.byHiddenDenominator', 'reqsInTime', 'reqs'),
      ratio('pct.ofNothing', 'noneInTime', 'none'),
      ratio('pct.half', 'some', 'all'),
      ratio('pct.smallHalf', 'bigInTime', 'big'),
      ratio('pct.zero', 'none', 'issued'),
    ],
  };

  it('hides a percentage whose numerator or denominator is hidden; 0 denominator is null; 0 is shown', () => {
    expect(suppress(counts, rules)).toMatchObject({
      inTime: 'c',
      reqs: 'c',
      reqsInTime: 0,
      'pct.byHiddenNumerator': 'c', // 3 of 12 hidden
      'pct.byHiddenDenominator': 'c', // 0 of 4: the 4 is hidden
      'pct.ofNothing': null, // 0 of 0
      'pct.half': 31.3, // 100 * 5 / 16 = 31.25, half up
      'pct.smallHalf': 'c', // 3 of 2000 hidden
      'pct.zero': 0, // 0 of 12
    });
  });

  it('gives the LA its exact percentages, half up to 1 dp without floating-point loss', () => {
    expect(exactRatios(counts, rules)).toEqual({
      'pct.byHiddenNumerator': 25, // 100 * 3 / 12
      'pct.byHiddenDenominator': 0, // 100 * 0 / 4
      'pct.ofNothing': null,
      'pct.half': 31.3,
      'pct.smallHalf': 0.2, // 100 * 3 / 2000 = 0.15 exactly; (0.15).toFixed(1) would give 0.1
      'pct.zero': 0,
    });
  });

  it('hides a percentage over a count hidden by secondary suppression', () => {
    // 23 = 2 + 9 + 12: 9 is hidden secondarily, so 9 of 23 is hidden; 12 of 23 = 52.17… → 52.2.
    const shown = suppress(
      { t: 23, a: 2, b: 9, c: 12 },
      { relations: [rel('t', 'a', 'b', 'c')], ratios: [ratio('pb', 'b', 't'), ratio('pc', 'c', 't')] },
    );
    expect([shown.pb, shown.pc]).toEqual(['c', 52.2]);
  });

  it('returns every count and every ratio path, nothing else', () => {
    expect(Object.keys(suppress(counts, rules)).sort()).toEqual(
      [...Object.keys(counts), ...rules.ratios.map((r) => r.path)].sort(),
    );
  });
});

describe('rules that are a programming error', () => {
  const counts = { t: 10, a: 5, b: 5 };
  const pct = { path: 'p', numerator: 'a', denominator: 't' };
  it.each([
    ['a relation naming a ratio', { relations: [rel('t', 'a', 'p')], ratios: [pct] }, /names ratio p/],
    ['a relation naming an unknown path', noRatios(rel('t', 'a', 'x')), /unknown path x/],
    ['a ratio naming an unknown path', { relations: [], ratios: [{ ...pct, denominator: 'x' }] }, /unknown path x/],
    ['a ratio at a count path', { relations: [], ratios: [{ ...pct, path: 'b' }] }, /already a figure/],
    ['a relation that does not add up', noRatios(rel('t', 'a')), /cells sum to 5/],
    ['a relation listing a cell twice', noRatios(rel('t', 'a', 'a')), /distinct cells/],
  ])('throws on %s', (_what, rules, message) => {
    expect(() => suppress(counts, rules)).toThrow(message);
    expect(() => exactRatios(counts, rules)).toThrow(message);
  });

  it('throws on a count that is not a non-negative integer', () => {
    expect(() => suppress({ a: 2.5 }, noRatios())).toThrow(/not a count/);
    expect(() => suppress({ a: -1 }, noRatios())).toThrow(/not a count/);
  });
});

describe('flatten and unflatten', () => {
  it('round-trips nested figures through dotted paths', () => {
    const figures = { requests: { total: 12, byNeed: { asd: 7, slcn: 5 } }, appeals: 0 };
    const flat = flatten(figures);
    expect(flat).toEqual({ 'requests.total': 12, 'requests.byNeed.asd': 7, 'requests.byNeed.slcn': 5, appeals: 0 });
    expect(flatten({ x: 1 }, 'la.202')).toEqual({ 'la.202.x': 1 });
    expect(unflatten({ ...flat, 'requests.byNeed.asd': 'c' })).toEqual({
      requests: { total: 12, byNeed: { asd: 'c', slcn: 5 } },
      appeals: 0,
    });
  });

  it('refuses what would not round-trip', () => {
    expect(() => flatten({ 'a.b': 1 })).toThrow(/path segment/);
    expect(() => flatten({ a: 'seven' })).toThrow(/neither a number/);
    expect(() => unflatten({ a: 1, 'a.b': 2 })).toThrow(/runs through a value/);
    expect(() => unflatten({ 'a.b': 2, a: 1 })).toThrow(/holds other paths/);
    expect(() => unflatten({ '__proto__.polluted': 1 })).toThrow(/path segment/);
  });
});

describe('random small tables (seeded)', () => {
  // mulberry32: a small deterministic PRNG, so a failure reproduces.
  const prng = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const next = prng(20261202);
  // Small counts often (so that suppression has work to do), zeros often, larger counts otherwise.
  const draw = (): number => [0, 1 + Math.floor(next() * 4), 5 + Math.floor(next() * 20)][Math.floor(next() * 3)];

  function table(rows: number, cols: number): { counts: Record<string, number>; rules: DisclosureRules } {
    const counts: Record<string, number> = { all: 0 };
    const relations: Relation[] = [];
    const cell = (i: number, j: number) => `t.r${i}.c${j}`;
    for (let i = 0; i < rows; i++) for (let j = 0; j < cols; j++) counts[cell(i, j)] = draw();
    const line = (total: string, cells: string[]) => {
      counts[total] = cells.reduce((sum, c) => sum + counts[c], 0);
      relations.push(rel(total, ...cells));
    };
    for (let i = 0; i < rows; i++)
      line(
        `row${i}`,
        [...Array(cols).keys()].map((j) => cell(i, j)),
      );
    for (let j = 0; j < cols; j++)
      line(
        `col${j}`,
        [...Array(rows).keys()].map((i) => cell(i, j)),
      );
    line(
      'all',
      [...Array(rows).keys()].map((i) => `row${i}`),
    );
    relations.push(rel('all', ...[...Array(cols).keys()].map((j) => `col${j}`)));
    const ratios = [...Array(rows).keys()].map((i) => ({ path: `pct${i}`, numerator: cell(i, 0), denominator: `row${i}` }));
    return { counts, rules: { relations, ratios } };
  }

  it.each([
    ['1 × 2 to 1 × 6 tables with totals', 1, 0],
    ['2 × 3 tables with row, column and grand totals', 2, 3],
  ])('leaves nothing recoverable and no 1–4 shown: %s', (_what, rows, cols) => {
    for (let run = 0; run < 300; run++) {
      const { counts, rules } = cols === 0 ? table(rows, 2 + Math.floor(next() * 5)) : table(rows, cols);
      expectSafe(counts, rules, suppress(counts, rules));
    }
  });
});
