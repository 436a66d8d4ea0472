import { FileBlobStore } from '@send/event-store';
import type { StoreCopy } from '../store-copy/store-copy.port.js';
import { type StoreVerification, type VerifyProgress, verifyStore } from '../verify/store-verifier.js';
import { type AuditOutput, EXIT, type ExitCode, writeOut } from './output.js';

/** Verifies the whole store and prints the summary: broken streams with their first broken revision. */
export async function verifyCommand(
  copy: StoreCopy,
  json: boolean,
  progress: VerifyProgress,
  out: AuditOutput,
  attachmentsDir?: string,
): Promise<ExitCode> {
  const blobs = attachmentsDir === undefined ? undefined : new FileBlobStore(attachmentsDir);
  const result = await verifyStore(copy, progress, undefined, blobs);
  await writeOut(out.stdout, json ? `${JSON.stringify(result, null, 2)}\n` : summary(result));
  return result.valid ? EXIT.ok : EXIT.failed;
}

export function summary(result: StoreVerification): string {
  // A store without attachments reads as it always did.
  const files =
    result.attachments && result.attachments.checked + result.attachments.problems.length > 0 ? result.attachments : undefined;
  const counted = `${result.streams} stream(s), ${result.events} event(s)${files ? `, ${files.checked} attachment file(s)` : ''} in ${result.location}`;
  if (result.valid) return `Verified ${counted}: every hash chain is intact${files ? ' and every file matches its hash' : ''}.\n`;
  const fileLines = (files?.problems ?? []).map(
    (p) =>
      `  ${p.problem === 'missing' ? 'MISSING' : 'ALTERED'} attachment ${p.attachmentId} of case ${p.caseId}: file sha256 ${p.sha256}`,
  );
  const lines = result.broken.map((b) => {
    const why = b.unreadable
      ? `unreadable stored event (position ${b.unreadable.position}): ${b.unreadable.problem}`
      : 'hash chain broken';
    return `  BROKEN ${b.stream}: first broken revision ${b.firstBrokenRevision} of ${b.events} event(s); ${why}`;
  });
  const bad = fileLines.length > 0 ? `, ${fileLines.length} bad attachment file(s)` : '';
  return `Verified ${counted}: ${result.broken.length} broken stream(s)${bad}.\n${[...lines, ...fileLines].join('\n')}\n`;
}
