import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { NotFoundError } from '@send/kernel';
import { CaseWriter, InvalidRequestError, Roles, ApiProblems, ApiAnswer, Answer } from '@send/platform';
import { isIsoDate } from '@send/statutory';
import { FundingErrors, PERIODS } from '../domain/index.js';
import { ReferenceCatalogue, type LoadedReference } from './reference-catalogue.js';

/** National reference data is no one's personal data: every signed-in role may read it. */
const READERS = ['caseworker', 'manager', 'auditor', 'tribunal', 'admin'] as const;

/** How quantities and money are counted, served beside the tariffs so that a priced plan can be checked by hand. */
const COUNTING = {
  quantity:
    'hour tariffs: hours each time × times a week × weeks open; session tariffs: times a week × weeks open; year tariffs: 1',
  frequencies: Object.values(PERIODS).map(({ words, why }) => ({ words, means: why })),
  rounding:
    'each line is computed exactly and rounded once to whole pence, half to even; the annual cost is the sum of the lines',
};

@ApiTags('funding')
@Controller('api/v1/funding')
export class GetReferenceDataController {
  constructor(
    private readonly catalogue: ReferenceCatalogue,
    private readonly writer: CaseWriter,
  ) {}

  @Get('bands')
  @Roles(...READERS)
  @ApiOperation({
    summary: 'The national bands and the notional SEN threshold in force (illustrative until DfE publishes figures)',
  })
  @ApiQuery({ name: 'asOf', required: false, description: 'YYYY-MM-DD; today by default' })
  @ApiProblems({ 400: true, 401: true, 403: true, 404: ['FUNDING.NO_REFERENCE_DATA'] })
  @ApiAnswer(
    Answer.object({
      version: Answer.string(),
      effectiveFrom: Answer.string(),
      status: Answer.string(),
      checksum: Answer.string(),
      threshold: Answer.any('The notional SEN threshold'),
      bands: Answer.any('The national bands'),
    }),
  )
  bands(@Query('asOf') asOf?: string) {
    const r = this.inForce(asOf);
    return { ...header(r), threshold: r.threshold, bands: r.bands };
  }

  @Get('tariffs')
  @Roles(...READERS)
  @ApiOperation({ summary: 'The national tariffs in force, weeks open by setting type, place funding, and how they are counted' })
  @ApiQuery({ name: 'asOf', required: false, description: 'YYYY-MM-DD; today by default' })
  @ApiProblems({ 400: true, 401: true, 403: true, 404: ['FUNDING.NO_REFERENCE_DATA'] })
  @ApiAnswer(
    Answer.object(
      {
        version: Answer.string(),
        effectiveFrom: Answer.string(),
        status: Answer.string(),
        checksum: Answer.string(),
        threshold: Answer.any('The notional SEN threshold'),
        weeksOpen: Answer.any('Weeks open by setting type'),
        weeksOpenNote: Answer.string(),
        placeFunding: Answer.any('Place funding'),
        counting: Answer.any('How tariffs are counted'),
        tariffs: Answer.any('The national tariffs'),
      },
      ['weeksOpenNote'],
    ),
  )
  tariffs(@Query('asOf') asOf?: string) {
    const r = this.inForce(asOf);
    return {
      ...header(r),
      threshold: r.threshold,
      weeksOpen: r.weeksOpen,
      ...(r.weeksOpenNote ? { weeksOpenNote: r.weeksOpenNote } : {}),
      placeFunding: r.placeFunding,
      counting: COUNTING,
      tariffs: r.tariffs,
    };
  }

  private inForce(asOf: string | undefined): LoadedReference {
    if (asOf !== undefined && !isIsoDate(asOf)) {
      throw new InvalidRequestError([{ field: 'asOf', message: 'asOf must be a real date written YYYY-MM-DD' }]);
    }
    const on = asOf ?? this.writer.today();
    const found = this.catalogue.inForce(on);
    if (!found) throw new NotFoundError(FundingErrors.NO_REFERENCE_DATA, `No national reference data is in force on ${on}.`);
    return found;
  }
}

function header(r: LoadedReference) {
  return { version: r.version, effectiveFrom: r.effectiveFrom, status: r.status, checksum: r.checksum };
}
