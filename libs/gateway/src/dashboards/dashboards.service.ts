import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@send/kernel';
import { APP_CONFIG, type AppConfig } from '@send/platform';
import {
  type AreaFigures,
  type CaseHistory,
  type FiguresContext,
  type InclusionDashboard,
  type InclusionDeadline,
  InclusionQueries,
  type LaBudget,
  areaFigures,
  bandNamesOf,
  countArea,
  disclosureRules,
  englandForLa,
  figuresOf,
  lessOwn,
  suppressTogether,
} from '@send/read-models';
import { councilNameOf } from '../ui/councils.js';

/** What the caller may see: whose figures are exact, and which areas to answer with. */
export interface DashboardView {
  /** The LA asked for (or the user's own, for an LA user). */
  readonly la?: string;
  /** The user's own LA: its figures are exact (management information); every other area is suppressed. */
  readonly ownLa?: string;
  /** Every LA's figures as well (a manager without `la`, a national role without `la`). */
  readonly everyLa: boolean;
}

interface Data {
  readonly cases: readonly CaseHistory[];
  readonly deadlines: readonly InclusionDeadline[];
  readonly budgets: readonly LaBudget[];
}
type Counts = Record<string, number>;
const ENGLAND = { kind: 'england' as const };
const laArea = (la: string) => ({ kind: 'la' as const, la });

/** The inclusion dashboard (docs/dashboards.md): counts from the inclusion-facts read model, as of `to`. */
@Injectable()
export class DashboardsService {
  constructor(
    private readonly queries: InclusionQueries,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async dashboard(from: string, to: string, view: DashboardView): Promise<InclusionDashboard> {
    // England needs every LA's cases, so the whole read model is folded once, as known on `to`.
    const { cases, budgets } = await this.queries.histories(to);
    const data: Data = { cases, budgets, deadlines: await this.queries.deadlines(to) };
    const las = [...new Set([...lasOf(data), ...(view.la ? [view.la] : [])])].sort();
    const count = (area: { kind: 'la' | 'england'; la?: string }) => countArea({ ...data, area, from, to });
    const counts: Record<string, Counts> = Object.fromEntries(las.map((la) => [la, count(laArea(la))]));
    const england = count(ENGLAND);
    const context = (name: string): FiguresContext => ({ from, to, name, bandNames: bandNamesOf(data.cases) });
    const shown = view.ownLa ? this.forOwnLa(view.ownLa, england, counts, context) : this.forOutsiders(england, counts, context);
    const every = view.everyLa ? las.map((la) => shown.las[la]!) : undefined;
    return {
      generatedAt: this.clock.now().toISOString(),
      from,
      to,
      ...(view.la ? { la: shown.las[view.la]! } : {}),
      england: shown.england,
      ...(every ? { las: every } : {}),
    };
  }

  /** Outside every LA: England and each LA suppressed together, one pattern for every outsider's view. */
  private forOutsiders(england: Counts, counts: Record<string, Counts>, context: (name: string) => FiguresContext) {
    const together = suppressTogether(england, counts);
    return {
      england: figuresOf(england, together.whole, ENGLAND, 'suppressed', context('England')),
      las: Object.fromEntries(
        Object.keys(counts).map((la) => [
          la,
          figuresOf(counts[la]!, together.parts[la]!, laArea(la), 'suppressed', context(this.nameOf(la))),
        ]),
      ),
    };
  }

  /**
   * An LA's own users: its figures exact; England and the other LAs suppressed together with the rest of England
   * (England less their LA), since they could subtract their own exact figures from England's.
   */
  private forOwnLa(own: string, england: Counts, counts: Record<string, Counts>, context: (name: string) => FiguresContext) {
    const others = Object.fromEntries(Object.entries(counts).filter(([la]) => la !== own));
    const together = suppressTogether(lessOwn(england, counts[own]!), others);
    const exact = areaFigures(
      counts[own]!,
      disclosureRules(counts[own]!),
      laArea(own),
      'management-information',
      context(this.nameOf(own)),
    );
    const las: Record<string, AreaFigures> = { [own]: exact };
    for (const la of Object.keys(others))
      las[la] = figuresOf(counts[la]!, together.parts[la]!, laArea(la), 'suppressed', context(this.nameOf(la)));
    return { england: figuresOf(england, englandForLa(england, together.whole), ENGLAND, 'suppressed', context('England')), las };
  }

  private nameOf(la: string): string {
    return councilNameOf(la, this.config.councilNames) ?? `Local authority ${la}`;
  }
}

/** Every LA with a case (requested there or transferred to it) or a budget, in code order. */
function lasOf(data: Data): string[] {
  const las = new Set<string>();
  for (const h of data.cases) [h.requestLa, ...h.transfers.map((t) => t.toLa)].forEach((la) => las.add(la));
  for (const b of data.budgets) las.add(b.la);
  return [...las].sort();
}
