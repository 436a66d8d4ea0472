import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@send/kernel';
import { APP_CONFIG, type AppConfig } from '@send/platform';
import {
  type AreaFigures,
  type CaseHistory,
  type InclusionDashboard,
  type InclusionDeadline,
  InclusionQueries,
  type LaBudget,
  areaFigures,
  bandNamesOf,
  countArea,
  disclosureRules,
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
    const figures = (kind: 'la' | 'england', la?: string) => this.figures(data, from, to, kind, la, view.ownLa);
    const las = view.everyLa ? lasOf(data).map((la) => figures('la', la)) : undefined;
    return {
      generatedAt: this.clock.now().toISOString(),
      from,
      to,
      ...(view.la ? { la: figures('la', view.la) } : {}),
      england: figures('england'),
      ...(las ? { las } : {}),
    };
  }

  private figures(
    data: Data,
    from: string,
    to: string,
    kind: 'la' | 'england',
    la: string | undefined,
    ownLa: string | undefined,
  ): AreaFigures {
    const area = { kind, ...(la ? { la } : {}) };
    const counts = countArea({ ...data, area, from, to });
    const exact = kind === 'la' && la !== undefined && la === ownLa;
    const name = kind === 'england' ? 'England' : (councilNameOf(la, this.config.councilNames) ?? `Local authority ${la}`);
    return areaFigures(counts, disclosureRules(counts), area, exact ? 'management-information' : 'suppressed', {
      from,
      to,
      name,
      bandNames: bandNamesOf(data.cases),
    });
  }
}

/** Every LA with a case (requested there or transferred to it) or a budget, in code order. */
function lasOf(data: Data): string[] {
  const las = new Set<string>();
  for (const h of data.cases) [h.requestLa, ...h.transfers.map((t) => t.toLa)].forEach((la) => las.add(la));
  for (const b of data.budgets) las.add(b.la);
  return [...las].sort();
}
