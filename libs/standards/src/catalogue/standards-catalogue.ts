import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomainError } from '@send/kernel';
import type { AppConfig } from '@send/platform';
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

/** A standard as the catalogue serves it: with the file it came from and the checksum StandardLoaded records. */
export interface CatalogueStandard extends StandardVersion {
  readonly checksum: string;
  readonly release: string;
  readonly status: string;
}

export interface LoadedFile extends StandardsFile {
  readonly file: string;
}

const FILE = /^standards-(.+)\.json$/;

/**
 * Where the catalogue files live: the STANDARDS_DIR given (loadConfig reads it into AppConfig), else
 * libs/standards/data found by walking up from this module (the source tree under jest, dist/… when built) or
 * from the working directory.
 */
export function standardsDirectory(settings: { readonly STANDARDS_DIR?: string } = {}): string {
  if (settings.STANDARDS_DIR) return resolve(settings.STANDARDS_DIR);
  for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    for (let dir = start; ; dir = dirname(dir)) {
      const candidate = join(dir, 'libs', 'standards', 'data');
      if (existsSync(candidate)) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  throw new DomainError(StandardsErrors.NO_CATALOGUE, 'libs/standards/data not found: set STANDARDS_DIR');
}

/** SHA-256 of canonical JSON: unchanged by reformatting, changed by any word. */
export function checksumOf(data: unknown): string {
  return createHash('sha256')
    .update(canonicalize(data) ?? '', 'utf8')
    .digest('hex');
}

/** Reads and checks one file; a bad file stops start-up with every problem named. */
export function readStandardsFile(path: string): LoadedFile {
  const name = path.split(/[\\/]/).at(-1) ?? path;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw invalid(name, [`not valid JSON: ${String(error)}`]);
  }
  const { value, errors } = checkStandardsFile(raw);
  if (!value) throw invalid(name, errors);
  if (FILE.exec(name)?.[1] !== value.release) throw invalid(name, [`release ${value.release} must match the file name`]);
  return { ...value, file: name };
}

function invalid(file: string, errors: readonly string[]): DomainError {
  return new DomainError(StandardsErrors.CATALOGUE_INVALID, `${file}: ${errors.join('; ')}`, { file, errors });
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
    if (clash.length > 0) throw invalid(files.map((f) => f.file).join(', '), clash);
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
    const files = readdirSync(dir)
      .filter((f) => FILE.test(f))
      .sort();
    return new StandardsCatalogue(files.map((f) => readStandardsFile(join(dir, f))));
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
