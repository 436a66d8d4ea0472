import { type DisclosureRules, type Relation, type Shown, exactRatios, suppress } from './disclosure.js';
import { disclosureRules } from './area-rules.js';
import { countsOnly } from './area-figures.js';

type Counts = Readonly<Record<string, number>>;
type ShownFlat = Record<string, Shown | null>;

/**
 * Disclosure control over several areas at once (docs/dashboards.md "Disclosure control": "every additive
 * relation an outsider could use, including those that cross levels"): each area's own relations, and the
 * whole (England, or England less the viewer's own LA) as the sum of its parts at every count. Suppressed one
 * area at a time, an LA's hidden cell could be had back as England minus the other LAs.
 */
export function suppressTogether(
  whole: Counts,
  parts: Readonly<Record<string, Counts>>,
): { whole: ShownFlat; parts: Record<string, ShownFlat> } {
  const keys = Object.keys(parts).sort();
  const areas: Record<string, Counts> = {
    whole: countsOnly(whole),
    ...Object.fromEntries(keys.map((k) => [`part-${k}`, countsOnly(parts[k]!)])),
  };
  const paths = [...new Set(Object.values(areas).flatMap((c) => Object.keys(c)))];
  const flat: Record<string, number> = {};
  const relations: Relation[] = [];
  const ratios: DisclosureRules['ratios'][number][] = [];
  for (const [prefix, counts] of Object.entries(areas)) {
    // A band one area has and another has not is a 0 there: every area then has every path.
    const complete = Object.fromEntries(paths.map((p) => [p, counts[p] ?? 0]));
    for (const [p, v] of Object.entries(complete)) flat[`${prefix}.${p}`] = v;
    const rules = disclosureRules(complete);
    relations.push(
      ...rules.relations.map((r) => ({ total: `${prefix}.${r.total}`, cells: r.cells.map((c) => `${prefix}.${c}`) })),
    );
    ratios.push(
      ...rules.ratios.map((r) => ({
        path: `${prefix}.${r.path}`,
        numerator: `${prefix}.${r.numerator}`,
        denominator: `${prefix}.${r.denominator}`,
      })),
    );
  }
  if (keys.length) {
    for (const p of paths) {
      const cells = keys.map((k) => `part-${k}.${p}`);
      // The parts add up to the whole by construction (each count is by the LA of the case on the day); a path
      // where they do not (a deadline of a case outside every part) is left out rather than declared wrongly.
      if (cells.reduce((n, c) => n + flat[c]!, 0) === flat[`whole.${p}`]) relations.push({ total: `whole.${p}`, cells });
    }
  }
  const shown = suppress(flat, { relations, ratios });
  const split = (prefix: string): ShownFlat =>
    Object.fromEntries(
      Object.entries(shown)
        .filter(([p]) => p.startsWith(`${prefix}.`))
        .map(([p, v]) => [p.slice(prefix.length + 1), v]),
    );
  return { whole: split('whole'), parts: Object.fromEntries(keys.map((k) => [k, split(`part-${k}`)])) };
}

/**
 * England as the viewer of one LA may see it: their own LA's exact counts plus the rest of England as shown
 * (suppressTogether over the other LAs), so that England less what they already know gives back nothing hidden.
 */
export function englandForLa(england: Counts, restShown: Readonly<ShownFlat>): ShownFlat {
  const counts = countsOnly(england);
  const shown: ShownFlat = {};
  for (const [p, v] of Object.entries(counts)) shown[p] = restShown[p] === 'c' ? 'c' : v;
  const rules = disclosureRules(counts);
  const exact = exactRatios(counts, rules);
  for (const r of rules.ratios) {
    shown[r.path] = shown[r.numerator] === 'c' || shown[r.denominator] === 'c' ? 'c' : (exact[r.path] ?? null);
  }
  return shown;
}

/** The rest of England for the viewer of one LA: England's counts less the LA's, path by path. */
export function lessOwn(england: Counts, own: Counts): Record<string, number> {
  return Object.fromEntries(Object.entries(england).map(([p, v]) => [p, v - (own[p] ?? 0)]));
}
