import type { DomainEvent } from '@send/kernel';
import type { SettingResultsVersion } from './setting-results.js';

/** An LA's results file, recorded whole: it supersedes the version before it, which stays on the record. */
export type SettingResultsImported = DomainEvent<'SettingResultsImported', SettingResultsVersion>;

export type SettingResultsEvent = SettingResultsImported;
