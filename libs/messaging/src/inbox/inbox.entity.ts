import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One message a consumer has applied. The primary key is the dedupe: a second delivery cannot insert it again. */
@Entity('inbox')
export class InboxEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  consumer!: string;

  @PrimaryColumn({ type: 'varchar', length: 64 })
  eventId!: string;

  /** ISO 8601 instant, stored as text like the other read-model timestamps so SQLite and PostgreSQL agree. */
  @Column({ type: 'varchar', length: 40 })
  processedAt!: string;
}

export const MESSAGING_ENTITIES = [InboxEntity];
