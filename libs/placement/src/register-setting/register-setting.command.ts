import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CaseWriter, type User } from '@send/platform';
import type { SettingProfile } from '../domain/index.js';
import { registryResult, settingTarget } from '../placement-command.js';

export class RegisterSettingCommand {
  constructor(
    readonly input: SettingProfile & { settingId?: string },
    readonly user: User,
    readonly correlationId: string,
  ) {}
}

/** Adds a setting to the registry the local inclusion plans and tailored lists draw on (green paper ch. 3). */
@CommandHandler(RegisterSettingCommand)
export class RegisterSettingHandler implements ICommandHandler<RegisterSettingCommand> {
  constructor(private readonly writer: CaseWriter) {}

  async execute({ input, user, correlationId }: RegisterSettingCommand) {
    const settingId = input.settingId ?? randomUUID();
    const data = { ...input, settingId };
    const result = await this.writer.write(
      settingTarget,
      { settingId, la: input.la, user, correlationId },
      { type: 'RegisterSetting', data },
      { occurredAt: this.writer.today() },
    );
    return registryResult('settingId', settingId, result);
  }
}
