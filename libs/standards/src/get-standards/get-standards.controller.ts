import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiQuery, ApiTags } from '@nestjs/swagger';
import { NotFoundError } from '@send/kernel';
import { CaseWriter, InvalidRequestError, Roles, ApiProblems, ApiAnswer, Answer } from '@send/platform';
import { NEED_CODES, isIsoDate, type NeedCode } from '@send/statutory';
import { PHASES, STANDARD_KINDS, StandardsErrors, type Phase, type StandardKind } from '../domain/index.js';
import { StandardsCatalogue, type CatalogueStandard } from '../catalogue/standards-catalogue.js';

/** National standards are no one's personal data: every signed-in role may read them. */
const READERS = ['caseworker', 'manager', 'auditor', 'tribunal', 'admin'] as const;

const STANDARD = Answer.object(
  {
    id: Answer.string(),
    version: Answer.integer(),
    kind: { type: 'string', enum: [...STANDARD_KINDS] },
    need: { type: 'string', enum: [...NEED_CODES], description: 'SEN2 primary need code' },
    phase: { type: 'string', enum: [...PHASES] },
    title: Answer.string(),
    text: Answer.string(),
    source: Answer.string('Where the rule comes from; "illustrative" until DfE publishes standards'),
    effectiveFrom: Answer.string('YYYY-MM-DD'),
    effectiveTo: Answer.string('YYYY-MM-DD: the day before the next version took effect'),
    status: Answer.string('The catalogue file\'s status, e.g. "illustrative — not DfE standards"'),
    release: Answer.string('The catalogue file it came in'),
    checksum: Answer.string('SHA-256 of the entry, as recorded by StandardLoaded'),
  },
  ['effectiveTo'],
);

interface Filters {
  asOf?: string;
  kind?: string;
  need?: string;
  phase?: string;
}

@ApiTags('standards')
@Controller('api/v1/standards')
export class GetStandardsController {
  constructor(
    private readonly catalogue: StandardsCatalogue,
    private readonly writer: CaseWriter,
  ) {}

  @Get()
  @Roles(...READERS)
  @ApiOperation({
    summary: 'The national SEND standards in force (a proposal, illustrative until DfE publishes standards)',
  })
  @ApiQuery({ name: 'asOf', required: false, description: 'YYYY-MM-DD; today by default' })
  @ApiQuery({ name: 'kind', required: false, enum: [...STANDARD_KINDS] })
  @ApiQuery({ name: 'need', required: false, enum: [...NEED_CODES] })
  @ApiQuery({ name: 'phase', required: false, enum: [...PHASES] })
  @ApiProblems({ 400: true, 401: true, 403: true })
  @ApiAnswer(Answer.object({ asOf: Answer.string('YYYY-MM-DD'), standards: Answer.list(STANDARD) }))
  list(@Query() query: Filters) {
    const on = this.check(query);
    const standards = this.catalogue
      .inForce(on)
      .filter(
        (s) =>
          (query.kind === undefined || s.kind === query.kind) &&
          (query.need === undefined || s.need === query.need) &&
          (query.phase === undefined || s.phase === query.phase),
      );
    return { asOf: on, standards: standards.map(view) };
  }

  @Get(':id')
  @Roles(...READERS)
  @ApiOperation({ summary: 'Every version of one national SEND standard, oldest first, with the dates each was in force' })
  @ApiParam({ name: 'id', description: 'The standard\'s id, e.g. "oap-slcn-primary"' })
  @ApiProblems({ 401: true, 403: true, 404: ['STANDARDS.NOT_FOUND'] })
  @ApiAnswer(Answer.object({ id: Answer.string(), versions: Answer.list(STANDARD) }))
  versions(@Param('id') id: string) {
    const versions = this.catalogue.versionsOf(id);
    if (versions.length === 0) throw new NotFoundError(StandardsErrors.NOT_FOUND, `there is no standard ${id}`);
    return { id, versions: versions.map(view) };
  }

  private check({ asOf, kind, need, phase }: Filters): string {
    const fields: { field: string; message: string }[] = [];
    if (asOf !== undefined && !isIsoDate(asOf))
      fields.push({ field: 'asOf', message: 'asOf must be a real date written YYYY-MM-DD' });
    if (kind !== undefined && !STANDARD_KINDS.includes(kind as StandardKind)) {
      fields.push({ field: 'kind', message: `kind must be one of ${STANDARD_KINDS.join(', ')}` });
    }
    if (need !== undefined && !NEED_CODES.includes(need as NeedCode)) {
      fields.push({ field: 'need', message: 'need must be a SEN2 primary need code' });
    }
    if (phase !== undefined && !PHASES.includes(phase as Phase)) {
      fields.push({ field: 'phase', message: `phase must be one of ${PHASES.join(', ')}` });
    }
    if (fields.length > 0) throw new InvalidRequestError(fields);
    return asOf ?? this.writer.today();
  }
}

function view(s: CatalogueStandard) {
  const { id, version, kind, need, phase, title, text, source, effectiveFrom, effectiveTo, status, release, checksum } = s;
  return {
    id,
    version,
    kind,
    need,
    phase,
    title,
    text,
    source,
    effectiveFrom,
    ...(effectiveTo ? { effectiveTo } : {}),
    status,
    release,
    checksum,
  };
}
