import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '@send/kernel';
import { FundingErrors, checkReferenceData, pricePlan } from '../domain/index.js';
import { ReferenceCatalogue, checksumOf, referenceDirectory } from './reference-catalogue.js';

const shipped = () => ReferenceCatalogue.fromDirectory(referenceDirectory({}));

describe('the shipped reference data', () => {
  it('is found, valid, and says it is illustrative', () => {
    const [v] = shipped().versions;
    expect(v.status).toBe('illustrative — not DfE figures');
    expect(v.threshold.pence).toBe(600_000);
    expect(v.weeksOpen.mainstream).toBe(39);
    expect(v.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('gives the worked figures: SaLT £2,340 + TA £18,037.50; £6,000 element 2 in mainstream', () => {
    const reference = shipped().forPlan('2025-09-01');
    const items = [
      {
        provision: 'Speech and language therapy, direct 1:1',
        hours: 1,
        frequency: 'weekly',
        deliveredBy: 'speech and language therapist',
      },
      { provision: '1:1 teaching assistant in all lessons', hours: 25, frequency: 'weekly', deliveredBy: 'teaching assistant' },
    ];
    const p = pricePlan(items, { type: 'mainstream' }, reference);
    expect(p.lines.map((l) => [l.tariffId, l.annualPence])).toEqual([
      ['salt-session', 234_000],
      ['ta-hour', 1_803_750],
    ]);
    expect(p).toMatchObject({ annualPence: 2_037_750, band: { id: 'C' }, element2Pence: 600_000, element3Pence: 1_437_750 });
    expect(pricePlan(items, { type: 'special' }, reference)).toMatchObject({
      placeFundingPence: 1_000_000,
      element3Pence: 2_037_750,
    });
  });

  it('prices a specialist teacher as a teacher, not a teaching assistant', () => {
    const item = {
      provision: 'Specialist teaching of phonics',
      hours: 1,
      frequency: 'weekly',
      deliveredBy: 'specialist teacher',
    };
    expect(pricePlan([item], { type: 'mainstream' }, shipped().forPlan('2025-09-01')).lines[0].tariffId).toBe(
      'specialist-teacher-hour',
    );
  });
});

describe('a reference directory', () => {
  let dir: string;
  const shippedFile = () => JSON.parse(readFileSync(join(referenceDirectory({}), 'reference-2024-illustrative.1.json'), 'utf8'));
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'funding-ref-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('takes a new version as a new file, and the checksum ignores formatting', () => {
    const next = { ...shippedFile(), version: '2026.1', effectiveFrom: '2026-04-01' };
    writeFileSync(join(dir, 'reference-2026.1.json'), JSON.stringify(next));
    writeFileSync(join(dir, 'reference-2024-illustrative.1.json'), JSON.stringify(shippedFile()));
    const catalogue = ReferenceCatalogue.fromDirectory(referenceDirectory({ FUNDING_REFERENCE_DIR: dir }));
    expect(catalogue.inForce('2026-03-31')?.version).toBe('2024-illustrative.1');
    expect(catalogue.inForce('2026-04-01')?.version).toBe('2026.1');
    expect(catalogue.versions[0].checksum).toBe(shipped().versions[0].checksum);
    expect(checksumOf(next)).not.toBe(catalogue.versions[0].checksum);
  });

  it('refuses a file whose version is not its name, naming the file', () => {
    writeFileSync(join(dir, 'reference-other.json'), JSON.stringify(shippedFile()));
    expect(() => ReferenceCatalogue.fromDirectory(dir)).toThrow(/reference-other.json: version 2024-illustrative.1 must match/);
  });

  it('refuses an empty directory', () => {
    expect(() => ReferenceCatalogue.fromDirectory(dir)).toThrow(DomainError);
  });
});

describe('checkReferenceData', () => {
  const valid = () => JSON.parse(readFileSync(join(referenceDirectory({}), 'reference-2024-illustrative.1.json'), 'utf8'));

  it.each([
    ['no status', (r: any) => delete r.status, 'status'],
    ['a tariff in pounds', (r: any) => (r.tariffs[0].pence = 60.5), 'tariffs[0].pence'],
    ['an unknown unit', (r: any) => (r.tariffs[0].unit = 'lesson'), 'tariffs[0].unit'],
    ['a gap between bands', (r: any) => (r.bands[1].minAnnualPence = 600_001), 'without gap'],
    ['a last band with a ceiling', (r: any) => (r.bands[3].maxAnnualPence = 9_000_000), 'no maxAnnualPence'],
    ['a place tariff that does not exist', (r: any) => (r.placeFunding.tariffId = 'nope'), 'placeFunding.tariffId'],
    ['60 weeks open', (r: any) => (r.weeksOpen.special = 60), 'weeksOpen.special'],
    ['two tariffs with one id', (r: any) => (r.tariffs[1].id = r.tariffs[0].id), 'used twice'],
  ])('names %s', (_, spoil, field) => {
    const raw = valid();
    spoil(raw);
    const { value, errors } = checkReferenceData(raw);
    expect(value).toBeUndefined();
    expect(errors.join('\n')).toContain(field);
  });

  it('maps its refusal to FUNDING.REFERENCE_DATA_INVALID', () => {
    expect(FundingErrors.REFERENCE_DATA_INVALID).toBe('FUNDING.REFERENCE_DATA_INVALID');
  });
});
