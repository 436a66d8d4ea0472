import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Answer, ApiAnswer, ApiProblems, Roles } from '@send/platform';
import { RetentionSweep } from './retention-sweep.js';

@ApiTags('operations')
@Controller('api/v1/admin/retention')
export class RetentionSweepController {
  constructor(private readonly sweeper: RetentionSweep) {}

  /** An operator's trigger for the scheduled sweep: it erases only what the rule in force says is past retention. */
  @Post('sweep')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Erase now every case whose retention period has ended, instead of waiting for the next scheduled sweep',
  })
  @ApiProblems({ 401: true, 403: true })
  @ApiAnswer(Answer.object({ erased: Answer.integer('Cases erased by this sweep'), cases: Answer.list(Answer.uuid()) }))
  async sweep() {
    const written = await this.sweeper.sweep();
    return { erased: written.length, cases: written.map((w) => w.caseId) };
  }
}
