import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CorrelationId, CurrentUser, IfMatch, IsBusinessDate, NOT_BLANK, Roles, type User } from '@send/platform';
import { REGISTRY_WRITERS } from '../placement-http.js';
import { PlacementRegistry } from '../registry/placement-registry.js';
import { AppointSencoCommand } from './appoint-senco.command.js';

export class AppointSencoDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Matches(...NOT_BLANK) @MaxLength(200) name?: string;
  @ApiProperty({ example: '2024-09-01' }) @IsBusinessDate() appointedOn!: string;
  @ApiPropertyOptional({ description: 'Already holds the SENCo qualification (no clock starts); default false' })
  @IsOptional()
  @IsBoolean()
  qualified?: boolean;
  @ApiPropertyOptional({ example: '2024-09-15', description: 'The head recorded being satisfied the qualification is under way' })
  @IsOptional()
  @IsBusinessDate()
  headSatisfiedOn?: string;
}

@ApiTags('placement')
@Controller('api/v1/settings/:settingId/senco')
export class AppointSencoController {
  constructor(
    private readonly commands: CommandBus,
    private readonly registry: PlacementRegistry,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...REGISTRY_WRITERS)
  @ApiOperation({ summary: "Record the setting's SENCo; starts the 3-year qualification clock (SEND Regs 2014 reg 49)" })
  async appoint(
    @Param('settingId') settingId: string,
    @Body() body: AppointSencoDto,
    @CurrentUser() user: User,
    @CorrelationId() correlationId: string,
    @IfMatch() expectedRevision?: number,
  ) {
    const setting = await this.registry.settingToChange(user, settingId);
    const input = { ...body, qualified: body.qualified ?? false };
    return this.commands.execute(
      new AppointSencoCommand({ settingId: setting.settingId, la: setting.la, input, user, correlationId, expectedRevision }),
    );
  }
}
