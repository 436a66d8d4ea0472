/**
 * Where the bytes of attachments live, addressed by their SHA-256 (docs/architecture.md "Attachments"). The
 * events record the hash, never the bytes, so the hash chain covers each file and verify can check it.
 */
export interface BlobStore {
  /** Stores the bytes once, whatever how often they are put; answers their SHA-256, lower-case hex. */
  put(bytes: Uint8Array): Promise<string>;
  /** The bytes stored under a hash, as they are on disk now (verify hashes them again); undefined if absent. */
  get(sha256: string): Promise<Buffer | undefined>;
  has(sha256: string): Promise<boolean>;
  /** Removes the bytes; removing what is absent is not an error. */
  remove(sha256: string): Promise<void>;
}

export const BLOB_STORE = Symbol('BLOB_STORE');

export const SHA256_HEX = /^[0-9a-f]{64}$/;
