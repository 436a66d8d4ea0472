import { Column, Entity, PrimaryColumn } from 'typeorm';

/** How far each projection or process manager has read the event log (a global position). */
@Entity('checkpoints')
export class CheckpointEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 })
  name!: string;

  /** Decimal string: positions are 64-bit and must not pass through a JS number. */
  @Column({ type: 'varchar', length: 30 })
  position!: string;
}
