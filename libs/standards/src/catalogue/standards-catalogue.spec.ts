import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DomainError } from '@send/kernel';
import { NEED_CODES } from '@send/statutory';
import { StandardsErrors, checkStandardsFile } from '../domain/index.js';
import { StandardsCatalogue, checksumOf, standardsDirectory } from './standards-catalogue.js';

const SHIPPED = 'standards-2025-illustrative.1.json';
const shipped = () => StandardsCatalogue.fromDirectory(standardsDirectory({}));
const shippedFile = () => JSON.parse(readFileSync(join(standardsDirectory({}), SHIPPED), 'utf8'));

describe('the shipped standards', () => {
  it('are found, valid, and say they are illustrative, each naming its source', () => {
    const catalogue = shipped();
    expect(catalogue.files.map((f) => f.status)).toEqual(['illustrative — not DfE standards']);
    for (const v of catalogue.versions) {
      expect(v.source).toMatch(/^Illustrative/);
      expect(NEED_CODES).toContain(v.need);
      expect(v.checksum).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(new Set(catalogue.versions.map((v) => v.kind))).toEqual(new Set(['ordinarily-available', 'plan-criterion']));
  });

  it('carry two versions of oap-slcn-primary: v1 to 2025-08-31, v2 from 2025-09-01', () => {
    expect(
      shipped()
        .versionsOf('oap-slcn-primary')
        .map((v) => [v.version, v.effectiveFrom, v.effectiveTo]),
    ).toEqual([
      [1, '2024-09-01', '2025-08-31'],
      [2, '2025-09-01', undefined],
    ]);
    expect(
      shipped()
        .inForce('2025-03-14')
        .find((v) => v.id === 'oap-slcn-primary')?.version,
    ).toBe(1);
  });
});

describe('a standards directory', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'standards-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('takes a new release as a new file; the checksum of an entry ignores formatting', () => {
    const first = shippedFile();
    const v3 = { ...first.entries[1], version: 3, title: 'Revised', effectiveFrom: '2026-09-01' };
    writeFileSync(join(dir, SHIPPED), JSON.stringify(first));
    writeFileSync(join(dir, 'standards-2026.1.json'), JSON.stringify({ ...first, release: '2026.1', entries: [v3] }));
    const catalogue = StandardsCatalogue.fromDirectory(standardsDirectory({ STANDARDS_DIR: dir }));
    expect(catalogue.versionsOf('oap-slcn-primary').map((v) => [v.version, v.release, v.effectiveTo])).toEqual([
      [1, '2025-illustrative.1', '2025-08-31'],
      [2, '2025-illustrative.1', '2026-08-31'],
      [3, '2026.1', undefined],
    ]);
    expect(catalogue.versions.find((v) => v.id === 'oap-asd-primary')?.checksum).toBe(
      shipped().versions.find((v) => v.id === 'oap-asd-primary')?.checksum,
    );
    expect(checksumOf(v3)).toBe(catalogue.versionsOf('oap-slcn-primary')[2].checksum);
  });

  it('refuses one version of a standard in two files', () => {
    writeFileSync(join(dir, SHIPPED), JSON.stringify(shippedFile()));
    writeFileSync(join(dir, 'standards-copy.json'), JSON.stringify({ ...shippedFile(), release: 'copy' }));
    expect(() => StandardsCatalogue.fromDirectory(dir)).toThrow(/oap-slcn-primary v1 appears twice/);
  });

  it('refuses a file whose release is not its name, naming the file', () => {
    writeFileSync(join(dir, 'standards-other.json'), JSON.stringify(shippedFile()));
    expect(() => StandardsCatalogue.fromDirectory(dir)).toThrow(/standards-other.json: release 2025-illustrative.1 must match/);
  });

  it('refuses an empty directory', () => {
    expect(() => StandardsCatalogue.fromDirectory(dir)).toThrow(DomainError);
  });
});

describe('checkStandardsFile', () => {
  it.each([
    ['no status', (r: any) => delete r.status, 'status'],
    ['an unknown need', (r: any) => (r.entries[0].need = 'XYZ'), 'entries[0].need'],
    ['an unknown phase', (r: any) => (r.entries[0].phase = 'college'), 'entries[0].phase'],
    ['an unknown kind', (r: any) => (r.entries[0].kind = 'advice'), 'entries[0].kind'],
    ['no source', (r: any) => delete r.entries[0].source, 'entries[0].source'],
    ['a version 0', (r: any) => (r.entries[0].version = 0), 'entries[0].version'],
    ['a later version taking effect first', (r: any) => (r.entries[1].effectiveFrom = '2024-01-01'), 'must take effect after'],
  ])('names %s', (_, spoil, field) => {
    const raw = shippedFile();
    spoil(raw);
    const { value, errors } = checkStandardsFile(raw);
    expect(value).toBeUndefined();
    expect(errors.join('\n')).toContain(field);
  });

  it('maps its refusal to STANDARDS.CATALOGUE_INVALID', () => {
    expect(StandardsErrors.CATALOGUE_INVALID).toBe('STANDARDS.CATALOGUE_INVALID');
  });
});
