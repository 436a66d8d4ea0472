import { Injectable } from '@nestjs/common';
import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { StoredEvent } from '@send/kernel';
import { CheckpointedProcessManager } from '@send/read-models';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import type { SectionI } from '../domain/index.js';
import { runEhcp } from '../ehcp-command.js';

export class NameSettingCommand extends CaseCommand<{ setting: SectionI; namedOn: string; sourceEventId: string }> {}

@CommandHandler(NameSettingCommand)
export class NameSettingHandler implements ICommandHandler<NameSettingCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: NameSettingCommand): Promise<WriteResult> {
    return runEhcp(this.writer, c, { type: 'NameSetting', data: c.input }, c.input.namedOn);
  }
}

type Allocation = { settingId: string; name?: string; type: SectionI['type']; decidedOn?: string; allocatedOn?: string };

/**
 * Placement allocated a place → the setting goes in section I, and the final plan, which needs section I,
 * can be issued. The decider ignores a repeat of the same allocation, so redelivery changes nothing.
 */
@Injectable()
export class NameSettingProcessManager extends CheckpointedProcessManager {
  readonly name = 'ehcp.name-setting';

  constructor(
    private readonly commands: CommandBus,
    @InjectDataSource() db: DataSource,
  ) {
    super(db);
  }

  protected async react(event: StoredEvent): Promise<boolean> {
    if (event.type !== 'PlaceAllocated') return false;
    const a = event.data as Allocation;
    const setting: SectionI = { type: a.type, settingId: a.settingId, ...(a.name ? { name: a.name } : {}) };
    const namedOn = a.decidedOn ?? a.allocatedOn ?? event.occurredAt.slice(0, 10);
    await this.commands.execute(
      new NameSettingCommand({
        caseId: event.caseId,
        la: event.la,
        input: { setting, namedOn, sourceEventId: event.id },
        user: { id: 'process:ehcp.name-setting', role: 'system' },
        correlationId: event.correlationId,
        causationId: event.id,
      }),
    );
    return true;
  }
}
