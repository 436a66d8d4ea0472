import { StoredEvent } from '@send/kernel';
import { DataSource } from 'typeorm';
import { CheckpointEntity } from './checkpoint.entity.js';
import { saveCheckpoint } from './typeorm-projection.js';
import { EventSubscriber } from './event-subscriber.js';

/** The actor a process manager's commands name: the process itself, in the system role. */
export const processActor = (name: string) => ({ id: `process:${name}`, role: 'system' as const });

/** What the base gives every command a process manager sends (the fields of a case command). */
export interface ProcessCommandOptions<I> {
  readonly caseId: string;
  readonly la: string;
  readonly input: I;
  readonly user: ReturnType<typeof processActor>;
  readonly correlationId: string;
  readonly causationId: string;
}

export type ProcessCommandClass<I> = new (options: ProcessCommandOptions<I>) => object;

/** One command an event calls for: its class and input, and the case it is about when not the event's own. */
export interface ProcessCommand {
  readonly Command: ProcessCommandClass<never>;
  readonly input: unknown;
  readonly about?: { readonly caseId: string; readonly la: string };
}

/** A command to send, with its input checked against its class. */
export function send<I>(Command: ProcessCommandClass<I>, input: I, about?: ProcessCommand['about']): ProcessCommand {
  return { Command: Command as ProcessCommandClass<never>, input, ...(about ? { about } : {}) };
}

/** Where the commands go: the Nest CommandBus, or a fake in a unit test. */
export interface CommandSender {
  execute(command: object): Promise<unknown>;
}

/**
 * Base for process managers fed from the local log: react, then move the checkpoint. If the process
 * dies between the two, the event is handled again on restart, so every reaction must be idempotent
 * (the target deciders return no events for a command already applied).
 *
 * A process manager declares the event types it reacts to and maps an event to zero or more commands;
 * the base sends each as the process (`process:<name>`, role system), under the event's correlation id,
 * caused by the event, about the event's case unless the command names another (docs/architecture.md
 * "Process managers").
 */
export abstract class CheckpointedProcessManager implements EventSubscriber {
  abstract readonly name: string;
  /** The event types this process manager reacts to; every other event passes by. */
  protected abstract readonly reactsTo: ReadonlySet<string>;
  /** The commands an event of one of those types calls for: none, one or several. */
  protected abstract commandsFor(event: StoredEvent): readonly ProcessCommand[] | Promise<readonly ProcessCommand[]>;

  constructor(
    protected readonly commands: CommandSender,
    protected readonly db: DataSource,
  ) {}

  async handle(event: StoredEvent): Promise<void> {
    if (await this.react(event)) {
      await saveCheckpoint(this.db.manager, this.name, event.position);
    }
  }

  mayReactTo(eventType: string): boolean {
    return this.reactsTo.has(eventType);
  }

  /** The reaction alone, for a feed that keeps its own position (a Kafka consumer group's offset). */
  reactTo(event: StoredEvent): Promise<boolean> {
    return this.react(event);
  }

  async checkpoint(): Promise<bigint> {
    const row = await this.db.getRepository(CheckpointEntity).findOneBy({ name: this.name });
    return BigInt(row?.position ?? '0');
  }

  /** True when the event called for commands, all of them sent. */
  private async react(event: StoredEvent): Promise<boolean> {
    if (!this.reactsTo.has(event.type)) return false;
    const commands = await this.commandsFor(event);
    for (const { Command, input, about } of commands) {
      await this.commands.execute(
        new Command({
          caseId: about?.caseId ?? event.caseId,
          la: about?.la ?? event.la,
          input: input as never,
          user: processActor(this.name),
          correlationId: event.correlationId,
          causationId: event.id,
        }),
      );
    }
    return commands.length > 0;
  }
}
