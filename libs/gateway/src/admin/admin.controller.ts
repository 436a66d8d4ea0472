import { Controller, HttpCode, Optional, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotFoundError } from '@send/kernel';
import { Roles, ApiProblems, ApiAnswer, Answer } from '@send/platform';
import { SubscriptionRunner } from '@send/read-models';
import { DeadlineWatcher } from '../deadline-watcher/deadline-watcher.js';

@ApiTags('operations')
@Controller('api/v1/admin')
export class AdminController {
  constructor(
    private readonly runner: SubscriptionRunner,
    @Optional() private readonly watcher?: DeadlineWatcher,
  ) {}

  @Post('projections/:name/rebuild')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Rebuild one read model from position 0; answers when it has caught up' })
  @ApiProblems({ 401: true, 403: true, 404: ['ADMIN.UNKNOWN_PROJECTION'] })
  @ApiAnswer(Answer.object({ name: Answer.string(), position: Answer.string() }))
  async rebuild(@Param('name') name: string) {
    if (!this.runner.list().some((s) => s.name === name))
      throw new NotFoundError('ADMIN.UNKNOWN_PROJECTION', `No projection ${name}.`);
    return this.runner.rebuild(name);
  }

  @Post('deadlines/sweep')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({ summary: 'Record every breach due by today now, instead of waiting for the next scheduled sweep' })
  @ApiProblems({ 401: true, 403: true, 404: ['ADMIN.NO_WATCHER'] })
  @ApiAnswer(Answer.object({ recorded: Answer.integer('Breaches recorded') }))
  async sweep() {
    if (!this.watcher)
      throw new NotFoundError('ADMIN.NO_WATCHER', 'The deadline watcher runs in the assessment service, not here.');
    return { recorded: await this.watcher.sweep() };
  }
}
