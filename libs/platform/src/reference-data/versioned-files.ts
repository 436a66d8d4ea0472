import canonicalize from 'canonicalize';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DomainError } from '@send/kernel';

/**
 * One kind of versioned reference data shipped as JSON files under libs/<lib>/data, one file a version named
 * `<prefix>-<version>.json` (the national standards, the funding reference data): where the files are, which
 * there are, and each read and checked with the file it came from, a bad one refused with every problem named.
 */
export interface VersionedFileKind<T> {
  /** The lib whose `data` folder holds the shipped files. */
  readonly lib: string;
  readonly prefix: string;
  /** The setting that names the deployment's own folder instead (loadConfig reads it into AppConfig). */
  readonly setting: string;
  /** The field of a file that must match the version in its name. */
  readonly versionField: keyof T & string;
  readonly check: (raw: unknown) => { readonly value?: T; readonly errors: readonly string[] };
  /** The error codes: no folder found, and a file that is not valid. */
  readonly errors: { readonly missing: string; readonly invalid: string };
}

/** A file as read: its checked value, what it held (for a checksum of the whole file) and its name. */
export interface VersionedFile<T> {
  readonly value: T;
  readonly raw: unknown;
  readonly file: string;
}

/** SHA-256 of canonical JSON (RFC 8785): unchanged by reformatting, changed by any word or figure. */
export function checksumOf(data: unknown): string {
  return createHash('sha256')
    .update(canonicalize(data) ?? '', 'utf8')
    .digest('hex');
}

export class VersionedFiles<T> {
  private readonly name: RegExp;

  constructor(private readonly kind: VersionedFileKind<T>) {
    this.name = new RegExp(`^${kind.prefix}-(.+)\\.json$`);
  }

  /**
   * Where the files live: the folder configured, else libs/<lib>/data found by walking up from this module (the
   * source tree under jest, dist/… when built) or from the working directory.
   */
  directory(configured?: string): string {
    if (configured) return resolve(configured);
    for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
      for (let dir = start; ; dir = dirname(dir)) {
        const candidate = join(dir, 'libs', this.kind.lib, 'data');
        if (existsSync(candidate)) return candidate;
        if (dirname(dir) === dir) break;
      }
    }
    throw new DomainError(this.kind.errors.missing, `libs/${this.kind.lib}/data not found: set ${this.kind.setting}`);
  }

  /** The paths of the folder's files of this kind, in name order. */
  list(dir: string): string[] {
    return readdirSync(dir)
      .filter((f) => this.name.test(f))
      .sort()
      .map((f) => join(dir, f));
  }

  /** Reads and checks one file; a bad file stops start-up with every problem named. */
  read(path: string): VersionedFile<T> {
    const file = path.split(/[\\/]/).at(-1) ?? path;
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw this.invalid(file, [`not valid JSON: ${String(error)}`]);
    }
    const { value, errors } = this.kind.check(raw);
    if (!value) throw this.invalid(file, errors);
    const field = this.kind.versionField;
    const version = String(value[field]);
    if (this.name.exec(file)?.[1] !== version) throw this.invalid(file, [`${field} ${version} must match the file name`]);
    return { value, raw, file };
  }

  invalid(file: string, errors: readonly string[]): DomainError {
    return new DomainError(this.kind.errors.invalid, `${file}: ${errors.join('; ')}`, { file, errors });
  }
}
