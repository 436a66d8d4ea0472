import type { CaseHistory, LaBudget } from './case-history.js';
import type { InclusionDeadline } from './inclusion-queries.js';

export interface AreaInput {
  readonly cases: readonly CaseHistory[];
  readonly deadlines: readonly InclusionDeadline[];
  readonly budgets: readonly LaBudget[];
  readonly area: { readonly kind: 'la' | 'england'; readonly la?: string };
  readonly from: string;
  readonly to: string;
}

/** A running tally at flat dotted paths (the paths of AreaFigures), every path present from the start. */
export class Tally {
  readonly counts: Record<string, number> = {};
  zero(...paths: string[]): void {
    for (const p of paths) this.counts[p] ??= 0;
  }
  add(path: string, n = 1): void {
    this.counts[path] = (this.counts[path] ?? 0) + n;
  }
}

/** What every measure shares: the area test and the period. */
export interface Scope extends AreaInput {
  readonly inArea: (la: string) => boolean;
  readonly inPeriod: (date: string | undefined) => date is string;
}
