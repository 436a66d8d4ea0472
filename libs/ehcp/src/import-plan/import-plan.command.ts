import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { CaseWriter, type User, type WriteResult } from '@send/platform';
import { EhcpErrors, refuse } from '../domain/index.js';
import { ehcpTarget } from '../ehcp-command.js';
import { importedCaseId, importedPlanOf, planHash, type PlanDocument } from '../plan-format/plan-document.js';

/** A document that has passed the format's schema; la is the importing caseworker's LA. */
export class ImportPlanCommand {
  constructor(
    readonly input: { document: PlanDocument; la: string },
    readonly user: User,
    readonly correlationId: string,
  ) {}
}

/**
 * Records a plan received from another council as the starting version of a case of the receiving LA
 * (docs/plan-format.md "Import"): the hash must be the plan's, a transfer it names must be to this LA,
 * and the case is named by LA and hash, so the same plan imported twice is recorded once.
 */
@CommandHandler(ImportPlanCommand)
export class ImportPlanHandler implements ICommandHandler<ImportPlanCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}

  execute({ input, user, correlationId }: ImportPlanCommand): Promise<WriteResult> {
    const { document, la } = input;
    const actual = planHash(document.plan);
    if (actual !== document.sha256) {
      refuse(EhcpErrors.IMPORT_HASH_MISMATCH, 'the plan is not the one its sha256 seals: it was changed after export', {
        field: 'sha256',
        sha256: actual,
      });
    }
    if (document.transfer && document.transfer.toLa !== la) {
      refuse(EhcpErrors.IMPORT_NOT_FOR_YOUR_LA, `the plan is being transferred to LA ${document.transfer.toLa}`, {
        field: 'transfer.toLa',
      });
    }
    const caseId = importedCaseId(la, document.sha256);
    const data = importedPlanOf(document, { caseId, la, importedOn: this.writer.today() });
    return this.writer.write(ehcpTarget, { caseId, la, user, correlationId }, { type: 'ImportPlan', data });
  }
}
