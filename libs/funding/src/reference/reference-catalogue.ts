import { DomainError } from '@send/kernel';
import { type AppConfig, VersionedFiles, checksumOf } from '@send/platform';
import type { IsoDate } from '@send/statutory';
import { FundingErrors, checkReferenceData, referenceForPlan, referenceInForce, type ReferenceData } from '../domain/index.js';

export { checksumOf };

export interface LoadedReference extends ReferenceData {
  /** SHA-256 of the file's canonical JSON (RFC 8785): unchanged by reformatting, changed by any figure. */
  readonly checksum: string;
  readonly file: string;
}

/** The reference files, reference-<version>.json, each a version of the national figures. */
const FILES = new VersionedFiles<ReferenceData>({
  lib: 'funding',
  prefix: 'reference',
  setting: 'FUNDING_REFERENCE_DIR',
  versionField: 'version',
  check: checkReferenceData,
  errors: { missing: FundingErrors.NO_REFERENCE_DATA, invalid: FundingErrors.REFERENCE_DATA_INVALID },
});

/** Where the reference files live: the FUNDING_REFERENCE_DIR given, else the shipped libs/funding/data. */
export function referenceDirectory(settings: { readonly FUNDING_REFERENCE_DIR?: string } = {}): string {
  return FILES.directory(settings.FUNDING_REFERENCE_DIR);
}

/** Reads and checks one file; a bad file stops start-up with every problem named. */
export function readReferenceFile(path: string): LoadedReference {
  const { value, raw, file } = FILES.read(path);
  return { ...value, checksum: checksumOf(raw), file };
}

/** Every version of the national reference data, as shipped in the repository. */
export class ReferenceCatalogue {
  constructor(readonly versions: readonly LoadedReference[]) {
    if (versions.length === 0) throw new DomainError(FundingErrors.NO_REFERENCE_DATA, 'no reference data files');
    const seen = new Set<string>();
    for (const v of versions) {
      if (seen.has(v.version)) throw FILES.invalid(v.file, [`version ${v.version} appears in two files`]);
      seen.add(v.version);
    }
  }

  /** The deployment's catalogue: its configured directory, else the shipped files. */
  static fromConfig(config: Pick<AppConfig, 'fundingReferenceDir'>): ReferenceCatalogue {
    return ReferenceCatalogue.fromDirectory(referenceDirectory({ FUNDING_REFERENCE_DIR: config.fundingReferenceDir }));
  }

  static fromDirectory(dir: string = referenceDirectory()): ReferenceCatalogue {
    return new ReferenceCatalogue(FILES.list(dir).map(readReferenceFile));
  }

  inForce(on: IsoDate): LoadedReference | undefined {
    return referenceInForce(this.versions, on);
  }

  forPlan(issuedOn: IsoDate): LoadedReference {
    // The constructor refuses an empty catalogue, so there is always one.
    return referenceForPlan(this.versions, issuedOn)!;
  }
}
