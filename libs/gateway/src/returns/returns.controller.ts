import { Controller, ForbiddenException, Get, Query, Res } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import type { Response } from 'express';
import {
  CurrentUser,
  InvalidRequestError,
  IsBusinessDate,
  Roles,
  type User,
  ApiProblems,
  ApiAnswer,
  Answer,
  ApiContentAnswer,
} from '@send/platform';
import { SEN2_MODULES, type Sen2Module, moduleCsv, returnXml } from '@send/read-models';
import { Sen2ReturnService, type Sen2Reconciliation } from './sen2-return.service.js';

export class Sen2Query {
  @ApiProperty({ description: 'The LA making the return (its three-digit code)', example: '202' })
  @Matches(/^\d{3}$/, { message: 'la must be an LA code of three digits' })
  la!: string;
  @ApiProperty({ description: 'The census (reference) date, YYYY-MM-DD: the survey day in January after the year reported on' })
  @IsBusinessDate()
  census!: string;
}

export class Sen2ReturnQuery extends Sen2Query {
  @ApiPropertyOptional({
    enum: SEN2_MODULES,
    description:
      'One module as CSV (text/csv); without it, the whole return as XML (application/xml, whatever the Accept header)',
  })
  @IsOptional()
  @IsIn(SEN2_MODULES, { message: `module must be one of ${SEN2_MODULES.join(', ')}` })
  module?: Sen2Module;
  @ApiPropertyOptional({
    enum: ['csv', 'xml'],
    description: 'csv needs a module; xml is the whole return (also Accept: application/xml)',
  })
  @IsOptional()
  @IsIn(['csv', 'xml'], { message: 'format must be csv or xml' })
  format?: 'csv' | 'xml';
}

/**
 * The DfE's SEN2 return, computed from events (docs/sen2.md). It carries children's names and dates of birth
 * and goes from the LA to the DfE, so only the LA's own managers may make it; nothing of it is logged.
 */
@ApiTags('returns')
@Controller('api/v1/returns/sen2')
export class ReturnsController {
  constructor(private readonly sen2: Sen2ReturnService) {}

  @Get()
  @Roles('manager')
  @ApiProduces('text/csv', 'application/xml')
  @ApiOperation({ summary: "The LA's SEN2 return as known at the census date: one module as CSV, or the whole return as XML" })
  @ApiProblems({ 400: true, 401: true, 403: true, 422: ['RETURNS.CENSUS_IN_FUTURE'] })
  @ApiContentAnswer(['text/csv', 'application/xml'])
  async return(
    @Query() q: Sen2ReturnQuery,
    @CurrentUser() user: User,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    ownLa(user, q.la);
    if (q.format === 'csv' && q.module === undefined)
      throw new InvalidRequestError([{ field: 'module', message: 'a CSV is of one module: give module' }]);
    if (q.module !== undefined && q.format === 'xml')
      throw new InvalidRequestError([{ field: 'format', message: 'the XML is the whole return: leave module out' }]);
    const ret = await this.sen2.build(q.la, q.census);
    res.setHeader('Cache-Control', 'no-store');
    if (q.module !== undefined) {
      send(res, 'text/csv; charset=utf-8', `sen2-${q.la}-${q.census}-${q.module}.csv`);
      return moduleCsv(ret, q.module);
    }
    send(res, 'application/xml; charset=utf-8', `sen2-${q.la}-${q.census}.xml`);
    return returnXml(ret);
  }

  @Get('reconciliation')
  @Roles('manager')
  @ApiOperation({ summary: "The SEN2 return's counts against the inclusion dashboard's, measure by measure" })
  @ApiProblems({ 400: true, 401: true, 403: true, 422: ['RETURNS.CENSUS_IN_FUTURE'] })
  @ApiAnswer(
    Answer.object({
      la: Answer.string(),
      census: Answer.string(),
      reportingYear: Answer.integer(),
      matches: Answer.boolean(),
      rows: Answer.list(
        Answer.object(
          {
            measure: Answer.string('The measure, as docs/sen2.md "Reconciliation" names it'),
            sen2: Answer.integer('The count in the return'),
            dashboard: Answer.integer("The inclusion dashboard's count"),
            matches: Answer.boolean(),
            note: Answer.string('Where the two count differently by design'),
          },
          ['note'],
        ),
      ),
    }),
  )
  async reconciliation(@Query() q: Sen2Query, @CurrentUser() user: User): Promise<Sen2Reconciliation> {
    ownLa(user, q.la);
    return this.sen2.reconciliation(q.la, q.census);
  }
}

function ownLa(user: User, la: string): void {
  if (user.la !== la) throw new ForbiddenException(`You are a manager of LA ${user.la ?? 'none'}, not ${la}.`);
}

function send(res: Response, type: string, filename: string): void {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
}
