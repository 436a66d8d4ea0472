import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { AppealableDecision } from '../domain/index.js';
import { mediationTarget } from '../mediation-command.js';

export class OpenAppealRightsCommand extends CaseCommand<{
  decision: AppealableDecision;
  decisionLetterOn: string;
  sourceEventId: string;
}> {}

/** From the appeal-rights process manager only; idempotent per source event in the decider. */
@CommandHandler(OpenAppealRightsCommand)
export class OpenAppealRightsHandler implements ICommandHandler<OpenAppealRightsCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: OpenAppealRightsCommand): Promise<WriteResult> {
    const data = { rightsId: randomUUID(), ...c.input };
    return this.writer.write(mediationTarget, c, { type: 'OpenAppealRights', data }, { occurredAt: c.input.decisionLetterOn });
  }
}
