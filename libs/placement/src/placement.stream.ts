import { STREAM_PREFIXES, caseStream } from '@send/kernel';

/** The placement context's three kinds of stream, as the kernel lists them: cases, settings, inclusion plans. */
const [, SETTING, INCLUSION_PLAN] = STREAM_PREFIXES.placement;

/** One placement stream per case. */
export const placementStream = (caseId: string) => caseStream('placement', caseId);
/**
 * One stream per setting: its places are taken here with the stream's expected revision, so two
 * allocations can never share the last place. Its events belong to no child's case, so their envelope
 * caseId is the stream id itself (a child's history, verify and replay never see part of this stream).
 */
export const settingStream = (settingId: string) => `${SETTING}${settingId}`;
/** One stream per LA's local inclusion plan, every version kept. */
export const inclusionPlanStream = (la: string) => `${INCLUSION_PLAN}${la}`;
/**
 * One stream per LA for its settings' results data, every import kept. It begins "placement-" like a case's
 * stream (as funding's LA streams begin "funding-"), which a case id (a UUID) can never follow with
 * "results-", and which no setting id can reach, unlike a "setting-" name.
 */
export const settingResultsStream = (la: string) => caseStream('placement', `results-${la}`);
