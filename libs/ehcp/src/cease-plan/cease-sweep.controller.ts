import { Controller, HttpCode, Inject, Optional, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  APP_CONFIG,
  type AppConfig,
  READ_YOUR_WRITES,
  type ReadYourWrites,
  Roles,
  ApiProblems,
  ApiAnswer,
  Answer,
} from '@send/platform';
import { CeaseSweep } from './cease-sweep.js';

@ApiTags('operations')
@Controller('api/v1/admin/ceasing')
export class CeaseSweepController {
  constructor(
    private readonly sweeper: CeaseSweep,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() @Inject(READ_YOUR_WRITES) private readonly readYourWrites?: ReadYourWrites,
  ) {}

  @Post('sweep')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary:
      'Cease now every plan whose time to appeal the cease decision has ended with no appeal, instead of waiting for the next scheduled sweep',
  })
  @ApiProblems({ 401: true, 403: true })
  @ApiAnswer(Answer.object({ ceased: Answer.integer('Plans ceased by this sweep'), cases: Answer.list(Answer.uuid()) }))
  async sweep() {
    const written = await this.sweeper.sweep();
    const events = written.flatMap((w) => w.events);
    if (events.length) await this.readYourWrites?.afterWrite(events, this.config.readYourWritesMs);
    return { ceased: written.length, cases: written.map((w) => w.caseId) };
  }
}
