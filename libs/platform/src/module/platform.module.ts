import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CLOCK, Clock, systemClock } from '@send/kernel';
import { EVENT_STORE, EventStore } from '@send/event-store';
import {
  CaseQueries,
  EVENT_SUBSCRIBERS,
  EventSubscriber,
  READ_MODEL_ENTITIES,
  SubscriptionRunner,
  caseSummaryProjection,
  deadlineRegisterProjection,
} from '@send/read-models';
import { APP_CONFIG, AppConfig } from '../config/app-config.js';
import { AuthGuard } from '../auth/auth.guard.js';
import { TokenService } from '../auth/token.service.js';
import { ProblemFilter } from '../http/problem.filter.js';
import { BodyDepthInterceptor } from '../http/body-depth.interceptor.js';
import { IdempotencyRecordEntity } from '../idempotency/idempotency-record.entity.js';
import { IdempotencyInterceptor } from '../idempotency/idempotency.interceptor.js';
import { CaseAccess } from '../write/case-access.js';
import { CaseWriter } from '../write/case-writer.js';
import { CaseCommands } from '../write/case-request.js';
import { openEventStore } from './open-event-store.js';

export interface PlatformOptions {
  readonly config: AppConfig;
  readonly clock?: Clock;
  /** Process managers of the contexts this process runs; projections are always included. */
  readonly processManagers?: readonly (new (...args: never[]) => EventSubscriber)[];
}

/**
 * Everything a context needs from the outside world, chosen by configuration in one place: the event
 * store adapter, the read-model database, auth, errors, idempotency and the subscription runner.
 */
@Global()
@Module({})
export class PlatformModule {
  static forRoot(options: PlatformOptions): DynamicModule {
    const { config } = options;
    const pms = options.processManagers ?? [];
    const providers: Provider[] = [
      { provide: APP_CONFIG, useValue: config },
      { provide: CLOCK, useValue: options.clock ?? systemClock },
      { provide: EVENT_STORE, useFactory: () => openEventStore(config) },
      ...pms,
      {
        provide: EVENT_SUBSCRIBERS,
        inject: [DataSource, ...pms],
        useFactory: (db: DataSource, ...managers: EventSubscriber[]) => [
          caseSummaryProjection(db),
          deadlineRegisterProjection(db),
          ...managers,
        ],
      },
      SubscriptionRunner,
      CaseQueries,
      CaseAccess,
      CaseWriter,
      CaseCommands,
      TokenService,
      { provide: APP_GUARD, useClass: AuthGuard },
      { provide: APP_FILTER, useClass: ProblemFilter },
      // Order matters: the depth check must run before anything walks the body.
      { provide: APP_INTERCEPTOR, useClass: BodyDepthInterceptor },
      { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
    ];
    return {
      module: PlatformModule,
      imports: [
        CqrsModule.forRoot(),
        TypeOrmModule.forRoot({
          ...(config.mode === 'embedded' || !config.postgresUrl
            ? {
                type: 'better-sqlite3' as const,
                database: config.sqliteFile,
                enableWAL: true,
                busyTimeout: 5000,
                // Idempotency records live here too: a retry after a power cut must still find them.
                prepareDatabase: (db: { pragma(s: string): unknown }) => {
                  db.pragma('synchronous = FULL');
                },
              }
            : { type: 'postgres' as const, url: config.postgresUrl }),
          entities: [...READ_MODEL_ENTITIES, IdempotencyRecordEntity],
          synchronize: true,
        }),
      ],
      providers,
      exports: [
        APP_CONFIG,
        CLOCK,
        EVENT_STORE,
        SubscriptionRunner,
        CaseQueries,
        CaseAccess,
        CaseWriter,
        CaseCommands,
        TokenService,
        ...pms,
      ],
    };
  }
}

export type { EventStore };
