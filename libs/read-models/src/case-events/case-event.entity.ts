import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A verbatim copy of every event of every context, for the gateway's history, verify and replay in the
 * distributed mode, where it holds no context's store. The record keeps its hashes, so the copy can be
 * verified link by link exactly as the store can.
 */
@Entity('case_events')
@Index(['caseId', 'streamId', 'revision'], { unique: true })
export class CaseEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  caseId!: string;

  @Column({ type: 'varchar', length: 120 })
  streamId!: string;

  @Column({ type: 'integer' })
  revision!: number;

  /** The event as stored, JSON, position as a decimal string. */
  @Column({ type: 'text' })
  record!: string;

  @Column({ type: 'varchar', length: 30 })
  lastPosition!: string;
}
