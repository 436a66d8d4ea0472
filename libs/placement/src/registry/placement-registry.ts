import { ForbiddenException, Inject, Injectable } from '@nestjs/common';
import { NotFoundError, type StoredEvent } from '@send/kernel';
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
  evolveSetting,
  initialInclusionPlanState,
  initialSettingState,
  placementDecider,
  settingDecider,
} from '../domain/index.js';
import { inclusionPlanStream, placementStream, settingStream } from '../placement.stream.js';

const PAGE = 500;

/**
 * What the placement handlers and reads look up. One setting or one case is folded from its own stream
 * (always current). The listings — every setting, every plan — are folded in memory from the global log
 * and caught up to its head on each call, so they too see every write before them. That first catch-up
 * reads the whole log: good enough until a placement-board projection takes over.
 */
@Injectable()
export class PlacementRegistry {
  private position = 0n;
  private readonly settings = new Map<string, SettingState>();
  private readonly plans = new Map<string, InclusionPlanState>();
  private turn: Promise<void> = Promise.resolve();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

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

  /** The pure tailoredList() over the registry and every plan version, as they stand now. */
  async tailoredListFor(child: ChildProfile, asOf: IsoDate): Promise<{ stage: ChildStage; items: TailoredListItem[] }> {
    const stage = childStage(child.dateOfBirth, asOf);
    const [plans, settings] = [await this.allPlanVersions(), await this.allSettings()];
    return { stage, items: tailoredList(child, asOf, plans, settings) };
  }

  async allSettings(): Promise<Setting[]> {
    await this.catchUp();
    return [...this.settings.values()].filter((s): s is RegisteredSetting => s.status === 'registered');
  }

  async allPlanVersions(): Promise<InclusionPlanVersion[]> {
    await this.catchUp();
    return [...this.plans.values()].flatMap((p) => (p.status === 'published' ? p.versions : []));
  }

  /** One catch-up at a time, so two reads never apply the same event twice. */
  private catchUp(): Promise<void> {
    const next = this.turn.then(() => this.readToHead());
    this.turn = next.catch(() => undefined);
    return next;
  }

  private async readToHead(): Promise<void> {
    for (;;) {
      const page = await this.store.readAll(this.position, PAGE);
      for (const event of page) this.apply(event);
      if (page.length > 0) this.position = page[page.length - 1].position;
      if (page.length < PAGE) return;
    }
  }

  private apply(event: StoredEvent): void {
    if (event.streamId.startsWith(settingStream(''))) {
      const state = this.settings.get(event.streamId) ?? initialSettingState();
      this.settings.set(event.streamId, evolveSetting(state, event as unknown as SettingEvent));
    } else if (event.streamId.startsWith(inclusionPlanStream(''))) {
      const state = this.plans.get(event.streamId) ?? initialInclusionPlanState();
      this.plans.set(event.streamId, evolveInclusionPlan(state, event as unknown as InclusionPlanEvent));
    }
  }
}
