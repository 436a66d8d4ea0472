import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Length, Matches, MaxLength } from 'class-validator';
import type { Request } from 'express';
import {
  ApiAnswer,
  ApiProblems,
  Answer,
  CASEWORK,
  CurrentUser,
  Public,
  Roles,
  ShownOnce,
  type User,
  readCorrelationId,
} from '@send/platform';
import { FamilyAccessService } from './family-access.service.js';

/** Family usernames: what a person can type and read back; an email address fits. */
export const FAMILY_USERNAME = /^[A-Za-z0-9][A-Za-z0-9._@+-]{2,99}$/;
/** At least 12 characters (NCSC: length over complexity rules); at most 200, which scrypt hashes quickly. */
export const FAMILY_PASSWORD_MIN = 12;

export class RedeemInvitationDto {
  @ApiProperty({ description: 'The code the council gave you, exactly as written' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  code!: string;

  @ApiProperty({
    example: 'parent@example.org',
    description: '3 to 100 letters, digits or . _ @ + -; starts with a letter or digit',
  })
  @IsString()
  @Matches(FAMILY_USERNAME, {
    message: 'username must be 3 to 100 letters, digits or . _ @ + -, starting with a letter or digit',
  })
  username!: string;

  @ApiProperty({ description: `At least ${FAMILY_PASSWORD_MIN} characters` })
  @IsString()
  @Length(FAMILY_PASSWORD_MIN, 200, { message: `password must be ${FAMILY_PASSWORD_MIN} to 200 characters` })
  password!: string;
}

const WRITTEN = {
  revision: Answer.integer('The revision of the family-access stream after the write'),
  events: Answer.list(Answer.object({ id: Answer.uuid(), type: Answer.string() })),
};

/**
 * The family's access to its case (docs/api.md "Family access"): the case's LA invites, sees and revokes it;
 * the family redeems its invitation once, for an account bound to that case alone.
 */
@ApiTags('family')
@Controller('api/v1')
export class FamilyInvitationsController {
  constructor(private readonly family: FamilyAccessService) {}

  @Post('cases/:caseId/family-invitations')
  @HttpCode(201)
  @Roles(...CASEWORK)
  @ShownOnce('code')
  @ApiOperation({
    summary: 'Invite the family to see its case: a one-time code, shown in this answer only, good for 14 days',
    description:
      'Only the SHA-256 of the code is kept. A retry with the same Idempotency-Key records nothing twice and answers without the code (`withheld: ["code"]`): issue a new invitation if the first answer was lost.',
  })
  @ApiParam({ name: 'caseId', format: 'uuid' })
  @ApiProblems({
    400: true,
    401: true,
    403: true,
    404: ['CASE.NOT_FOUND'],
    409: true,
    422: ['FAMILY.CASE_ERASED', 'IDEMPOTENCY.KEY_REUSED'],
  })
  @ApiAnswer(
    Answer.object(
      {
        caseId: Answer.uuid(),
        invitationId: Answer.uuid(),
        code: Answer.string('The one-time code to give the family; never shown again'),
        expiresOn: Answer.string('The last day the code can be used (YYYY-MM-DD)'),
        ...WRITTEN,
        withheld: Answer.list(Answer.string()),
      },
      ['code', 'withheld'],
    ),
    201,
  )
  invite(@Param('caseId', ParseUUIDPipe) caseId: string, @CurrentUser() user: User, @Req() req: Request) {
    return this.family.invite(user, caseId, readCorrelationId(req));
  }

  @Get('cases/:caseId/family-access')
  @Roles(...CASEWORK)
  @ApiOperation({ summary: "The family's invitations (never their codes) and the accounts made from them" })
  @ApiParam({ name: 'caseId', format: 'uuid' })
  @ApiProblems({ 400: true, 401: true, 403: true, 404: ['CASE.NOT_FOUND'] })
  @ApiAnswer(
    Answer.object({
      caseId: Answer.uuid(),
      invitations: Answer.list(
        Answer.object({
          invitationId: Answer.uuid(),
          issuedAt: Answer.string(),
          issuedBy: Answer.string(),
          expiresOn: Answer.string(),
          status: { type: 'string', enum: ['open', 'expired', 'redeemed', 'revoked'] },
        }),
      ),
      accounts: Answer.list(
        Answer.object({ username: Answer.string(), createdAt: Answer.string(), revokedAt: Answer.nullable(Answer.string()) }, []),
      ),
    }),
  )
  status(@Param('caseId', ParseUUIDPipe) caseId: string, @CurrentUser() user: User) {
    return this.family.status(user, caseId);
  }

  @Post('cases/:caseId/family-access/revoke')
  @HttpCode(201)
  @Roles(...CASEWORK)
  @ApiOperation({
    summary: "Revoke the family's access: every open invitation is withdrawn and every account closed at once",
  })
  @ApiParam({ name: 'caseId', format: 'uuid' })
  @ApiProblems({
    400: true,
    401: true,
    403: true,
    404: ['CASE.NOT_FOUND'],
    409: true,
    422: ['FAMILY.NOTHING_TO_REVOKE', 'IDEMPOTENCY.KEY_REUSED'],
  })
  @ApiAnswer(Answer.object({ caseId: Answer.uuid(), accountsClosed: Answer.integer(), ...WRITTEN }), 201)
  revoke(@Param('caseId', ParseUUIDPipe) caseId: string, @CurrentUser() user: User, @Req() req: Request) {
    return this.family.revoke(user, caseId, readCorrelationId(req));
  }

  @Post('family/invitations/redeem')
  @HttpCode(201)
  @Public()
  @ShownOnce('accessToken')
  @ApiOperation({
    summary:
      'Redeem an invitation once: makes a family account bound to that case and answers with a token for it; later sign in at POST /api/v1/auth/token',
  })
  @ApiProblems({
    400: true,
    404: ['FAMILY.INVITATION_NOT_FOUND'],
    409: true,
    422: [
      'FAMILY.INVITATION_ALREADY_USED',
      'FAMILY.INVITATION_EXPIRED',
      'FAMILY.INVITATION_REVOKED',
      'FAMILY.CASE_ERASED',
      'FAMILY.USERNAME_TAKEN',
      'IDEMPOTENCY.KEY_REUSED',
    ],
  })
  @ApiAnswer(
    Answer.object(
      {
        username: Answer.string('The username to sign in with, as kept (lower case)'),
        accessToken: Answer.string('A signed access token for the new account, as POST /api/v1/auth/token gives'),
        tokenType: { type: 'string', enum: ['Bearer'] },
        withheld: Answer.list(Answer.string()),
      },
      ['accessToken', 'tokenType', 'withheld'],
    ),
    201,
  )
  redeem(@Body() body: RedeemInvitationDto, @Req() req: Request) {
    return this.family.redeem(body, readCorrelationId(req));
  }
}
