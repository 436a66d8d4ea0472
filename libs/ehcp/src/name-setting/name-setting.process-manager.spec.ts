import { FakeCommandBus, InMemoryWriter, noDatabase, otherContextEvent } from '@send/testing';
import { ehcpStream } from '../ehcp.stream.js';
import { NameSettingCommand, NameSettingHandler } from './name-setting.command.js';
import { NameSettingProcessManager } from './name-setting.process-manager.js';

describe('NameSettingProcessManager', () => {
  const setUp = () => {
    const writer = new InMemoryWriter('2025-09-30');
    const bus = new FakeCommandBus().register(NameSettingCommand, new NameSettingHandler(writer.asWriter()));
    return { writer, bus, pm: new NameSettingProcessManager(bus.asBus(), noDatabase) };
  };
  const allocation = { settingId: 'oakfield', name: 'Oakfield Special School', type: 'special', decidedOn: '2025-09-15' };
  const allocated = otherContextEvent('PlaceAllocated', { ...allocation, fullSettingIds: [] }, 'ev-alloc');

  it('names the allocated setting for section I, as the process, on the day of the allocation', async () => {
    const { writer, bus, pm } = setUp();
    await expect(pm.reactTo(allocated)).resolves.toBe(true);
    const [sent] = bus.sent as NameSettingCommand[];
    expect(sent).toBeInstanceOf(NameSettingCommand);
    const setting = { type: 'special', settingId: 'oakfield', name: 'Oakfield Special School' };
    expect(sent).toMatchObject({
      caseId: 'c1',
      la: '202',
      input: { setting, namedOn: '2025-09-15', sourceEventId: 'ev-alloc' },
      user: { id: 'process:ehcp.name-setting', role: 'system' },
      correlationId: 'corr-1',
      causationId: 'ev-alloc',
    });
    expect(writer.streams.get(ehcpStream('c1'))).toEqual([
      { type: 'SettingNamed', data: { setting, namedOn: '2025-09-15', sourceEventId: 'ev-alloc' } },
    ]);
  });

  it('names a setting without a name by its id and type, dated by the event when the data has no date', async () => {
    const { bus, pm } = setUp();
    const bare = otherContextEvent('PlaceAllocated', { settingId: 'elm', type: 'mainstream' }, 'ev-bare', {
      occurredAt: '2025-09-20T08:00:00Z',
    });
    await pm.reactTo(bare);
    expect((bus.sent as NameSettingCommand[])[0].input).toEqual({
      setting: { type: 'mainstream', settingId: 'elm' },
      namedOn: '2025-09-20',
      sourceEventId: 'ev-bare',
    });
  });

  it('names the setting once however often the allocation is delivered', async () => {
    const { writer, pm } = setUp();
    await pm.reactTo(allocated);
    await pm.reactTo(allocated);
    expect(writer.streams.get(ehcpStream('c1'))?.map((e) => e.type)).toEqual(['SettingNamed']);
  });

  it.each(['PlaceTaken', 'PreferencesExpressed', 'FinalPlanIssued'])('sends nothing for %s', async (type) => {
    const { bus, pm } = setUp();
    await expect(pm.reactTo(otherContextEvent(type, allocation))).resolves.toBe(false);
    expect(bus.sent).toEqual([]);
  });
});
