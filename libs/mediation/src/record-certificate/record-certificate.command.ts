import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { mediationTarget } from '../mediation-command.js';

export class RecordCertificateCommand extends CaseCommand<{ disputeId: string; issuedOn: string }> {}

/** CFA 2014 s.55(4)–(5): closes the certificate clock and may move the appeal window (HESC Rules r.20(1)(b)). */
@CommandHandler(RecordCertificateCommand)
export class RecordCertificateHandler implements ICommandHandler<RecordCertificateCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: RecordCertificateCommand): Promise<WriteResult> {
    return this.writer.write(mediationTarget, c, { type: 'RecordCertificate', data: c.input }, { occurredAt: c.input.issuedOn });
  }
}
