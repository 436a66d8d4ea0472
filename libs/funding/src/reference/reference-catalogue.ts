import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomainError } from '@send/kernel';
import type { AppConfig } from '@send/platform';
import type { IsoDate } from '@send/statutory';
import { FundingErrors, checkReferenceData, referenceForPlan, referenceInForce, type ReferenceData } from '../domain/index.js';

export interface LoadedReference extends ReferenceData {
  /** SHA-256 of the file's canonical JSON (RFC 8785): unchanged by reformatting, changed by any figure. */
  readonly checksum: string;
  readonly file: string;
}

const FILE = /^reference-(.+)\.json$/;

/**
 * Where the reference files live: the FUNDING_REFERENCE_DIR given (loadConfig reads it into AppConfig), else
 * libs/funding/data found by walking up from this module (the source tree under jest, dist/… when built) or
 * from the working directory.
 */
export function referenceDirectory(settings: { readonly FUNDING_REFERENCE_DIR?: string } = {}): string {
  if (settings.FUNDING_REFERENCE_DIR) return resolve(settings.FUNDING_REFERENCE_DIR);
  for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    for (let dir = start; ; dir = dirname(dir)) {
      const candidate = join(dir, 'libs', 'funding', 'data');
      if (existsSync(candidate)) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  throw new DomainError(FundingErrors.NO_REFERENCE_DATA, 'libs/funding/data not found: set FUNDING_REFERENCE_DIR');
}

export function checksumOf(data: unknown): string {
  return createHash('sha256')
    .update(canonicalize(data) ?? '', 'utf8')
    .digest('hex');
}

/** Reads and checks one file; a bad file stops start-up with every problem named. */
export function readReferenceFile(path: string): LoadedReference {
  const name = path.split(/[\\/]/).at(-1) ?? path;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw invalid(name, [`not valid JSON: ${String(error)}`]);
  }
  const { value, errors } = checkReferenceData(raw);
  if (!value) throw invalid(name, errors);
  if (FILE.exec(name)?.[1] !== value.version) throw invalid(name, [`version ${value.version} must match the file name`]);
  return { ...value, checksum: checksumOf(raw), file: name };
}

function invalid(file: string, errors: readonly string[]): DomainError {
  return new DomainError(FundingErrors.REFERENCE_DATA_INVALID, `${file}: ${errors.join('; ')}`, { file, errors });
}

/** Every version of the national reference data, as shipped in the repository. */
export class ReferenceCatalogue {
  constructor(readonly versions: readonly LoadedReference[]) {
    if (versions.length === 0) throw new DomainError(FundingErrors.NO_REFERENCE_DATA, 'no reference data files');
    const seen = new Set<string>();
    for (const v of versions) {
      if (seen.has(v.version)) throw invalid(v.file, [`version ${v.version} appears in two files`]);
      seen.add(v.version);
    }
  }

  /** The deployment's catalogue: its configured directory, else the shipped files. */
  static fromConfig(config: Pick<AppConfig, 'fundingReferenceDir'>): ReferenceCatalogue {
    return ReferenceCatalogue.fromDirectory(referenceDirectory({ FUNDING_REFERENCE_DIR: config.fundingReferenceDir }));
  }

  static fromDirectory(dir: string = referenceDirectory()): ReferenceCatalogue {
    const files = readdirSync(dir)
      .filter((f) => FILE.test(f))
      .sort();
    return new ReferenceCatalogue(files.map((f) => readReferenceFile(join(dir, f))));
  }

  inForce(on: IsoDate): LoadedReference | undefined {
    return referenceInForce(this.versions, on);
  }

  forPlan(issuedOn: IsoDate): LoadedReference {
    // The constructor refuses an empty catalogue, so there is always one.
    return referenceForPlan(this.versions, issuedOn)!;
  }
}
