import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A write's first response, kept so that a retry with the same Idempotency-Key gets it back unchanged. */
@Entity('idempotency_records')
export class IdempotencyRecordEntity {
  /** user id + key: two users may pick the same key without seeing each other's answers. */
  @PrimaryColumn({ type: 'varchar', length: 400 })
  scopedKey!: string;

  @Column({ type: 'varchar', length: 64 })
  requestHash!: string;

  @Column({ type: 'integer' })
  status!: number;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'varchar', length: 40 })
  createdAt!: string;
}
