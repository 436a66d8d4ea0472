import { Body, Controller, HttpCode, Post, UnauthorizedException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { FamilyAccounts, LoginThrottle, Public, TokenService, ApiProblems } from '@send/platform';

export class TokenRequestDto {
  @ApiProperty({ example: 'caseworker@202' }) @IsString() @IsNotEmpty() @MaxLength(200) username!: string;
  @ApiProperty({ example: 'demo' }) @IsString() @IsNotEmpty() @MaxLength(200) password!: string;
}

export class TokenAnswerDto {
  @ApiProperty({ description: 'A signed access token, sent as Authorization: Bearer …' }) accessToken!: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType!: 'Bearer';
}

@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
    private readonly families: FamilyAccounts,
  ) {}

  @Post('token')
  @HttpCode(200)
  @Public()
  @ApiOperation({
    summary: 'Exchange a username and password for a signed access token (demo users in demo mode; family accounts always)',
    description:
      'After 5 wrong passwords for a username within 15 minutes, that username is refused with 429 AUTH.TOO_MANY_ATTEMPTS and a Retry-After header until the window ends.',
  })
  @ApiOkResponse({ type: TokenAnswerDto })
  @ApiProblems({ 400: true, 401: true, 429: true })
  async token(@Body() body: TokenRequestDto): Promise<{ accessToken: string; tokenType: 'Bearer' }> {
    await this.throttle.check(body.username);
    // Family accounts are real users in every mode (docs/architecture.md "Security"), throttled alike.
    const user = this.tokens.login(body.username, body.password) ?? (await this.families.login(body.username, body.password));
    if (!user) {
      await this.throttle.failed(body.username);
      throw new UnauthorizedException('Unknown user or wrong password.');
    }
    await this.throttle.succeeded(body.username);
    return { accessToken: this.tokens.issue(user), tokenType: 'Bearer' };
  }
}
