import { type User, type WriteResult, caseTarget, ownStreamTarget } from '@send/platform';
import { inclusionPlanDecider, placementDecider, settingDecider, settingResultsDecider } from './domain/index.js';
import { inclusionPlanStream, placementStream, settingResultsStream, settingStream } from './placement.stream.js';

/** Where the placement handlers write. A child's placement: list, preferences, consultations, allocation. */
export const placementTarget = caseTarget(placementDecider, placementStream);

/** A registered setting: its profile, its places and its SENCo. */
export const settingTarget = ownStreamTarget(settingDecider, ({ settingId }: { settingId: string; la: string }) =>
  settingStream(settingId),
);

/** An LA's local inclusion plan, every version on one stream. */
export const inclusionPlanTarget = ownStreamTarget(inclusionPlanDecider, ({ la }: { la: string }) => inclusionPlanStream(la));

/** An LA's results data for its settings, every import on one stream. */
export const settingResultsTarget = ownStreamTarget(settingResultsDecider, ({ la }: { la: string }) => settingResultsStream(la));

/** A registry write answers with its own id instead of a case id. */
export function registryResult<K extends string>(key: K, id: string, result: WriteResult) {
  const { caseId: _streamId, ...rest } = result;
  return { [key]: id, ...rest } as { [P in K]: string } & Omit<WriteResult, 'caseId'>;
}

/** What a command on a registered setting is made of. */
export interface SettingCommandOptions<I> {
  readonly settingId: string;
  readonly la: string;
  readonly input: I;
  readonly user: Pick<User, 'id' | 'role'>;
  readonly correlationId: string;
  readonly expectedRevision?: number;
}

/** What every command on a registered setting carries from the HTTP edge. */
export abstract class SettingCaseCommand<I> {
  readonly settingId: string;
  readonly la: string;
  readonly input: I;
  readonly user: Pick<User, 'id' | 'role'>;
  readonly correlationId: string;
  readonly expectedRevision?: number;

  constructor(options: SettingCommandOptions<I>) {
    this.settingId = options.settingId;
    this.la = options.la;
    this.input = options.input;
    this.user = options.user;
    this.correlationId = options.correlationId;
    this.expectedRevision = options.expectedRevision;
  }
}
