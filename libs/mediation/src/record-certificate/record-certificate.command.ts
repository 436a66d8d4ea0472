import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseWriter, WriteResult } from '@send/platform';
import { CaseCommand, runMediation } from '../mediation-command.js';

export class RecordCertificateCommand extends CaseCommand<{ disputeId: string; issuedOn: string }> {}

/** CFA 2014 s.55(4)–(5): closes the certificate clock and may move the appeal window (HESC Rules r.20(1)(b)). */
@CommandHandler(RecordCertificateCommand)
export class RecordCertificateHandler implements ICommandHandler<RecordCertificateCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  execute(c: RecordCertificateCommand): Promise<WriteResult> {
    return runMediation(this.writer, c, { type: 'RecordCertificate', data: c.input }, c.input.issuedOn);
  }
}
