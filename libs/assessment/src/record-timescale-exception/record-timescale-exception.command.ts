import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import type { TimescaleExceptionInput } from '@send/statutory';
import { assessmentTarget } from '../assessment-command.js';

export class RecordTimescaleExceptionCommand extends CaseCommand<TimescaleExceptionInput> {}

/** Reg 5(4), 8(2), 10(4): a lawful ground, its evidence and whether the family was told. */
@CommandHandler(RecordTimescaleExceptionCommand)
export class RecordTimescaleExceptionHandler implements ICommandHandler<RecordTimescaleExceptionCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  async execute(c: RecordTimescaleExceptionCommand): Promise<WriteResult> {
    const exceptionId = randomUUID();
    const result = await this.writer.write(
      assessmentTarget,
      c,
      { type: 'RecordTimescaleException', data: { exceptionId, ...c.input } },
      { occurredAt: c.input.from, reason: c.input.evidence },
    );
    return { ...result, exceptionId };
  }
}
