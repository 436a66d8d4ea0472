/**
 * Where the bytes of attachments live, addressed by their SHA-256 within their case (docs/architecture.md
 * "Attachments"). The events record the hash, never the bytes, so the hash chain covers each file and verify
 * can check it. Each case has its own files: the same photo on two children's cases is two files, so that
 * withdrawing or erasing one child's never takes another's.
 */
export interface BlobStore {
  /** Stores the bytes once per case, whatever how often they are put; answers their SHA-256, lower-case hex. */
  put(caseId: string, bytes: Uint8Array): Promise<string>;
  /** The bytes stored under a hash, as they are on disk now (verify hashes them again); undefined if absent. */
  get(caseId: string, sha256: string): Promise<Buffer | undefined>;
  has(caseId: string, sha256: string): Promise<boolean>;
  /** Removes the bytes; removing what is absent is not an error. */
  remove(caseId: string, sha256: string): Promise<void>;
  /** Removes every file of the case (erasure of the case as a whole). */
  removeCase(caseId: string): Promise<void>;
}

export const BLOB_STORE = Symbol('BLOB_STORE');

export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** What a case id may be where it names a folder: no dots or slashes, so no path can leave the store's root. */
export const CASE_ID_SAFE = /^[0-9A-Za-z_-]{1,128}$/;
