import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RetentionRule } from '../domain/index.js';

export const RETENTION_RULE = Symbol('RETENTION_RULE');

const FILE = /^retention-[A-Za-z0-9._-]+\.json$/;

function dataDirectory(): string {
  for (const start of [dirname(fileURLToPath(import.meta.url)), process.cwd()]) {
    for (let dir = start; ; dir = dirname(dir)) {
      const candidate = join(dir, 'libs', 'assessment', 'data');
      if (existsSync(candidate)) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  throw new Error('libs/assessment/data not found: set RETENTION_FILE');
}

/**
 * The retention rule for SEND case records (libs/assessment/data/README.md): RETENTION_FILE when set, else the
 * newest shipped version. A file without a status, a source or a whole number of years stops start-up: a period
 * that cannot be traced to its source must never erase a record.
 */
export function loadRetentionRule(file?: string): RetentionRule & { readonly version: string } {
  const path = file
    ? resolve(file)
    : join(
        dataDirectory(),
        readdirSync(dataDirectory())
          .filter((f) => FILE.test(f))
          .sort()
          .at(-1) ?? 'retention-none.json',
      );
  const raw = JSON.parse(readFileSync(path, 'utf8')) as {
    version?: unknown;
    status?: unknown;
    rules?: { id?: unknown; from?: unknown; years?: unknown; source?: unknown }[];
  };
  const rule = raw.rules?.find((r) => r.id === 'send-case-record');
  const years = rule?.years;
  if (
    typeof raw.version !== 'string' ||
    typeof raw.status !== 'string' ||
    rule?.from !== 'dateOfBirth' ||
    typeof years !== 'number' ||
    !Number.isInteger(years) ||
    years < 1 ||
    typeof rule.source !== 'string' ||
    rule.source.trim() === ''
  ) {
    throw new Error(`${path}: needs version, status and a send-case-record rule with from dateOfBirth, whole years and a source`);
  }
  return { id: 'send-case-record', years, source: rule.source, version: raw.version };
}
