/**
 * What else holds a child's personal data outside the events and must go when the case is erased, such as the
 * bytes of uploaded photos and videos: each such store registers an eraser under PERSONAL_DATA_ERASERS, and the
 * erasure runs every one of them after its key is destroyed (docs/architecture.md "Security", erasure).
 */
export const PERSONAL_DATA_ERASERS = Symbol('PERSONAL_DATA_ERASERS');

export interface PersonalDataEraser {
  readonly name: string;
  /** Idempotent: an erasure that is asked again runs every eraser again. */
  erase(caseId: string): Promise<void>;
}
