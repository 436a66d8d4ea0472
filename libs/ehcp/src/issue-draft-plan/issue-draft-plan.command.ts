import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore, foldStream } from '@send/event-store';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { StandardsCatalogue } from '@send/standards';
import { PlanSectionsInput, ehcpDecider, versionFindings } from '../domain/index.js';
import { ehcpTarget } from '../ehcp-command.js';
import { ehcpStream } from '../ehcp.stream.js';
import { checkBeyondStandards } from './beyond-standard.js';

export class IssueDraftPlanCommand extends CaseCommand<{ issuedOn: string; sections: PlanSectionsInput }> {}

/**
 * Reg 13(1): serve the draft plan; starts the family's 15-day period. The answer carries the draft's
 * non-blocking qualityFindings, read back from the version as recorded (with its outcome ids).
 */
@CommandHandler(IssueDraftPlanCommand)
export class IssueDraftPlanHandler implements ICommandHandler<IssueDraftPlanCommand, WriteResult> {
  constructor(
    private readonly writer: CaseWriter,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly standards: StandardsCatalogue,
  ) {}

  async execute(c: IssueDraftPlanCommand): Promise<WriteResult> {
    checkBeyondStandards(this.standards, c.input.sections, c.input.issuedOn);
    const result = await this.writer.write(
      ehcpTarget,
      c,
      { type: 'IssueDraftPlan', data: c.input },
      { occurredAt: c.input.issuedOn },
    );
    const state = foldStream(ehcpDecider, await this.store.readStream(ehcpStream(c.caseId)));
    const latest = state.status === 'none' ? undefined : state.versions.at(-1);
    return latest
      ? { ...result, version: latest.version, outcomes: latest.sections.E, qualityFindings: versionFindings(state, latest) }
      : result;
  }
}
