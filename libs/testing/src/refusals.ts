/**
 * For table-driven tests of functions that refuse their input by throwing: the stable code of the error `fn`
 * throws (a DomainError's code, else the error's name), or 'no error', so a row can expect either.
 */
export function thrownCode(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code ?? (e as Error).name;
  }
  return 'no error';
}
