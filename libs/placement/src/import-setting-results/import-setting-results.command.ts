import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { createHash } from 'node:crypto';
import { CaseWriter, InvalidRequestError, type User } from '@send/platform';
import { RESULTS_FORMAT_VERSION, resultsInForce } from '../domain/index.js';
import { registryResult, settingResultsTarget } from '../placement-command.js';
import { PlacementRegistry } from '../registry/placement-registry.js';
import { parseResultsFile } from './results-file.js';

export class ImportSettingResultsCommand {
  constructor(
    readonly input: { la: string; csv: string },
    readonly user: User,
    readonly correlationId: string,
    readonly expectedRevision?: number,
  ) {}
}

/**
 * An LA loads the results data of its settings (the 2022 green paper's "contextual" information beside each
 * setting's SEND make-up). The whole file is read and checked against the registry first: every bad row and
 * column comes back in one 400 and nothing is recorded; a good file is one event, the LA's next version.
 */
@CommandHandler(ImportSettingResultsCommand)
export class ImportSettingResultsHandler implements ICommandHandler<ImportSettingResultsCommand> {
  constructor(
    private readonly writer: CaseWriter,
    private readonly registry: PlacementRegistry,
  ) {}

  async execute({ input, user, correlationId, expectedRevision }: ImportSettingResultsCommand) {
    const settings = new Map((await this.registry.allSettings()).map((s) => [s.settingId, s]));
    const today = this.writer.today();
    const parsed = parseResultsFile(input.csv, { la: input.la, today, settings });
    if (!parsed.ok) throw new InvalidRequestError(parsed.errors);
    // The checksum of the file as sent (UTF-8), so that an LA can match a version to the file it holds.
    const sha256 = createHash('sha256').update(input.csv, 'utf8').digest('hex');
    const result = await this.writer.write(
      settingResultsTarget,
      { la: input.la, user, correlationId, expectedRevision },
      { type: 'ImportSettingResults', data: { la: input.la, sha256, formatVersion: RESULTS_FORMAT_VERSION, rows: parsed.rows } },
      { occurredAt: today },
    );
    const imported = resultsInForce((await this.registry.settingResults(input.la)).state, today);
    return {
      ...registryResult('la', input.la, result),
      version: imported?.version,
      importedOn: imported?.importedOn,
      sha256,
      rows: parsed.rows.length,
    };
  }
}
