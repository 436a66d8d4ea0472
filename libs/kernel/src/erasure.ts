/**
 * What a child's erased personal data reads as, everywhere: API, pages, bundles, dashboards
 * (docs/architecture.md "Security", erasure).
 */
export const ERASED = '[erased]';

/** The child's identity once erased. The date of birth is '': age bands and SEN2 count the case as of unknown age. */
export const ERASED_CHILD = { givenName: ERASED, familyName: ERASED, dateOfBirth: '' } as const;
