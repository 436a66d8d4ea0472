import { once } from 'node:events';

/** Where the tool writes: stdout for results, stderr for progress, warnings and refusals. */
export interface AuditOutput {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

/** Writes and waits when the reader is slower, so that a large export streams instead of piling up in memory. */
export async function writeOut(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
