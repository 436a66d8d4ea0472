import { StoredEvent } from '@send/kernel';
import { DataSource } from 'typeorm';
import { CheckpointEntity } from './checkpoint.entity.js';
import { saveCheckpoint } from './typeorm-projection.js';
import { EventSubscriber } from './event-subscriber.js';

/**
 * Base for process managers fed from the local log: react, then move the checkpoint. If the process
 * dies between the two, the event is handled again on restart, so every reaction must be idempotent
 * (the target deciders return no events for a command already applied).
 */
export abstract class CheckpointedProcessManager implements EventSubscriber {
  abstract readonly name: string;
  protected abstract react(event: StoredEvent): Promise<boolean>;

  constructor(protected readonly db: DataSource) {}

  async handle(event: StoredEvent): Promise<void> {
    if (await this.react(event)) {
      await saveCheckpoint(this.db.manager, this.name, event.position);
    }
  }

  /** The reaction alone, for a feed that keeps its own position (a Kafka consumer group's offset). */
  reactTo(event: StoredEvent): Promise<boolean> {
    return this.react(event);
  }

  async checkpoint(): Promise<bigint> {
    const row = await this.db.getRepository(CheckpointEntity).findOneBy({ name: this.name });
    return BigInt(row?.position ?? '0');
  }
}
