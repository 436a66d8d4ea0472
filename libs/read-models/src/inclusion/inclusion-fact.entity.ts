import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One fact the inclusion dashboards and the SEN2 return read, one row per event (docs/dashboards.md). It holds
 * only the fields the figures and the return need, the child's details among them: this table is in the LA's own
 * read-model database and is never shown; what leaves it are counts.
 */
@Entity('inclusion_facts')
@Index('IDX_inclusion_facts_la', ['la'])
@Index('IDX_inclusion_facts_case', ['caseId'])
export class InclusionFactEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  eventId!: string;

  /** '' for an LA's own streams (its high-needs budget). */
  @Column({ type: 'varchar', length: 64 })
  caseId!: string;

  @Column({ type: 'varchar', length: 3 })
  la!: string;

  @Column({ type: 'varchar', length: 60 })
  type!: string;

  /** The event's business date (YYYY-MM-DD): received, decided, issued, met on. */
  @Column({ type: 'varchar', length: 10 })
  on!: string;

  @Column({ type: 'varchar', length: 30 })
  position!: string;

  /** JSON of the fields the figures and the return read. */
  @Column({ type: 'text' })
  data!: string;

  @Column({ type: 'varchar', length: 30 })
  lastPosition!: string;
}
