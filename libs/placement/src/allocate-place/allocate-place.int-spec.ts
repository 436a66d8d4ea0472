import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { ConcurrencyError, DomainError, type EventRecord, type ExpectedRevision, FixedClock } from '@send/kernel';
import { type EventStore, SqliteEventStore, foldStream } from '@send/event-store';
import { type AppConfig, CaseWriter, type User } from '@send/platform';
import { scratchDirectory } from '@send/testing';
import { PlacementErrors, placesTaken, settingDecider } from '../domain/index.js';
import { ExpressPreferencesCommand, ExpressPreferencesHandler } from '../express-preferences/express-preferences.command.js';
import { placementTarget, settingTarget } from '../placement-command.js';
import { placementStream, settingStream } from '../placement.stream.js';
import { RegisterSettingCommand, RegisterSettingHandler } from '../register-setting/register-setting.command.js';
import { PlacementRegistry } from '../registry/placement-registry.js';
import type { RegistryListings } from '../registry/registry.read-model.js';
import { AllocatePlaceCommand, AllocatePlaceHandler } from './allocate-place.command.js';

const dir = scratchDirectory('send-placement-');

const clock = new FixedClock(new Date('2025-10-15T09:00:00Z'));
const caseworker: User = { id: 'caseworker@202', role: 'caseworker', la: '202' };
const DECIDED_ON = '2025-10-01';

/** Lets every contender read the setting's stream before any of them appends: the race, made certain. */
class Gate {
  private arrived = 0;
  private open!: () => void;
  private readonly opened = new Promise<void>((resolve) => (this.open = resolve));
  constructor(private readonly contenders: number) {
    setTimeout(() => this.open(), 5000).unref();
  }
  arrive(): Promise<void> {
    if (++this.arrived >= this.contenders) this.open();
    return this.opened;
  }
}

/** One "process": its own connection to the same SQLite file, its own writer, registry and handlers. */
class RacingStore implements EventStore {
  conflicts = 0;
  constructor(
    private readonly inner: EventStore,
    private readonly gate?: Gate,
    private readonly afterTake?: () => Promise<void>,
  ) {}
  async append(streamId: string, expected: ExpectedRevision, records: readonly EventRecord[]) {
    const taking = records.some((r) => r.type === 'PlaceTaken');
    if (taking) await this.gate?.arrive();
    try {
      const result = await this.inner.append(streamId, expected, records);
      if (taking) await this.afterTake?.();
      return result;
    } catch (error) {
      if (error instanceof ConcurrencyError) this.conflicts += 1;
      throw error;
    }
  }
  readStream = (streamId: string) => this.inner.readStream(streamId);
  readLast = (streamId: string) => this.inner.readLast(streamId);
  readAll = (after: bigint, limit: number) => this.inner.readAll(after, limit);
  headPosition = () => this.inner.headPosition();
  subscribeToAll: EventStore['subscribeToAll'] = (...args) => this.inner.subscribeToAll(...args);
  subscribeToAllInBatches: EventStore['subscribeToAllInBatches'] = (...args) => this.inner.subscribeToAllInBatches(...args);
  close = () => this.inner.close();
}

function processOn(store: EventStore) {
  const writer = new CaseWriter(store, clock, {} as AppConfig);
  // The race reads one setting's stream, never the listings.
  const registry = new PlacementRegistry(store, {} as RegistryListings);
  return {
    store,
    allocate: (caseId: string) =>
      new AllocatePlaceHandler(writer, registry).execute(
        new AllocatePlaceCommand({
          caseId,
          la: '202',
          input: { decidedOn: DECIDED_ON },
          user: caseworker,
          correlationId: `allocate-${caseId}`,
        }),
      ),
    prefer: (caseId: string, ranked: string[]) =>
      new ExpressPreferencesHandler(writer, registry).execute(
        new ExpressPreferencesCommand({
          caseId,
          la: '202',
          input: { ranked, expressedOn: '2025-09-10' },
          user: caseworker,
          correlationId: 'prefer',
        }),
      ),
    register: (settingId: string, capacity: number, taken: number) =>
      new RegisterSettingHandler(writer).execute(
        new RegisterSettingCommand(
          {
            settingId,
            name: settingId,
            la: '202',
            type: 'special',
            phases: ['primary'],
            needs: ['ASD'],
            capacity,
            placesTaken: taken,
          },
          caseworker,
          'register',
        ),
      ),
  };
}

async function settingOn(store: EventStore, settingId: string) {
  const events = await store.readStream(settingStream(settingId));
  const state = foldStream(settingDecider, events);
  if (state.status !== 'registered') throw new Error('not registered');
  return {
    state,
    placesTaken: placesTaken(state),
    takenBy: events.filter((e) => e.type === 'PlaceTaken').map((e) => (e.data as { caseId: string }).caseId),
  };
}

const codeOf = (outcome: PromiseSettledResult<unknown>) =>
  outcome.status === 'rejected' && outcome.reason instanceof DomainError ? outcome.reason.code : undefined;

describe('allocating the last place, from two processes at the same moment', () => {
  const file = join(dir, 'last-place.sqlite');
  const setup = processOn(new SqliteEventStore(file));
  const [ada, ben, cy] = [randomUUID(), randomUUID(), randomUUID()];
  let first: ReturnType<typeof processOn>;
  let second: ReturnType<typeof processOn>;
  let stores: RacingStore[];

  beforeAll(async () => {
    await setup.register('oakfield', 2, 1);
    await setup.register('hillside', 5, 0);
    await setup.prefer(ada, ['oakfield']);
    await setup.prefer(ben, ['oakfield']);
    await setup.prefer(cy, ['oakfield', 'hillside']);
    const gate = new Gate(2);
    stores = [new RacingStore(new SqliteEventStore(file), gate), new RacingStore(new SqliteEventStore(file), gate)];
    [first, second] = stores.map(processOn);
  });
  afterAll(async () => Promise.all([setup.store.close(), ...stores.map((s) => s.close())]));

  it('gives the place to exactly one child; the other is refused once its retry sees the place gone', async () => {
    const outcomes = await Promise.allSettled([first.allocate(ada), second.allocate(ben)]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    expect(won).toHaveLength(1);
    expect(outcomes.map(codeOf).filter(Boolean)).toEqual([PlacementErrors.NO_PLACE_AVAILABLE]);
    // Both read the same revision; the second append was refused by the store, not by luck of timing.
    expect(stores[0].conflicts + stores[1].conflicts).toBe(1);

    const oakfield = await settingOn(setup.store, 'oakfield');
    expect(oakfield.placesTaken).toBe(2);
    expect(oakfield.takenBy).toHaveLength(1);
    const winner = oakfield.takenBy[0];
    const loser = winner === ada ? ben : ada;
    const allocated = (caseId: string) =>
      setup.store.readStream(placementStream(caseId)).then((es) => es.filter((e) => e.type === 'PlaceAllocated'));
    expect((await allocated(winner)).map((e) => e.data)).toEqual([
      { settingId: 'oakfield', name: 'oakfield', type: 'special', decidedOn: DECIDED_ON, preferenceRank: 1, passedOver: [] },
    ]);
    expect(await allocated(loser)).toEqual([]);
  });

  it('passes a full first preference over and allocates the next, saying why', async () => {
    const result = await first.allocate(cy);
    expect(result).toMatchObject({ settingId: 'hillside', events: [{ type: 'PlaceAllocated' }] });
    const [allocated] = (await setup.store.readStream(placementStream(cy))).filter((e) => e.type === 'PlaceAllocated');
    expect(allocated.data).toMatchObject({
      settingId: 'hillside',
      preferenceRank: 2,
      passedOver: [{ settingId: 'oakfield', why: 'no-place' }],
    });
  });

  it('refuses to allocate a child twice', async () => {
    const [again] = await Promise.allSettled([second.allocate(cy)]);
    expect(codeOf(again)).toBe(PlacementErrors.ALREADY_ALLOCATED);
    expect((await settingOn(setup.store, 'hillside')).placesTaken).toBe(1);
  });
});

describe('allocating under load', () => {
  it('fills three places with exactly three of eight children allocated at once', async () => {
    const store = new SqliteEventStore(join(dir, 'load.sqlite'));
    const p = processOn(store);
    await p.register('maple', 3, 0);
    const children = Array.from({ length: 8 }, () => randomUUID());
    for (const child of children) await p.prefer(child, ['maple']);
    const outcomes = await Promise.allSettled(children.map((c) => p.allocate(c)));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(3);
    expect(outcomes.map(codeOf).filter((c) => c === PlacementErrors.NO_PLACE_AVAILABLE)).toHaveLength(5);
    expect((await settingOn(store, 'maple')).placesTaken).toBe(3);
    await store.close();
  });
});

describe('the same child allocated twice at once', () => {
  it('converges on one setting and one place: taking a place is idempotent per case', async () => {
    const file = join(dir, 'same-child.sqlite');
    const gate = new Gate(2);
    const [a, b] = [new RacingStore(new SqliteEventStore(file), gate), new RacingStore(new SqliteEventStore(file), gate)];
    const child = randomUUID();
    const [one, two] = [processOn(a), processOn(b)];
    await one.register('elm', 1, 0);
    await one.prefer(child, ['elm']);
    const outcomes = await Promise.allSettled([one.allocate(child), two.allocate(child)]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled']);
    const allocations = (await a.readStream(placementStream(child))).filter((e) => e.type === 'PlaceAllocated');
    expect(allocations).toHaveLength(1);
    expect((await settingOn(a, 'elm')).takenBy).toEqual([child]);
    await Promise.all([a.close(), b.close()]);
  });
});

describe('when the allocation cannot be recorded after the place was taken', () => {
  it('releases the place again', async () => {
    const file = join(dir, 'release.sqlite');
    const setup = processOn(new SqliteEventStore(file));
    const child = randomUUID();
    await setup.register('elm', 1, 0);
    await setup.register('ash', 1, 0);
    await setup.prefer(child, ['elm', 'ash']);
    // Between step 1 and step 2, another process records this child's allocation to ash.
    const otherStore = new SqliteEventStore(file);
    const other = new CaseWriter(otherStore, clock, {} as AppConfig);
    const elsewhere = async () => {
      const onAsh = { settingId: 'ash', la: '202', user: caseworker, correlationId: 'elsewhere' };
      const take = { type: 'TakePlace' as const, data: { caseId: child, takenOn: DECIDED_ON } };
      await other.write(settingTarget, onAsh, take, { occurredAt: DECIDED_ON });
      const command = new AllocatePlaceCommand({
        caseId: child,
        la: '202',
        input: { decidedOn: DECIDED_ON },
        user: caseworker,
        correlationId: 'elsewhere',
      });
      const data = { settingId: 'ash', name: 'ash', type: 'special' as const, decidedOn: DECIDED_ON, fullSettingIds: ['elm'] };
      await other.write(placementTarget, command, { type: 'RecordAllocation', data }, { occurredAt: DECIDED_ON });
    };
    const racing = new RacingStore(new SqliteEventStore(file), undefined, elsewhere);
    const [outcome] = await Promise.allSettled([processOn(racing).allocate(child)]);
    expect(codeOf(outcome)).toBe(PlacementErrors.ALREADY_ALLOCATED);
    const [elm, ash] = [await settingOn(setup.store, 'elm'), await settingOn(setup.store, 'ash')];
    expect([elm.placesTaken, ash.placesTaken]).toEqual([0, 1]);
    const released = (await setup.store.readStream(settingStream('elm'))).at(-1);
    expect(released).toMatchObject({
      type: 'PlaceReleased',
      data: { caseId: child, why: 'allocation not recorded: PLACEMENT.ALREADY_ALLOCATED' },
    });
    await Promise.all([setup.store.close(), otherStore.close(), racing.close()]);
  });
});
