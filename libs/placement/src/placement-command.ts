import { CaseCommand, CaseWriter, type User, WriteResult } from '@send/platform';
import type { IsoDate } from '@send/statutory';
import {
  type InclusionPlanCommand,
  type PlacementCommand,
  type SettingCommand,
  inclusionPlanDecider,
  placementDecider,
  settingDecider,
} from './domain/index.js';

export { CaseCommand };

/** One placement stream per case. */
export const placementStream = (caseId: string) => `placement-${caseId}`;
/**
 * One stream per setting: its places are taken here with the stream's expected revision, so two
 * allocations can never share the last place. Its events belong to no child's case, so their envelope
 * caseId is the stream id itself (a child's history, verify and replay never see part of this stream).
 */
export const settingStream = (settingId: string) => `setting-${settingId}`;
/** One stream per LA's local inclusion plan, every version kept. */
export const inclusionPlanStream = (la: string) => `inclusion-plan-${la}`;

/** The shared body of the case-level placement handlers: build the domain command and run the write path. */
export function runPlacement(
  writer: CaseWriter,
  command: CaseCommand<unknown>,
  domain: Omit<PlacementCommand, 'today'>,
  occurredAt: IsoDate,
  reason?: string,
): Promise<WriteResult> {
  return writer.executeFor(placementDecider, placementStream(command.caseId), command, domain, occurredAt, reason);
}

/** Who asks and under which correlation, for writes to the registry's own streams. */
export interface RegistryMeta {
  readonly user: Pick<User, 'id' | 'role'>;
  readonly correlationId: string;
  readonly causationId?: string;
  readonly expectedRevision?: number;
}

export function runSetting(
  writer: CaseWriter,
  setting: { settingId: string; la: string },
  domain: Omit<SettingCommand, 'today'>,
  occurredAt: IsoDate,
  meta: RegistryMeta,
): Promise<WriteResult> {
  const streamId = settingStream(setting.settingId);
  const command = { ...domain, today: writer.today() } as SettingCommand;
  return writer.execute(settingDecider, streamId, command, { ...meta, caseId: streamId, la: setting.la, occurredAt });
}

export function runInclusionPlan(
  writer: CaseWriter,
  domain: Omit<InclusionPlanCommand, 'today'>,
  meta: RegistryMeta,
): Promise<WriteResult> {
  const streamId = inclusionPlanStream(domain.data.la);
  const command = { ...domain, today: writer.today() } as InclusionPlanCommand;
  return writer.execute(inclusionPlanDecider, streamId, command, {
    ...meta,
    caseId: streamId,
    la: domain.data.la,
    occurredAt: domain.data.publishedOn,
  });
}

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

/** The shared body of the setting handlers. */
export async function runOnSetting(
  writer: CaseWriter,
  command: SettingCaseCommand<unknown>,
  domain: Omit<SettingCommand, 'today'>,
  occurredAt: IsoDate,
) {
  const { settingId, la, user, correlationId, expectedRevision } = command;
  const result = await runSetting(writer, { settingId, la }, domain, occurredAt, { user, correlationId, expectedRevision });
  return registryResult('settingId', settingId, result);
}
