import type { StoredEvent } from '@send/kernel';
import { type SettingEvent, evolveSetting, initialSettingState } from '../domain/index.js';
import {
  type InclusionPlanVersionRow,
  type RegistrySettingRow,
  evolvePlanVersion,
  evolveRegistrySetting,
  planVersionOf,
  planVersionRowKey,
  settingOf,
  settingRowKey,
} from './registry.projection.js';

let position = 0n;
function event(streamId: string, type: string, data: Record<string, unknown>): StoredEvent {
  position += 1n;
  return {
    id: `e${position}`,
    type,
    schemaVersion: 1,
    streamId,
    revision: Number(position),
    position,
    caseId: streamId,
    la: '202',
    occurredAt: '2025-10-01',
    recordedAt: '2025-10-01T09:00:00.000Z',
    actor: { id: 'caseworker@202', role: 'caseworker' },
    correlationId: 'k',
    causationId: 'k',
    data,
    hash: 'h',
    prevHash: 'p',
  };
}

const registered = event('setting-oak', 'SettingRegistered', {
  settingId: 'oak',
  name: 'Oakfield',
  la: '202',
  type: 'special',
  phases: ['primary'],
  needs: ['ASD'],
  capacity: 2,
  placesTaken: 1,
  registeredOn: '2025-10-01',
});
// Appointed on leap day 2024: 3 years → 2027-02-28 (SEND Regs 2014 reg 49, rule senco-qualification).
const appointed = event('setting-oak', 'SencoAppointed', {
  appointedOn: '2024-02-29',
  qualified: false,
  deadlineId: 'senco-qualification:1',
});
const clock = event('setting-oak', 'DeadlineStarted', {
  deadlineId: 'senco-qualification:1',
  rule: 'senco-qualification',
  source: 'reg 49',
  startedOn: '2024-02-29',
  dueOn: '2027-02-28',
});
const taken = event('setting-oak', 'PlaceTaken', { caseId: 'c1', takenOn: '2025-10-02', placesTaken: 2, capacity: 2 });

const foldSettings = (events: StoredEvent[]) =>
  events.reduce<RegistrySettingRow | null>((row, e) => evolveRegistrySetting(row, e), null);

describe('settings registry projection', () => {
  it('keys a row by the setting of a setting stream, and no other stream', () => {
    expect(settingRowKey(registered)).toBe('oak');
    expect(settingRowKey(event('placement-c1', 'PreferencesExpressed', {}))).toBeUndefined();
    expect(settingRowKey(event('inclusion-plan-202', 'InclusionPlanPublished', {}))).toBeUndefined();
  });

  it('holds what the setting stream folds to, through the domain evolve', () => {
    const history = [registered, appointed, clock, taken];
    const folded = history.reduce((s, e) => evolveSetting(s, e as unknown as SettingEvent), initialSettingState());
    const row = foldSettings(history)!;
    expect(settingOf(row)).toEqual(folded);
    expect(row).toMatchObject({ settingId: 'oak', la: '202', registeredAt: registered.position.toString() });
    expect(row.lastPosition).toBe(taken.position.toString());
  });

  it('makes no row for events before a registration', () => {
    expect(foldSettings([event('setting-elm', 'SencoQualified', { qualifiedOn: '2025-10-01' })])).toBeNull();
  });
});

describe('inclusion plan versions projection', () => {
  const publish = (version: number, publishedOn: string) =>
    event('inclusion-plan-202', 'InclusionPlanPublished', {
      la: '202',
      version,
      publishedOn,
      settingIds: ['oak', 'elm'],
      partnerLas: ['203'],
    });

  it('keeps every version as its own row', () => {
    const [v1, v2] = [publish(1, '2025-04-01'), publish(2, '2025-09-01')];
    expect([planVersionRowKey(v1), planVersionRowKey(v2)]).toEqual(['202/1', '202/2']);
    expect(planVersionOf(evolvePlanVersion(null, v2)!)).toEqual({
      la: '202',
      version: 2,
      publishedOn: '2025-09-01',
      settingIds: ['oak', 'elm'],
      partnerLas: ['203'],
    });
  });

  it('keeps the national standards each setting provides, when the version states them', () => {
    const standard = {
      id: 'oap-asd-primary',
      version: 1,
      kind: 'ordinarily-available',
      need: 'ASD',
      title: 'T',
      effectiveFrom: '2024-09-01',
    };
    const provides = [{ settingId: 'oak', standards: [standard] }];
    const stated = event('inclusion-plan-202', 'InclusionPlanPublished', {
      la: '202',
      version: 3,
      publishedOn: '2025-10-01',
      settingIds: ['oak'],
      partnerLas: [],
      provides,
    });
    expect(planVersionOf(evolvePlanVersion(null, stated)!).provides).toEqual(provides);
    expect(evolvePlanVersion(null, publish(1, '2025-04-01'))!.provides).toBeNull();
  });

  it('never changes a published version', () => {
    const row = evolvePlanVersion(null, publish(1, '2025-04-01')) as InclusionPlanVersionRow;
    expect(evolvePlanVersion(row, publish(1, '2025-05-01'))).toBe(row);
  });

  it('ignores every other stream', () => {
    expect(planVersionRowKey(registered)).toBeUndefined();
  });
});
