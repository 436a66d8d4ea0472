import { Inject, Optional } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CLOCK, type Clock, DomainError } from '@send/kernel';
import {
  CaseCommand,
  CaseWriter,
  KEY_STORE,
  type KeyStore,
  PERSONAL_DATA_ERASERS,
  type PersonalDataEraser,
  WriteResult,
} from '@send/platform';
import { eraseCaseReadModels } from '@send/read-models';
import { AssessmentErrors, type ErasureGround, type RetentionRule } from '../domain/index.js';
import { assessmentTarget } from '../assessment-command.js';
import { RETENTION_RULE } from './retention-policy.js';

export class ErasePersonalDataCommand extends CaseCommand<{ ground: ErasureGround; source: string }> {}

/**
 * Erasure destroys the child's data key and nothing else (docs/architecture.md "Security"): the record keeps every
 * event, now unreadable where it was personal, and says when, why and by whom it was erased. The event is
 * appended first, so a key is never gone without its record; a repeat (say after a crash between the two) is
 * refused as already erased but finishes the destruction. A case recorded before encryption at rest has no key:
 * its erasure can only clear the read models, and the event says so (scope read-models-only).
 */
@CommandHandler(ErasePersonalDataCommand)
export class ErasePersonalDataHandler implements ICommandHandler<ErasePersonalDataCommand, WriteResult> {
  constructor(
    private readonly writer: CaseWriter,
    @Inject(KEY_STORE) private readonly keys: KeyStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @InjectDataSource() private readonly db: DataSource,
    @Inject(RETENTION_RULE) private readonly retention: RetentionRule,
    @Optional() @Inject(PERSONAL_DATA_ERASERS) private readonly erasers: readonly PersonalDataEraser[] = [],
  ) {}

  async execute(c: ErasePersonalDataCommand): Promise<WriteResult> {
    const scope = (await this.keys.status(c.caseId)) === 'none' ? 'read-models-only' : 'key-destroyed';
    const erasedOn = this.writer.today();
    // The decider checks that the period has ended, under the rule in force.
    const retention = c.input.ground === 'retention-period-ended' ? { retention: this.retention } : {};
    try {
      const result = await this.writer.write(
        assessmentTarget,
        c,
        { type: 'ErasePersonalData', data: { ...c.input, erasedOn, scope, ...retention } },
        { occurredAt: erasedOn },
      );
      await this.destroy(c.caseId);
      return result;
    } catch (error) {
      if (error instanceof DomainError && error.code === AssessmentErrors.PERSONAL_DATA_ALREADY_ERASED)
        await this.destroy(c.caseId);
      throw error;
    }
  }

  private async destroy(caseId: string): Promise<void> {
    await this.keys.destroy(caseId, this.clock.now());
    for (const eraser of this.erasers) await eraser.erase(caseId);
    // Last: on the embedded file it also empties the write-ahead log of what the erasers deleted.
    await eraseCaseReadModels(this.db, caseId);
  }
}
