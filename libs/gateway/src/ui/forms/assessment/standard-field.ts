/**
 * The national standard a decision relied on, typed as the catalogue names it: "oap-slcn-primary v2"
 * (GET /api/v1/standards; docs/domain.md "National SEND standards (proposal)"). Optional: blank cites none.
 */
const CITATION = /^\s*([a-z0-9][a-z0-9-]*)\s+v(\d+)\s*$/i;

/** The API's `standard` for the text typed, when there is any; text not in the form "<id> v<n>" is sent for the API to name. */
export function standardOf(text: string | undefined): { standard?: { id: string; version: number } } {
  if (text === undefined || text.trim() === '') return {};
  const m = CITATION.exec(text);
  return m ? { standard: { id: m[1]!.toLowerCase(), version: Number(m[2]) } } : { standard: { id: text.trim(), version: 0 } };
}

/** Every field the API may name for it, on its one control. */
export const STANDARD_FIELDS = { standard: 'standard', 'standard.id': 'standard', 'standard.version': 'standard' } as const;

export const STANDARD_LABELS = {
  standard: 'The national standard',
  'standard.id': 'The national standard',
  'standard.version': 'The national standard’s version',
} as const;

/** The check-answers row, shown only when a standard is cited. */
export const standardRows = (text: string | undefined) =>
  text?.trim() ? [{ key: 'National standard relied on', value: text.trim() }] : [];
