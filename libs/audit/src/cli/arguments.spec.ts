import { parseAuditArguments } from './arguments.js';

const env = { DATA_DIR: '/srv/send' };
const parse = (...argv: string[]) => parseAuditArguments(argv, env);
const problem = (...argv: string[]) => {
  const parsed = parse(...argv);
  if (parsed.type !== 'usage') throw new Error(`expected a usage error, got ${JSON.stringify(parsed)}`);
  return parsed.problem;
};

describe("the audit tool's arguments", () => {
  it('reads the embedded store in DATA_DIR unless told otherwise', () => {
    expect(parse('verify')).toEqual({
      type: 'command',
      command: {
        type: 'verify',
        store: { type: 'sqlite', file: '/srv/send/send.sqlite' },
        json: false,
        attachments: '/srv/send/attachments',
      },
    });
    expect(parse('verify', '--sqlite', 'copy.sqlite', '--json')).toMatchObject({
      command: { store: { type: 'sqlite', file: 'copy.sqlite' }, json: true },
    });
  });

  it('takes a PostgreSQL URL with an optional schema', () => {
    expect(parse('export', 'c1', '--postgres', 'postgres://u@h/db', '--schema', 's1')).toEqual({
      type: 'command',
      command: { type: 'export', caseId: 'c1', store: { type: 'postgres', url: 'postgres://u@h/db', schema: 's1' } },
    });
    expect(problem('verify', '--postgres', 'postgres://h/db', '--sqlite', 'f')).toMatch(/not both/);
    expect(problem('verify', '--schema', 's1')).toMatch(/--schema goes with --postgres/);
  });

  it('reads replay as of an instant, which must parse', () => {
    expect(parse('replay', 'c1', '--as-of', '2026-01-02T10:00:00Z')).toMatchObject({
      command: { type: 'replay', caseId: 'c1', asOf: new Date('2026-01-02T10:00:00Z') },
    });
    expect(parse('replay', 'c1')).toMatchObject({ command: { type: 'replay', caseId: 'c1' } });
    expect(problem('replay', 'c1', '--as-of', 'yesterday')).toMatch(/--as-of must be an ISO 8601 instant/);
    expect(problem('replay', 'c1', '--as-of', '2026-13-45')).toMatch(/--as-of/);
  });

  it("reads the timeline's filters, refusing an unknown kind", () => {
    expect(parse('timeline', 'c1', '--from', '2025-01-01', '--to', '2025-12-31', '--kinds', 'decision,deadline')).toMatchObject({
      command: { type: 'timeline', query: { from: '2025-01-01', to: '2025-12-31', kinds: ['decision', 'deadline'] } },
    });
    expect(problem('timeline', 'c1', '--kinds', 'decision,gossip')).toMatch(/not gossip/);
    expect(problem('timeline', 'c1', '--from', '1/1/2025')).toMatch(/--from must be a date/);
  });

  it('refuses what a command does not take, instead of ignoring it', () => {
    expect(problem('verify', 'c1')).toMatch(/verify takes no case id/);
    expect(problem('export')).toMatch(/export needs exactly one case id/);
    expect(problem('export', 'c1', 'c2')).toMatch(/exactly one case id/);
    expect(problem('export', 'c1', '--as-of', '2026-01-01')).toMatch(/export does not take --as-of/);
    expect(problem('verify', '--colour')).toMatch(/--colour/);
    expect(problem('rewrite')).toMatch(/unknown command "rewrite"/);
    expect(problem()).toMatch(/a command is needed/);
  });

  it('backs up an embedded store to a named file, and sends PostgreSQL to pg_dump', () => {
    expect(parse('backup', '--out', '/backups/send.sqlite')).toEqual({
      type: 'command',
      command: {
        type: 'backup',
        store: { type: 'sqlite', file: '/srv/send/send.sqlite' },
        out: '/backups/send.sqlite',
        json: false,
      },
    });
    expect(problem('backup')).toMatch(/needs --out/);
    expect(problem('backup', 'c1', '--out', 'f')).toMatch(/no case id/);
    expect(problem('backup', '--postgres', 'postgres://h/db', '--out', 'f')).toMatch(/pg_dump/);
    expect(problem('verify', '--out', 'f')).toMatch(/does not take --out/);
  });

  it('answers help', () => {
    expect(parse('help')).toEqual({ type: 'command', command: { type: 'help' } });
    expect(parse('--help')).toEqual({ type: 'command', command: { type: 'help' } });
  });
});
