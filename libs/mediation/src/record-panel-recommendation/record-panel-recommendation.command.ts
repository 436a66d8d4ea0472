import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { CaseCommand, CaseWriter, WriteResult } from '@send/platform';
import { PanelVerdict } from '../domain/index.js';
import { mediationTarget } from '../mediation-command.js';

export class RecordPanelRecommendationCommand extends CaseCommand<{
  recommendation: PanelVerdict;
  meetingOn: string;
  notes?: string;
}> {}

/** A multi-agency panel's view on whether to assess (2022 green paper); returns recommendationId. */
@CommandHandler(RecordPanelRecommendationCommand)
export class RecordPanelRecommendationHandler implements ICommandHandler<RecordPanelRecommendationCommand, WriteResult> {
  constructor(private readonly writer: CaseWriter) {}
  async execute(c: RecordPanelRecommendationCommand): Promise<WriteResult> {
    const recommendationId = randomUUID();
    const { recommendation, meetingOn, notes } = c.input;
    const data = { recommendationId, recommendation, meetingOn, ...(notes === undefined ? {} : { notes }) };
    const result = await this.writer.write(
      mediationTarget,
      c,
      { type: 'RecordPanelRecommendation', data },
      { occurredAt: meetingOn },
    );
    return { ...result, recommendationId };
  }
}
