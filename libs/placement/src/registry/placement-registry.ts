import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { NotFoundError } from '@send/kernel';
import { EVENT_STORE, type EventStore, foldStream } from '@send/event-store';
import { canSeeLa, type User } from '@send/platform';
import type { IsoDate } from '@send/statutory';
import {
  type ChildProfile,
  type ChildStage,
  type TailoredListItem,
  childStage,
  tailoredList,
  type InclusionPlanEvent,
  type InclusionPlanState,
  type InclusionPlanVersion,
  PlacementErrors,
  type PlacementState,
  type RegisteredSetting,
  type Setting,
  type SettingEvent,
  type SettingState,
  evolveInclusionPlan,
  initialInclusionPlanState,
  placementDecider,
  settingDecider,
  type SettingResultsState,
  settingResultsDecider,
} from '../domain/index.js';
import { inclusionPlanStream, placementStream, settingResultsStream, settingStream } from '../placement.stream.js';
import { RegistryListings } from './registry.read-model.js';

/**
 * What the placement handlers and reads look up. One setting, one case or one LA's plan is folded from its
 * own stream (always current, and the revision an If-Match names). The listings — every setting, every
 * plan version — come from placement's read model (registry.read-model.ts), which a write waits for.
 */
@Injectable()
export class PlacementRegistry {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly listings: RegistryListings,
  ) {}

  async setting(settingId: string): Promise<RegisteredSetting | undefined> {
    const state = foldStream<SettingEvent, SettingState>(settingDecider, await this.store.readStream(settingStream(settingId)));
    return state.status === 'registered' ? state : undefined;
  }

  /** The setting, if this user may change it: 404 when unknown, 403 when it is another LA's (canSeeLa). */
  async settingToChange(user: User, settingId: string): Promise<RegisteredSetting> {
    const setting = await this.setting(settingId);
    if (setting === undefined)
      throw new NotFoundError(PlacementErrors.SETTING_NOT_FOUND, `No setting ${settingId} is registered.`);
    if (!canSeeLa(user, setting.la)) throw new ForbiddenException(`${setting.name} is in LA ${setting.la}, not yours.`);
    return setting;
  }

  /** Which of these ids the registry holds. */
  async registered(settingIds: readonly string[]): Promise<string[]> {
    const unique = [...new Set(settingIds)];
    const found = await Promise.all(unique.map((id) => this.setting(id)));
    return unique.filter((_, i) => found[i] !== undefined);
  }

  async placement(caseId: string): Promise<{ state: PlacementState; revision: number }> {
    const events = await this.store.readStream(placementStream(caseId));
    return { state: foldStream(placementDecider, events), revision: events.at(-1)?.revision ?? -1 };
  }

  async inclusionPlan(la: string): Promise<{ state: InclusionPlanState; revision: number }> {
    const events = await this.store.readStream(inclusionPlanStream(la));
    const state = events.reduce(
      (s, e) => evolveInclusionPlan(s, e as unknown as InclusionPlanEvent),
      initialInclusionPlanState(),
    );
    return { state, revision: events.at(-1)?.revision ?? -1 };
  }

  /** Every import of the LA's results data, folded from its own stream. */
  async settingResults(la: string): Promise<{ state: SettingResultsState; revision: number }> {
    const events = await this.store.readStream(settingResultsStream(la));
    return { state: foldStream(settingResultsDecider, events), revision: events.at(-1)?.revision ?? -1 };
  }

  /** The pure tailoredList() over the registry and every plan version, as they stand now. */
  async tailoredListFor(child: ChildProfile, asOf: IsoDate): Promise<{ stage: ChildStage; items: TailoredListItem[] }> {
    const stage = childStage(child.dateOfBirth, asOf);
    const [plans, settings] = [await this.allPlanVersions(), await this.allSettings()];
    return { stage, items: tailoredList(child, asOf, plans, settings) };
  }

  /** Every registered setting, or one LA's, in the order they were registered. */
  allSettings(la?: string): Promise<Setting[]> {
    return this.listings.settings(la);
  }

  allPlanVersions(): Promise<InclusionPlanVersion[]> {
    return this.listings.planVersions();
  }
}
