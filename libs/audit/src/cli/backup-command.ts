import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { SqliteStoreCopy } from '../store-copy/sqlite-store-copy.js';
import { type VerifyProgress, verifyStore } from '../verify/store-verifier.js';
import { type AuditOutput, EXIT, type ExitCode, writeOut } from './output.js';
import { summary } from './verify-command.js';

/** What a backup run reports (README "Backups"): where it went, its SHA-256, and the copy's own verification. */
export interface BackupReport {
  readonly from: string;
  readonly to: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly streams: number;
  readonly events: number;
  readonly valid: boolean;
}

/**
 * Copies an embedded store online (SqliteStoreCopy.backupTo), then opens the copy read-only and verifies every
 * stream of it: a backup is only proven once its own hash chains check. Exit 0 when the copy is intact.
 */
export async function backupCommand(
  source: SqliteStoreCopy,
  to: string,
  json: boolean,
  progress: VerifyProgress,
  out: AuditOutput,
): Promise<ExitCode> {
  if (existsSync(to)) {
    await writeOut(out.stderr, `audit: backup will not overwrite ${to}\n`);
    return EXIT.usage;
  }
  await source.backupTo(to);
  const copy = new SqliteStoreCopy(to);
  try {
    const verified = await verifyStore(copy, progress);
    const { sha256, bytes } = await digest(to);
    const report: BackupReport = {
      from: source.location,
      to,
      sha256,
      bytes,
      streams: verified.streams,
      events: verified.events,
      valid: verified.valid,
    };
    await writeOut(
      out.stdout,
      json
        ? `${JSON.stringify(report, null, 2)}\n`
        : `Backed up ${source.location} to ${to} (${bytes} bytes, SHA-256 ${sha256}).\n${summary(verified)}`,
    );
    return verified.valid ? EXIT.ok : EXIT.failed;
  } finally {
    await copy.close();
  }
}

async function digest(file: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}
