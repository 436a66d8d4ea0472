import { createHash, randomBytes } from 'node:crypto';

export interface StreamHead {
  readonly stream: string;
  readonly revision: number;
  readonly hash: string;
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'; // Crockford base32: no I, L, O, U to misread.

/**
 * A bundle's verification code (docs/api.md "Audit", bundle): ten random characters that identify it,
 * then six of the SHA-256 of the heads of the streams it was built from, so that the printed code itself
 * commits to the record; the PDF's own SHA-256 is kept beside it once rendered.
 */
export function verificationCode(heads: readonly StreamHead[], random: Buffer = randomBytes(10)): string {
  const id = [...random].map((b) => ALPHABET[b % 32]).join('');
  const commit = createHash('sha256')
    .update(heads.map((h) => `${h.stream}:${h.revision}:${h.hash}`).join('\n'))
    .digest('hex')
    .slice(0, 6)
    .toUpperCase();
  return `${id.slice(0, 5)}-${id.slice(5)}-${commit}`;
}

export const CODE_PATTERN = /^[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-F]{6}$/;

/** The head of each stream: its last revision and hash. */
export const headsOf = (streams: ReadonlyMap<string, readonly { revision: number; hash: string }[]>): StreamHead[] =>
  [...streams.entries()]
    .filter(([, events]) => events.length > 0)
    .map(([stream, events]) => ({ stream, revision: events[events.length - 1].revision, hash: events[events.length - 1].hash }))
    .sort((a, b) => a.stream.localeCompare(b.stream));
