// Statistical disclosure control for the inclusion dashboards: exact counts in, what may be shown to anyone
// outside the LA's own users out. Pure: the figures are computed elsewhere and handed in as a flat map of paths.
// The figures are counts only; a child's identity, date of birth and the exact dates of events never reach here
// (docs/dashboards.md "Disclosure control").

/**
 * Counts from 1 to SUPPRESSION_THRESHOLD - 1 are hidden (0 is shown). The DfE's official statistics on EHC plans
 * and the ONS/GSS guidance on statistical disclosure control suppress small counts so that a child cannot be
 * singled out; the product shows counts of 5 and over.
 */
export const SUPPRESSION_THRESHOLD = 5;

/** "c": the GSS symbol for a figure withheld as confidential (suppressed). */
export const SUPPRESSED = 'c';

export type Shown = number | typeof SUPPRESSED;
/** An additive relation: the value at `total` is the sum of the values at `cells` (paths into a flat map). */
export interface Relation {
  readonly total: string;
  readonly cells: readonly string[];
}
/** A percentage at `path` = 100 * numerator / denominator, rounded to one decimal place. */
export interface Ratio {
  readonly path: string;
  readonly numerator: string;
  readonly denominator: string;
}
export interface DisclosureRules {
  readonly relations: readonly Relation[];
  readonly ratios: readonly Ratio[];
}

type Counts = Readonly<Record<string, number>>;

/** Exact counts in, counts as shown to outsiders out (and the ratios computed from what is shown). */
export function suppress(counts: Counts, rules: DisclosureRules): Record<string, Shown | null> {
  checkRules(counts, rules);
  const hidden = primarySuppression(counts);
  secondarySuppression(counts, rules.relations, hidden);
  const shown: Record<string, Shown | null> = {};
  for (const [path, value] of Object.entries(counts)) shown[path] = hidden.has(path) ? SUPPRESSED : value;
  for (const ratio of rules.ratios) {
    // A percentage of a hidden count would give the count back (with the other member shown), so it is hidden too.
    const masked = hidden.has(ratio.numerator) || hidden.has(ratio.denominator);
    shown[ratio.path] = masked ? SUPPRESSED : percentage(counts[ratio.numerator], counts[ratio.denominator]);
  }
  return shown;
}

/** Exact ratios for the LA's own users (management information): no suppression. */
export function exactRatios(counts: Counts, rules: DisclosureRules): Record<string, number | null> {
  checkRules(counts, rules);
  const exact: Record<string, number | null> = {};
  for (const ratio of rules.ratios) exact[ratio.path] = percentage(counts[ratio.numerator], counts[ratio.denominator]);
  return exact;
}

function primarySuppression(counts: Counts): Set<string> {
  return new Set(Object.keys(counts).filter((path) => counts[path] > 0 && counts[path] < SUPPRESSION_THRESHOLD));
}

/**
 * A relation with exactly one hidden member gives that member back by subtraction, so another member is hidden,
 * until no relation has exactly one. Relations overlap (a row and a column, a total that is a cell of a bigger
 * relation), so this runs to a fixpoint; the hidden set only grows, so it ends. Passes go through the relations in
 * the order given, which with the tie-break below makes the result deterministic.
 */
function secondarySuppression(counts: Counts, relations: readonly Relation[], hidden: Set<string>): void {
  for (let changed = true; changed;) {
    changed = false;
    for (const relation of relations) {
      const members = [relation.total, ...relation.cells];
      if (members.filter((path) => hidden.has(path)).length !== 1) continue;
      hidden.add(complementFor(counts, relation, hidden));
      changed = true;
    }
  }
}

/**
 * The cell to hide beside a relation's one hidden member: the smallest non-zero visible cell, the first listed
 * among equals (hiding a 0 protects nothing: a total is no less recoverable for a zero it cannot see). If there is
 * none, the hidden member is a cell whose companions are all 0, and the total is hidden.
 */
function complementFor(counts: Counts, relation: Relation, hidden: ReadonlySet<string>): string {
  let smallest: string | undefined;
  for (const cell of relation.cells) {
    if (hidden.has(cell) || counts[cell] === 0) continue;
    if (smallest === undefined || counts[cell] < counts[smallest]) smallest = cell;
  }
  if (smallest !== undefined) return smallest;
  // Every hidden count is positive (primary: 1–4; secondary: a non-zero cell, or a total over a hidden cell), and a
  // relation adds up (checked), so a hidden total always has a non-zero visible cell beside it.
  if (hidden.has(relation.total)) throw new Error(`disclosure: relation of ${relation.total} cannot be protected`);
  return relation.total;
}

/**
 * 100 * numerator / denominator to one decimal place (the DfE's SEN2 publication shows timeliness to 1 dp), half
 * up, in integers so that a half (1/16 = 6.25%) is not turned down by binary floating point. 0 denominator: null.
 */
function percentage(numerator: number, denominator: number): number | null {
  if (denominator === 0) return null;
  return Math.floor((2000 * numerator + denominator) / (2 * denominator)) / 10;
}

/** Rules that name a path the figures lack, or relate a ratio, are a programming error in the figures: throw. */
function checkRules(counts: Counts, rules: DisclosureRules): void {
  for (const [path, value] of Object.entries(counts)) {
    if (!Number.isSafeInteger(value) || value < 0) throw new Error(`disclosure: ${path} is ${value}, not a count`);
  }
  const ratioPaths = new Set<string>();
  for (const ratio of rules.ratios) {
    if (Object.hasOwn(counts, ratio.path) || ratioPaths.has(ratio.path)) {
      throw new Error(`disclosure: ratio ${ratio.path} is already a figure`);
    }
    ratioPaths.add(ratio.path);
  }
  const isCount = (path: string, where: string): void => {
    if (ratioPaths.has(path)) throw new Error(`disclosure: ${where} names ratio ${path}, not a count`);
    if (!Object.hasOwn(counts, path)) throw new Error(`disclosure: ${where} names unknown path ${path}`);
  };
  for (const ratio of rules.ratios) [ratio.numerator, ratio.denominator].forEach((p) => isCount(p, `ratio ${ratio.path}`));
  for (const relation of rules.relations) checkRelation(counts, relation, isCount);
}

function checkRelation(counts: Counts, relation: Relation, isCount: (path: string, where: string) => void): void {
  const where = `relation of ${relation.total}`;
  const members = [relation.total, ...relation.cells];
  members.forEach((path) => isCount(path, where));
  if (relation.cells.length === 0 || new Set(members).size !== members.length) {
    throw new Error(`disclosure: ${where} needs distinct cells`);
  }
  // Secondary suppression is only sound for relations that really add up; one that does not is declared wrongly.
  const sum = relation.cells.reduce((total, cell) => total + counts[cell], 0);
  if (sum !== counts[relation.total]) throw new Error(`disclosure: ${where} is ${counts[relation.total]}, cells sum to ${sum}`);
}

/** Flatten a nested object of numbers to dotted paths, and back (so figures can be nested JSON). */
export function flatten(obj: object, prefix?: string): Record<string, number> {
  const flat: Record<string, number> = {};
  for (const [key, value] of Object.entries(obj)) {
    checkSegment(key);
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'number') flat[path] = value;
    else if (isPlainObject(value)) Object.assign(flat, flatten(value, path));
    else throw new Error(`disclosure: ${path} is neither a number nor an object of numbers`);
  }
  return flat;
}

export function unflatten<T>(flat: Record<string, unknown>): T {
  const root: Record<string, unknown> = {};
  const made = new Set<object>([root]);
  for (const [path, value] of Object.entries(flat)) {
    const segments = path.split('.');
    segments.forEach(checkSegment);
    const leaf = segments.pop() as string;
    let node = root;
    for (const segment of segments) {
      if (!Object.hasOwn(node, segment)) made.add((node[segment] = {}) as object);
      const next = node[segment];
      if (!isPlainObject(next) || !made.has(next)) throw new Error(`disclosure: ${path} runs through a value`);
      node = next;
    }
    if (Object.hasOwn(node, leaf)) throw new Error(`disclosure: ${path} is given twice or holds other paths`);
    node[leaf] = value;
  }
  return root as T;
}

// A dot would make a path ambiguous; "__proto__" would set a prototype instead of a key.
function checkSegment(segment: string): void {
  if (segment === '' || segment.includes('.') || segment === '__proto__') {
    throw new Error(`disclosure: "${segment}" cannot be a path segment`);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
