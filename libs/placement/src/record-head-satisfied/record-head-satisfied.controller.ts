import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CorrelationId, CurrentUser, IfMatch, IsBusinessDate, Roles, type User } from '@send/platform';
import { REGISTRY_WRITERS } from '../placement-http.js';
import { PlacementRegistry } from '../registry/placement-registry.js';
import { RecordHeadSatisfiedCommand } from './record-head-satisfied.command.js';

export class RecordHeadSatisfiedDto {
  @ApiProperty({ example: '2025-09-15' }) @IsBusinessDate() satisfiedOn!: string;
}

@ApiTags('placement')
@Controller('api/v1/settings/:settingId/senco/head-satisfaction')
export class RecordHeadSatisfiedController {
  constructor(
    private readonly commands: CommandBus,
    private readonly registry: PlacementRegistry,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...REGISTRY_WRITERS)
  @ApiOperation({ summary: "Record the head's satisfaction that the SENCo's qualification is under way" })
  async record(
    @Param('settingId') settingId: string,
    @Body() body: RecordHeadSatisfiedDto,
    @CurrentUser() user: User,
    @CorrelationId() correlationId: string,
    @IfMatch() expectedRevision?: number,
  ) {
    const setting = await this.registry.settingToChange(user, settingId);
    return this.commands.execute(
      new RecordHeadSatisfiedCommand({
        settingId: setting.settingId,
        la: setting.la,
        input: { ...body },
        user,
        correlationId,
        expectedRevision,
      }),
    );
  }
}
