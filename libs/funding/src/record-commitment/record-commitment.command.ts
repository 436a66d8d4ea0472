import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import type { CommitmentRecorded } from '../domain/index.js';
import { highNeedsTarget } from '../funding-command.js';

export class RecordCommitmentCommand extends CaseCommand<CommitmentRecorded['data'] & { occurredAt: string }> {}

/** From the process manager: a case's commitment, copied onto its LA's stream. */
@CommandHandler(RecordCommitmentCommand)
export class RecordCommitmentHandler implements ICommandHandler<RecordCommitmentCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}

  execute(c: RecordCommitmentCommand): Promise<WriteResult> {
    const { occurredAt, ...data } = c.input;
    return this.writer.write(highNeedsTarget, c, { type: 'RecordCommitment', data }, { occurredAt });
  }
}
