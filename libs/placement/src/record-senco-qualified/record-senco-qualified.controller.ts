import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { CorrelationId, CurrentUser, IfMatch, IsBusinessDate, Roles, type User } from '@send/platform';
import { REGISTRY_WRITERS } from '../placement-http.js';
import { PlacementRegistry } from '../registry/placement-registry.js';
import { RecordSencoQualifiedCommand } from './record-senco-qualified.command.js';

export class RecordSencoQualifiedDto {
  @ApiProperty({ example: '2026-07-01' }) @IsBusinessDate() qualifiedOn!: string;
}

@ApiTags('placement')
@Controller('api/v1/settings/:settingId/senco/qualification')
export class RecordSencoQualifiedController {
  constructor(
    private readonly commands: CommandBus,
    private readonly registry: PlacementRegistry,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...REGISTRY_WRITERS)
  @ApiOperation({ summary: 'Record that the SENCo gained the qualification; closes the senco-qualification clock' })
  async record(
    @Param('settingId') settingId: string,
    @Body() body: RecordSencoQualifiedDto,
    @CurrentUser() user: User,
    @CorrelationId() correlationId: string,
    @IfMatch() expectedRevision?: number,
  ) {
    const setting = await this.registry.settingToChange(user, settingId);
    return this.commands.execute(
      new RecordSencoQualifiedCommand({
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
