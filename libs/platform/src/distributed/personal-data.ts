import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Personal data never crosses the broker in clear (docs/architecture.md "Security"): a child's details are
 * sealed with AES-256-GCM under a key derived per case from the deployment's PERSONAL_DATA_KEY, so only
 * the product's own services can open them and a dump of a topic names no child. The case id is bound
 * in as associated data, so a sealed block cannot be moved to another case.
 */
export interface SealedValue {
  readonly sealed: string;
}

function keyFor(master: Buffer, caseId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.from(caseId, 'utf8'), Buffer.from('send:personal-data:v1', 'utf8'), 32));
}

export function seal(master: Buffer, caseId: string, value: unknown): SealedValue {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFor(master, caseId), iv);
  cipher.setAAD(Buffer.from(caseId, 'utf8'));
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return { sealed: Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64') };
}

export function open(master: Buffer, caseId: string, value: SealedValue): unknown {
  const raw = Buffer.from(value.sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', keyFor(master, caseId), raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(caseId, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'));
}

export function isSealed(value: unknown): value is SealedValue {
  return typeof value === 'object' && value !== null && typeof (value as SealedValue).sealed === 'string';
}
