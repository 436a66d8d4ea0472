import { DataSource } from 'typeorm';
import { DEADLINE_EVENT_TYPES } from '@send/statutory';
import { CaseSummaryEntity } from './case-summary/case-summary.entity.js';
import { CaseSummaryRow, caseSummaryKeyOf, evolveCaseSummary } from './case-summary/case-summary.projection.js';
import { DeadlineEntity } from './deadline-register/deadline.entity.js';
import { DeadlineRow, deadlineRowId, evolveDeadline } from './deadline-register/deadline-register.projection.js';
import { CheckpointEntity } from './runner/checkpoint.entity.js';
import { CaseEventEntity } from './case-events/case-event.entity.js';
import { CaseEventRow, evolveCaseEvent } from './case-events/case-events.projection.js';
import { TypeOrmProjection } from './runner/typeorm-projection.js';
import { BundleRecordEntity } from './bundles/bundle-record.entity.js';
import { InclusionFactEntity } from './inclusion/inclusion-fact.entity.js';
import { InclusionFactRow, evolveInclusionFact, inclusionFactKeyOf } from './inclusion/inclusion-facts.projection.js';

/** Every TypeORM entity of the read side, for the DataSource of either database. */
export const READ_MODEL_ENTITIES = [
  CaseSummaryEntity,
  DeadlineEntity,
  CheckpointEntity,
  CaseEventEntity,
  BundleRecordEntity,
  InclusionFactEntity,
];

export function caseSummaryProjection(db: DataSource) {
  return new TypeOrmProjection<CaseSummaryRow>(db, {
    name: 'case-summary',
    entity: CaseSummaryEntity,
    primaryKey: 'caseId',
    keyOf: caseSummaryKeyOf,
    evolve: evolveCaseSummary,
  });
}

export function deadlineRegisterProjection(db: DataSource) {
  return new TypeOrmProjection<DeadlineRow>(db, {
    name: 'deadline-register',
    entity: DeadlineEntity,
    primaryKey: 'id',
    keyOf: (e) =>
      DEADLINE_EVENT_TYPES.has(e.type) ? deadlineRowId(e.caseId, (e.data as { deadlineId: string }).deadlineId) : undefined,
    evolve: evolveDeadline,
  });
}

/** The gateway's copy of every event (distributed mode), keyed by event id. */
export function caseEventsProjection(db: DataSource) {
  return new TypeOrmProjection<CaseEventRow>(db, {
    name: 'case-events',
    entity: CaseEventEntity,
    primaryKey: 'id',
    keyOf: (e) => e.id,
    evolve: evolveCaseEvent,
  });
}

/** The facts the inclusion dashboards and the SEN2 return count, one row per event (docs/dashboards.md). */
export function inclusionFactsProjection(db: DataSource) {
  return new TypeOrmProjection<InclusionFactRow>(db, {
    name: 'inclusion-facts',
    entity: InclusionFactEntity,
    primaryKey: 'eventId',
    keyOf: inclusionFactKeyOf,
    evolve: evolveInclusionFact,
  });
}
