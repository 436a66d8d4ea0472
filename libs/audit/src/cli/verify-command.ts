import type { StoreCopy } from '../store-copy/store-copy.port.js';
import { type StoreVerification, type VerifyProgress, verifyStore } from '../verify/store-verifier.js';
import { type AuditOutput, EXIT, type ExitCode, writeOut } from './output.js';

/** Verifies the whole store and prints the summary: broken streams with their first broken revision. */
export async function verifyCommand(
  copy: StoreCopy,
  json: boolean,
  progress: VerifyProgress,
  out: AuditOutput,
): Promise<ExitCode> {
  const result = await verifyStore(copy, progress);
  await writeOut(out.stdout, json ? `${JSON.stringify(result, null, 2)}\n` : summary(result));
  return result.valid ? EXIT.ok : EXIT.failed;
}

export function summary(result: StoreVerification): string {
  const counted = `${result.streams} stream(s), ${result.events} event(s) in ${result.location}`;
  if (result.valid) return `Verified ${counted}: every hash chain is intact.\n`;
  const lines = result.broken.map((b) => {
    const why = b.unreadable
      ? `unreadable stored event (position ${b.unreadable.position}): ${b.unreadable.problem}`
      : 'hash chain broken';
    return `  BROKEN ${b.stream}: first broken revision ${b.firstBrokenRevision} of ${b.events} event(s); ${why}`;
  });
  return `Verified ${counted}: ${result.broken.length} broken stream(s).\n${lines.join('\n')}\n`;
}
