import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { StoredEvent } from '@send/kernel';
import { CheckpointedProcessManager, eventData, send } from '@send/read-models';
import type { SectionI } from '../domain/index.js';
import { NameSettingCommand } from './name-setting.command.js';

/**
 * Placement allocated a place → the setting goes in section I, and the final plan, which needs section I,
 * can be issued. The decider ignores a repeat of the same allocation, so redelivery changes nothing.
 */
@Injectable()
export class NameSettingProcessManager extends CheckpointedProcessManager {
  readonly name = 'ehcp.name-setting';
  protected readonly reactsTo: ReadonlySet<string> = new Set(['PlaceAllocated']);

  constructor(commands: CommandBus, @InjectDataSource() db: DataSource) {
    super(commands, db);
  }

  protected commandsFor(event: StoredEvent) {
    const data = eventData(event.data);
    const settingId = data.text('settingId');
    const type = data.text('type') as SectionI['type'] | undefined;
    if (settingId === undefined || type === undefined) return [];
    const name = data.text('name');
    const setting: SectionI = { type, settingId, ...(name ? { name } : {}) };
    const namedOn = data.date('decidedOn', 'allocatedOn') ?? event.occurredAt.slice(0, 10);
    return [send(NameSettingCommand, { setting, namedOn, sourceEventId: event.id })];
  }
}
