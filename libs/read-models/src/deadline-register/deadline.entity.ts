import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One statutory clock of one case, with every date that decides its status on a given day. */
@Entity('deadlines')
@Index(['la', 'dueOn'])
export class DeadlineEntity {
  /** caseId + '/' + deadlineId */
  @PrimaryColumn({ type: 'varchar', length: 200 })
  id!: string;

  @Index()
  @Column({ type: 'varchar', length: 64 })
  caseId!: string;

  @Column({ type: 'varchar', length: 120 })
  deadlineId!: string;

  @Column({ type: 'varchar', length: 3 })
  la!: string;

  @Column({ type: 'varchar', length: 40 })
  rule!: string;

  @Column({ type: 'varchar', length: 10 })
  kind!: string;

  @Column({ type: 'varchar', length: 200 })
  source!: string;

  @Column({ type: 'varchar', length: 10 })
  startedOn!: string;

  @Column({ type: 'varchar', length: 10 })
  dueOn!: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  closedOn!: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  exceptedOn!: string | null;

  @Column({ type: 'varchar', length: 60, nullable: true })
  exceptionGround!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  exceptionSource!: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  notApplicableOn!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  notApplicableWhy!: string | null;

  /** The day the watcher recorded the breach as an event, if it did. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  breachRecordedOn!: string | null;

  @Column({ type: 'varchar', length: 30 })
  lastPosition!: string;
}
