import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('case_summaries')
@Index(['la', 'stage'])
export class CaseSummaryEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  caseId!: string;

  @Column({ type: 'varchar', length: 3 })
  la!: string;

  @Column({ type: 'varchar', length: 40 })
  stage!: string;

  @Column({ type: 'varchar', length: 200 })
  givenName!: string;

  @Column({ type: 'varchar', length: 200 })
  familyName!: string;

  @Column({ type: 'varchar', length: 10 })
  dateOfBirth!: string;

  @Column({ type: 'varchar', length: 20 })
  requestedBy!: string;

  @Column({ type: 'varchar', length: 10 })
  requestedOn!: string;

  /** SEN2 code from section B of the latest issued plan: what the tailored list and dashboards need. */
  @Column({ type: 'varchar', length: 4, nullable: true })
  primaryNeed!: string | null;

  @Column({ type: 'integer', nullable: true })
  planVersion!: number | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  planStatus!: string | null;

  /** Section I as issued: { type, settingId?, name? } as JSON. */
  @Column({ type: 'text', nullable: true })
  planSetting!: string | null;

  /** The LA a pending transfer of the plan is going to (Reg 15): it may see the case to accept it. */
  @Column({ type: 'varchar', length: 3, nullable: true })
  transferTo!: string | null;

  /** The LAs that maintained the plan before, as a JSON array: each reads only its own part of the record. */
  @Column({ type: 'text', nullable: true })
  formerLas!: string | null;

  @Column({ type: 'integer', default: -1 })
  assessmentRevision!: number;

  @Column({ type: 'integer', default: -1 })
  ehcpRevision!: number;

  @Column({ type: 'varchar', length: 30 })
  lastPosition!: string;
}
