import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CLOCK, Clock, type StreamOwner, eventsTopic, systemClock } from '@send/kernel';
import { BLOB_STORE, type BlobStore, EVENT_STORE, EventStore, FileBlobStore } from '@send/event-store';
import {
  CASE_EVENT_SOURCE,
  CaseQueries,
  CopiedCaseEventSource,
  EVENT_SUBSCRIBERS,
  EventSubscriber,
  READ_MODEL_ENTITIES,
  StoreCaseEventSource,
  SubscriptionRunner,
  LOG_AS_STORED,
  type TypeOrmProjection,
  caseEventsProjection,
  caseSummaryProjection,
  deadlineRegisterProjection,
  inclusionFactsProjection,
  InclusionQueries,
} from '@send/read-models';
import { EventForwarder, KafkaMessageBus, MESSAGE_BUS, MESSAGING_ENTITIES, type MessageBus } from '@send/messaging';
import {
  KAFKA_PROCESS_MANAGERS,
  KAFKA_PROJECTIONS,
  KafkaFeeder,
  LOCAL_OWNERS,
  LocalReadModels,
} from '../distributed/kafka-feeder.js';
import { toWire } from '../distributed/wire-event.js';
import { READ_MODEL_MIGRATIONS } from '../migrations/index.js';
import { APP_CONFIG, AppConfig, ConfigError } from '../config/app-config.js';
import { AuthGuard } from '../auth/auth.guard.js';
import { TokenService } from '../auth/token.service.js';
import { LoginThrottle } from '../auth/login-throttle.js';
import { FamilyAccounts } from '../auth/family-accounts.js';
import { FamilyAccountEntity } from '../auth/family-account.entity.js';
import { ProblemFilter } from '../http/problem.filter.js';
import { BodyDepthInterceptor } from '../http/body-depth.interceptor.js';
import { IdempotencyRecordEntity } from '../idempotency/idempotency-record.entity.js';
import { IdempotencyInterceptor } from '../idempotency/idempotency.interceptor.js';
import { CaseAccess } from '../write/case-access.js';
import { CaseWriter } from '../write/case-writer.js';
import { READ_YOUR_WRITES, type ReadYourWrites } from '../write/read-your-writes.js';
import { CaseCommands } from '../write/case-request.js';
import { openEventStore } from './open-event-store.js';
import { KEY_STORE, type KeyStore } from '../personal-data/key-store.port.js';
import { KEY_STORE_PROVIDERS } from '../personal-data/open-key-store.js';
import { PERSONAL_DATA_CIPHER, PersonalDataCipher } from '../personal-data/personal-data.js';
import { PersonalDataEventStore, storeAsStored } from '../personal-data/personal-data-event-store.js';
import { storedFormOf } from '../personal-data/personal-data.js';
import { OpenedCaseEventSource } from '../personal-data/opened-case-event-source.js';
import { PERSONAL_DATA_ERASERS, type PersonalDataEraser } from '../personal-data/erasers.js';
import { AUDIT_STORE, AUDIT_STORE_PROVIDERS } from './audit-store.js';

export { AUDIT_SCHEMA, AUDIT_STORE } from './audit-store.js';

export interface PlatformOptions {
  readonly config: AppConfig;
  readonly clock?: Clock;
  /** Process managers of the contexts this process runs. */
  readonly processManagers?: readonly (new (...args: never[]) => EventSubscriber)[];
  /** Distributed mode: the contexts whose streams this process forwards to Kafka (its own, and 'deadlines' where the watcher runs). */
  readonly forwards?: readonly StreamOwner[];
  /** Read models a context keeps itself (its fold is its own), fed here exactly like the shared ones. */
  readonly readModels?: readonly ContextReadModel[];
}

/** A context's own read model: its TypeORM entities and the projections that fill them (TypeOrmProjection). */
export interface ContextReadModel {
  readonly entities: readonly (new () => object)[];
  readonly projections: (db: DataSource) => readonly (EventSubscriber & Pick<TypeOrmProjection<never>, 'apply'>)[];
}

type PmClass = new (...args: never[]) => EventSubscriber;

/**
 * Everything a context needs from the outside world, chosen by configuration in one place: the event
 * store adapter, the read-model database, auth, errors, idempotency, and how events reach read models
 * and process managers — the local log in embedded mode, Kafka in distributed mode.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const { config } = options;
    const pms = options.processManagers ?? [];
    const own = options.readModels ?? [];
    const delivery =
      config.mode === 'embedded' ? embeddedDelivery(pms, own) : distributedDelivery(config, pms, options.forwards ?? [], own);
    const providers: Provider[] = [
      { provide: APP_CONFIG, useValue: config },
      { provide: CLOCK, useValue: options.clock ?? systemClock },
      ...KEY_STORE_PROVIDERS,
      { provide: PERSONAL_DATA_CIPHER, inject: [KEY_STORE], useFactory: (keys: KeyStore) => new PersonalDataCipher(keys) },
      {
        provide: EVENT_STORE,
        inject: [PERSONAL_DATA_CIPHER],
        // Everything reads the events with their personal data opened; verify reads them as stored.
        useFactory: async (cipher: PersonalDataCipher) => {
          const store = await openEventStore(config);
          return store && new PersonalDataEventStore(store, cipher);
        },
      },
      // What a write's wait scans for reactions to it: ids and causations only, read as stored.
      { provide: LOG_AS_STORED, inject: [EVENT_STORE], useFactory: (store: EventStore | null) => store && storeAsStored(store) },
      ...AUDIT_STORE_PROVIDERS,
      { provide: BLOB_STORE, useValue: new FileBlobStore(config.attachmentStoreDir) },
      {
        // An erased child's photos and videos go with the key: the files are the case's own (blob-store.port.ts);
        // so do the family's sign-ins to the case, whose usernames may be the parents' email addresses.
        provide: PERSONAL_DATA_ERASERS,
        inject: [BLOB_STORE, FamilyAccounts],
        useFactory: (blobs: BlobStore, accounts: FamilyAccounts): PersonalDataEraser[] => [
          { name: 'attachment files', erase: (caseId) => blobs.removeCase(caseId) },
          { name: 'family accounts', erase: (caseId) => accounts.eraseCase(caseId) },
        ],
      },
      {
        provide: CASE_EVENT_SOURCE,
        inject: [EVENT_STORE, DataSource, PERSONAL_DATA_CIPHER],
        useFactory: (store: EventStore | null, db: DataSource, cipher: PersonalDataCipher) =>
          store
            ? new StoreCaseEventSource(store, storeAsStored(store))
            : new OpenedCaseEventSource(new CopiedCaseEventSource(db), cipher),
      },
      ...pms,
      ...delivery,
      SubscriptionRunner,
      CaseQueries,
      InclusionQueries,
      CaseAccess,
      CaseWriter,
      CaseCommands,
      TokenService,
      LoginThrottle,
      FamilyAccounts,
      { provide: APP_GUARD, useClass: AuthGuard },
      { provide: APP_FILTER, useClass: ProblemFilter },
      // Order matters: the depth check must run before anything walks the body.
      { provide: APP_INTERCEPTOR, useClass: BodyDepthInterceptor },
      { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    ];
    return {
      module: PlatformModule,
      imports: [CqrsModule.forRoot(), TypeOrmModule.forRoot(readModelDatabase(config, own))],
      providers,
      exports: [
        APP_CONFIG,
        CLOCK,
        EVENT_STORE,
        KEY_STORE,
        PERSONAL_DATA_CIPHER,
        AUDIT_STORE,
        BLOB_STORE,
        PERSONAL_DATA_ERASERS,
        CASE_EVENT_SOURCE,
        SubscriptionRunner,
        CaseQueries,
        InclusionQueries,
        CaseAccess,
        CaseWriter,
        CaseCommands,
        TokenService,
        LoginThrottle,
        FamilyAccounts,
        READ_YOUR_WRITES,
        // GET /ready checks the broker in the distributed mode; embedded has none.
        ...(config.mode === 'distributed' ? [MESSAGE_BUS] : []),
        ...pms,
      ],
    };
  }
}

/** Embedded: one local log feeds the projections and the process managers; writes wait for all of them. */
function embeddedDelivery(pms: readonly PmClass[], own: readonly ContextReadModel[]): Provider[] {
  return [
    {
      provide: EVENT_SUBSCRIBERS,
      inject: [DataSource, ...pms],
      useFactory: (db: DataSource, ...managers: EventSubscriber[]) => [
        caseSummaryProjection(db),
        deadlineRegisterProjection(db),
        inclusionFactsProjection(db),
        ...contextProjections(db, own),
        ...managers,
      ],
    },
    {
      provide: READ_YOUR_WRITES,
      inject: [SubscriptionRunner],
      useFactory: (runner: SubscriptionRunner): ReadYourWrites => ({
        afterWrite: (events, ms, position) =>
          position === undefined
            ? runner.settle(ms)
            : runner.caughtUpWith(
                position,
                events.map((e) => e.id),
                ms,
                events.map((e) => e.type),
              ),
      }),
    },
  ];
}

/**
 * Distributed: the local log feeds the forwarders to Kafka and this process's read models (its own events);
 * the read models get the other contexts' events from their topics, the process managers every context's, and
 * a write waits until this process's read models have applied it.
 */
function distributedDelivery(
  config: AppConfig,
  pms: readonly PmClass[],
  forwards: readonly StreamOwner[],
  own: readonly ContextReadModel[],
): Provider[] {
  return [
    {
      provide: MESSAGE_BUS,
      // 10 s session: a restarted process rejoins its groups within that instead of waiting out the dead
      // member's 30 s default; handlers heartbeat while they run, so slow work does not trip it.
      useFactory: () =>
        new KafkaMessageBus({ brokers: config.kafkaBrokers, clientId: `send-${config.service}`, sessionTimeout: 10_000 }),
    },
    {
      provide: EVENT_SUBSCRIBERS,
      inject: [MESSAGE_BUS, DataSource, KafkaFeeder],
      useFactory: (bus: MessageBus, db: DataSource, feeder: KafkaFeeder) => [
        ...(forwards.length > 0 ? [new LocalReadModels(feeder, db)] : []),
        ...forwards.map(
          (context) =>
            new EventForwarder({
              context,
              topic: eventsTopic(context, config.kafkaNamespace),
              bus,
              db,
              // The stored form: what is sealed under the child's key stays so on the topic (wire-event.ts).
              toMessage: (e) => toWire(storedFormOf(e), config.personalDataKey),
            }),
        ),
      ],
    },
    { provide: LOCAL_OWNERS, useValue: forwards },
    {
      provide: KAFKA_PROJECTIONS,
      inject: [DataSource],
      useFactory: (db: DataSource) => [
        caseSummaryProjection(db),
        deadlineRegisterProjection(db),
        inclusionFactsProjection(db),
        ...contextProjections(db, own),
        ...(config.store === 'none' ? [caseEventsProjection(db)] : []),
      ],
    },
    { provide: KAFKA_PROCESS_MANAGERS, inject: [...pms], useFactory: (...managers: EventSubscriber[]) => managers },
    KafkaFeeder,
    { provide: READ_YOUR_WRITES, useExisting: KafkaFeeder },
  ];
}

const contextProjections = (db: DataSource, own: readonly ContextReadModel[]) => own.flatMap((m) => m.projections(db));

/** Every entity of this process's read-model database: the shared ones and its contexts' own. */
export function readModelEntities(own: readonly ContextReadModel[] = []) {
  return [
    ...READ_MODEL_ENTITIES,
    IdempotencyRecordEntity,
    FamilyAccountEntity,
    ...MESSAGING_ENTITIES,
    ...own.flatMap((m) => m.entities),
  ];
}

function readModelDatabase(config: AppConfig, own: readonly ContextReadModel[]) {
  const entities = readModelEntities(own);
  if (config.mode === 'distributed') {
    if (!config.postgresUrl) throw new ConfigError('The distributed mode needs DATABASE_URL for its read models.');
    // Migrations, not synchronize: a deployed schema changes only by a reviewed, numbered step.
    return {
      type: 'postgres' as const,
      url: config.postgresUrl,
      entities,
      migrations: READ_MODEL_MIGRATIONS,
      migrationsRun: true,
      synchronize: false,
    };
  }
  return {
    type: 'better-sqlite3' as const,
    database: config.sqliteFile,
    enableWAL: true,
    busyTimeout: 5000,
    // Idempotency records live here too: a retry after a power cut must still find them. What a row's update or
    // delete frees is zeroed where that costs no extra I/O, so that an erased family's username or a child's
    // details do not linger in a page's free space (erase-case-read-models.ts turns it fully on for an erasure).
    prepareDatabase: (db: { pragma(s: string): unknown }) => {
      db.pragma('synchronous = FULL');
      db.pragma('secure_delete = FAST');
      // A projection's multi-row upsert inside its page's transaction keeps a statement journal (every page it
      // changes, saved so the statement alone can roll back): in memory, not in a temporary file it writes and
      // reads back. In a first start that file took as many bytes as the write-ahead log itself.
      db.pragma('temp_store = MEMORY');
      // This connection checkpoints the log only once it holds 16,384 pages (64 MiB), not SQLite's 1,000: a
      // catch-up page's transaction dirties thousands, and checkpointing after each copied the same pages into the
      // file, with an fsync, page after page. The event store's own connection keeps the default, so under live
      // writes an append still checkpoints as before; the log file is cut back to 64 MiB after a checkpoint.
      db.pragma('wal_autocheckpoint = 16384');
      db.pragma('journal_size_limit = 67108864');
    },
    entities,
    synchronize: true,
  };
}

export type { EventStore };
