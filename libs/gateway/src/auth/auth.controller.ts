import { Body, Controller, HttpCode, Post, UnauthorizedException } from '@nestjs/common';
import { ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Public, TokenService } from '@send/platform';

export class TokenRequestDto {
  @ApiProperty({ example: 'caseworker@202' }) @IsString() @IsNotEmpty() @MaxLength(200) username!: string;
  @ApiProperty({ example: 'demo' }) @IsString() @IsNotEmpty() @MaxLength(200) password!: string;
}

@ApiTags('auth')
@Controller('api/v1/auth')
export class AuthController {
  constructor(private readonly tokens: TokenService) {}

  @Post('token')
  @HttpCode(200)
  @Public()
  @ApiOperation({ summary: 'Exchange a username and password for a signed access token (demo users in demo mode)' })
  token(@Body() body: TokenRequestDto): { accessToken: string; tokenType: 'Bearer' } {
    const user = this.tokens.login(body.username, body.password);
    if (!user) throw new UnauthorizedException('Unknown user or wrong password.');
    return { accessToken: this.tokens.issue(user), tokenType: 'Bearer' };
  }
}
