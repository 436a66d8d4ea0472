/**
 * The catalogue's stream. The assessment service holds it (the decisions that cite a standard are its own), so the
 * prefix "standards-" is listed under assessment in the kernel's STREAM_PREFIXES. Its events carry caseId
 * 'national' and la '000', like the national funding reference data.
 */
export const STANDARDS_STREAM = 'standards-catalogue';
export const NATIONAL = { caseId: 'national', la: '000' } as const;
