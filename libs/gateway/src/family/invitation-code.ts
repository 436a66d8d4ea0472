import { createHash, randomBytes } from 'node:crypto';

/**
 * An invitation code (docs/architecture.md "Security", family access): the case's id (16 bytes) and 32
 * random bytes, base64url, 64 characters. The case id only says which stream to look in; the 256 random
 * bits are what cannot be guessed. Only the code's SHA-256 is kept: a slow hash would add nothing to 256
 * bits of entropy, and a leak of the stream does not give the code.
 */
const SECRET_BYTES = 32;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CODE = /^[A-Za-z0-9_-]{64}$/;

export function newInvitationCode(caseId: string): string {
  const id = Buffer.from(caseId.replace(/-/g, ''), 'hex');
  return Buffer.concat([id, randomBytes(SECRET_BYTES)]).toString('base64url');
}

/** The case a code names, or undefined for text that is not a code this system issues. */
export function caseOfCode(code: string): string | undefined {
  const trimmed = code.trim();
  if (!CODE.test(trimmed)) return undefined;
  const hex = Buffer.from(trimmed, 'base64url').subarray(0, 16).toString('hex');
  const caseId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return UUID.test(caseId) ? caseId : undefined;
}

export const hashOfCode = (code: string): string => createHash('sha256').update(code.trim(), 'utf8').digest('hex');
