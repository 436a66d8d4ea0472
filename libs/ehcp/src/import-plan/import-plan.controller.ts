import { Body, Controller, ForbiddenException, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { planFormatOpenApi } from '../plan-format/plan-format.openapi.js';
import type { Response } from 'express';
import {
  ApiProblems,
  ApiWriteAnswer,
  CASEWORK,
  CorrelationId,
  CurrentUser,
  InvalidRequestError,
  Roles,
  type User,
  WriteAnswerDto,
  type WriteResult,
} from '@send/platform';
import { planFormatErrors } from '../plan-format/plan-format.validator.js';
import type { PlanDocument } from '../plan-format/plan-document.js';
import { ImportPlanCommand } from './import-plan.command.js';

@ApiTags('plan')
@Controller('api/v1/plan-imports')
export class ImportPlanController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  @Roles(...CASEWORK)
  @ApiOperation({
    summary:
      'Import an EHC plan exported by another council (GET …/plan/export, docs/plan-format.md): validated against the ' +
      'published schema (400 naming JSON pointers), its sha256 checked (422 EHCP.IMPORT_HASH_MISMATCH); starts a case ' +
      'of the caseworker’s LA with the plan as its starting version and its provenance; the same plan again records ' +
      'nothing and answers 200 with the same caseId',
  })
  @ApiBody({ schema: planFormatOpenApi() })
  @ApiWriteAnswer()
  @ApiResponse({
    status: 200,
    description: 'Imported before by this LA: nothing recorded, the case it started',
    type: WriteAnswerDto,
  })
  @ApiProblems({
    400: true,
    401: true,
    403: true,
    413: true,
    422: [
      'DATE.IN_THE_FUTURE',
      'EHCP.IMPORT_CASE_EXISTS',
      'EHCP.IMPORT_FROM_SAME_LA',
      'EHCP.IMPORT_HASH_MISMATCH',
      'EHCP.IMPORT_NEEDS_FINAL_PLAN',
      'EHCP.IMPORT_NOT_FOR_YOUR_LA',
      'EHCP.IMPORT_VERSIONS_OUT_OF_ORDER',
      'IDEMPOTENCY.KEY_REUSED',
    ],
  })
  async import(
    @Body() body: unknown,
    @CurrentUser() user: User,
    @CorrelationId() correlationId: string,
    @Res({ passthrough: true }) res: Response,
  ): Promise<WriteResult> {
    // The plan becomes a case of the importer's LA: a user of no LA (a national role) has none to import into.
    if (user.la === undefined) throw new ForbiddenException('Only a caseworker of an LA can import a plan into it.');
    const errors = planFormatErrors(body);
    if (errors.length > 0) throw new InvalidRequestError(errors);
    const document = body as PlanDocument;
    const result = await this.commands.execute<ImportPlanCommand, WriteResult>(
      new ImportPlanCommand({ document, la: user.la }, user, correlationId),
    );
    // Imported before: nothing recorded, the case it started answered (docs/plan-format.md "Import").
    if (result.events.length === 0) res.status(200);
    return result;
  }
}
