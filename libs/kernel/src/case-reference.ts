/**
 * The case reference people say and type (docs/ui.md "Case references"): the first eight characters of the
 * case id, upper case. It is printed on every page of the tribunal bundle and searched in the work queue;
 * a search matches every case whose id starts with what was typed, so it never hides a collision.
 */
export const CASE_REFERENCE_LENGTH = 8;

export function caseReferenceOf(caseId: string): string {
  return caseId.slice(0, CASE_REFERENCE_LENGTH).toUpperCase();
}

/** What a typed reference (any case, spaces or hyphens around) searches for: a lower-case id prefix, or none. */
export function caseIdPrefixOf(typed: string): string | undefined {
  const prefix = typed.trim().toLowerCase();
  return /^[0-9a-f-]{1,36}$/.test(prefix) ? prefix : undefined;
}
