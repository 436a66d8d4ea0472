import type { DataKey } from './personal-cipher.js';

export const KEY_STORE = Symbol('KEY_STORE');

/** What the key store knows of a case's key. */
export type KeyStatus = 'none' | 'held' | 'destroyed';

/**
 * The children's data keys, kept apart from the events (docs/architecture.md "Security"): one random 256-bit key
 * per case (a case is one child), made when the case's first personal data is written. Destroying it deletes the
 * key's bytes and keeps only the fact and date of the destruction, so no new key is ever made for that case.
 */
export interface KeyStore {
  /** The case's key; made now when it has none and `create` is set. Undefined once destroyed (or never made). */
  dataKey(caseId: string, options: { readonly create: boolean }): Promise<DataKey | undefined>;
  status(caseId: string): Promise<KeyStatus>;
  /** Deletes the key's bytes; true when there was a key to destroy. Destroying twice changes nothing. */
  destroy(caseId: string, destroyedAt: Date): Promise<boolean>;
  close(): Promise<void>;
}
