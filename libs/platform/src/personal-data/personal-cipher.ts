import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * AES-256-GCM under a child's own data key, the case id bound in as associated data so that a block cannot be
 * moved to another case. A sealed value names its key: `pd1:<keyId>:<base64 of iv | tag | ciphertext>`.
 */
export interface DataKey {
  readonly keyId: string;
  readonly key: Buffer;
}

/** A data field that holds a sealed value, as stored. */
export interface SealedField {
  readonly personal: string;
}

const TOKEN = /^pd1:([0-9a-f]{16}):([A-Za-z0-9+/]+={0,2})$/;

function encrypt(key: Buffer, aad: string, plain: Buffer): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

function decrypt(key: Buffer, aad: string, raw: Buffer): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]);
}

export function sealToken(dataKey: DataKey, caseId: string, value: unknown): string {
  const raw = encrypt(dataKey.key, caseId, Buffer.from(JSON.stringify(value), 'utf8'));
  return `pd1:${dataKey.keyId}:${raw.toString('base64')}`;
}

/** The key id a token was sealed under, or undefined when the string is not a sealed token. */
export function tokenKeyId(token: unknown): string | undefined {
  return typeof token === 'string' ? TOKEN.exec(token)?.[1] : undefined;
}

export function openToken(dataKey: DataKey, caseId: string, token: string): unknown {
  const match = TOKEN.exec(token);
  if (!match || match[1] !== dataKey.keyId) throw new Error('not sealed under this key');
  return JSON.parse(decrypt(dataKey.key, caseId, Buffer.from(match[2]!, 'base64')).toString('utf8'));
}

export function isSealedField(value: unknown): value is SealedField {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    tokenKeyId((value as SealedField).personal) !== undefined
  );
}

/** A data key at rest, wrapped under the deployment's master key (PERSONAL_DATA_KEY) with the case id bound in. */
export function wrapKey(master: Buffer, caseId: string, key: Buffer): Buffer {
  return encrypt(master, `key:${caseId}`, key);
}

export function unwrapKey(master: Buffer, caseId: string, wrapped: Buffer): Buffer {
  try {
    return decrypt(master, `key:${caseId}`, wrapped);
  } catch {
    // A configuration fault, never an erasure: every key of the store would fail alike.
    throw new Error('a data key in the key store does not open under PERSONAL_DATA_KEY: is it the deployment master key?');
  }
}

export function newDataKey(): DataKey {
  return { keyId: randomBytes(8).toString('hex'), key: randomBytes(32) };
}
