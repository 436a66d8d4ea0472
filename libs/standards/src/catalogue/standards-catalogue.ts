import { DomainError } from '@send/kernel';
import { type AppConfig, VersionedFiles, checksumOf } from '@send/platform';
import type { IsoDate } from '@send/statutory';
import {
  StandardsErrors,
  checkStandardsFile,
  citeStandard,
  standardsInForce,
  versionErrors,
  withEffectiveTo,
  type StandardCitation,
  type StandardRef,
  type StandardVersion,
  type StandardsFile,
} from '../domain/index.js';

export { checksumOf };

/** A standard as the catalogue serves it: with the file it came from and the checksum StandardLoaded records. */
export interface CatalogueStandard extends StandardVersion {
  readonly checksum: string;
  readonly release: string;
  readonly status: string;
}

export interface LoadedFile extends StandardsFile {
  readonly file: string;
}

/** The catalogue files, standards-<release>.json, each a release of the standards. */
const FILES = new VersionedFiles<StandardsFile>({
  lib: 'standards',
  prefix: 'standards',
  setting: 'STANDARDS_DIR',
  versionField: 'release',
  check: checkStandardsFile,
  errors: { missing: StandardsErrors.NO_CATALOGUE, invalid: StandardsErrors.CATALOGUE_INVALID },
});

/** Where the catalogue files live: the STANDARDS_DIR given, else the shipped libs/standards/data. */
export function standardsDirectory(settings: { readonly STANDARDS_DIR?: string } = {}): string {
  return FILES.directory(settings.STANDARDS_DIR);
}

/** Reads and checks one file; a bad file stops start-up with every problem named. */
export function readStandardsFile(path: string): LoadedFile {
  const { value, file } = FILES.read(path);
  return { ...value, file };
}

/** Every version of every national SEND standard, as shipped in the repository (or the deployment's own files). */
export class StandardsCatalogue {
  readonly versions: readonly CatalogueStandard[];

  constructor(readonly files: readonly LoadedFile[]) {
    if (files.length === 0) throw new DomainError(StandardsErrors.NO_CATALOGUE, 'no standards catalogue files');
    const entries = files.flatMap((f) => f.entries.map((e) => ({ entry: e, file: f })));
    const clash = versionErrors(
      entries.map((x) => x.entry),
      'catalogue',
    );
    if (clash.length > 0) throw FILES.invalid(files.map((f) => f.file).join(', '), clash);
    const meta = new Map(entries.map(({ entry, file }) => [`${entry.id} v${entry.version}`, file]));
    this.versions = withEffectiveTo(entries.map((x) => x.entry)).map((v) => {
      const file = meta.get(`${v.id} v${v.version}`)!;
      const entry = file.entries.find((e) => e.id === v.id && e.version === v.version);
      return { ...v, checksum: checksumOf(entry), release: file.release, status: file.status };
    });
  }

  /** The deployment's catalogue: its configured directory, else the shipped files. */
  static fromConfig(config: Pick<AppConfig, 'standardsDir'>): StandardsCatalogue {
    return StandardsCatalogue.fromDirectory(standardsDirectory({ STANDARDS_DIR: config.standardsDir }));
  }

  static fromDirectory(dir: string = standardsDirectory()): StandardsCatalogue {
    return new StandardsCatalogue(FILES.list(dir).map(readStandardsFile));
  }

  inForce(on: IsoDate): CatalogueStandard[] {
    return standardsInForce(this.versions, on) as CatalogueStandard[];
  }

  versionsOf(id: string): CatalogueStandard[] {
    return this.versions.filter((v) => v.id === id);
  }

  /** Refuses (422) a standard that is not in the catalogue or not in force on the day. */
  cite(ref: StandardRef, on: IsoDate, field?: string): StandardCitation {
    return citeStandard(this.versions, ref, on, field);
  }
}
