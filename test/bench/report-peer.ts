import type { PeerOptions, PeerResults, PeerSide } from './peer-bench.js';
import type { Throughput } from './store-bench.js';
import { int, rate, ratio } from './stats.js';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const us = (t: Throughput, units: number) => `${Math.round((t.ms * 1000) / units).toLocaleString('en-GB')} µs`;

type Measure = 'append1' | 'append10' | 'readStream';

/** The "## Against a peer" section: the product's stores and Emmett's on the same workload, ratio = product ÷ Emmett. */
export function renderPeer(r: PeerResults, cfg: PeerOptions): string[] {
  const N = int(r.events);
  const measures: [Measure, string, string, (s: PeerSide) => string][] = [
    [
      'append1',
      'Append, 1 event per append',
      `${N} appends, expected revision each`,
      (s) => rate(s.append1.perSecond, 'events/s'),
    ],
    [
      'append10',
      'Append, 10 events per append',
      `${int(r.events / 10)} appends × 10 events`,
      (s) => rate(s.append10.perSecond, 'events/s'),
    ],
    [
      'readStream',
      '`readStream`, random streams',
      `${int(cfg.readStreamCalls)} streams × ${cfg.perStream} events`,
      (s) => rate(s.readStream.perSecond / cfg.perStream, 'streams/s'),
    ],
  ];
  const lines: string[] = ['## Against a peer: Emmett (same run)', ''];
  const versions = [r.sqlite, r.postgres].flatMap((p) => (p.ran ? [`\`${p.value.emmettVersion}\``] : []));
  lines.push(
    `The product's stores against [Emmett](https://event-driven-io.github.io/emmett/)'s (${versions.join(', ')}, each with its own ` +
      '`@event-driven-io/emmett` core, installed from the lockfiles in `test/bench/peers/`) on the same workload in the same run.',
    '',
  );
  lines.push('### Method', '');
  lines.push(
    `- **Workload.** ${int(r.streams)} case streams of ${cfg.perStream} events (the store section's payloads). Appends go round-robin over the streams, ` +
      `awaited one at a time, each with the expected revision: ${N} appends of one event on fresh stores, then ${int(r.events / 10)} appends of ten on other ` +
      `fresh stores. Then, on the one-event logs, \`readStream\` of ${int(cfg.readStreamCalls)} streams picked by a seeded PRNG (the same picks on every side).`,
    "- **The product** builds each append's records with the production `buildRecords` **inside the timed loop** (ids, canonical JSON, SHA-256 hash chain " +
      "continued from the stream's last event), then `append(streamId, expected, records)`; `expected` is the exact revision (`no-stream` first).",
    "- **Emmett** gets the same `type` and `data` as each event's data, and the product's envelope fields (case id, LA, occurred/recorded at, actor, " +
      'correlation and causation ids) as its metadata; `appendToStream(streamId, events, { expectedStreamVersion })` with the exact version ' +
      '(0n first, which Emmett checks by inserting the stream row) and `readStream(streamId)`. Emmett keeps no hash chain.',
    "- **SQLite**: `SqliteEventStore` and `getSQLiteEventStore({ fileName })`, each on its own fresh file in the same temp directory. Emmett's store opens " +
      'a new connection for every call and closes it after (so the last close also checkpoints the WAL into the database); the third side, ' +
      '"Emmett, one open connection", is Emmett\'s own exported `appendToStream`/`readStream` on one `sqliteConnection` held open, which removes that cost.',
    '- **PostgreSQL**: `PostgresEventStore.open(url)` and `getPostgreSQLEventStore(url)` (its schema migrated first), each on its own fresh database on ' +
      'the same server, dropped afterwards.',
    `- **Interleaving.** The sides run in blocks of ${int(r.block)} appends (${int(r.block / 10)} ten-event appends, ${int(r.block)} reads), alternating which goes first; each side's time is ` +
      'the sum of its blocks. Each append phase starts with a warm-up (1,000 events) on throwaway stores, the reads with 500 warm-up reads. ' +
      'Every store must end with every event, once, or the run fails. Ratio = product ÷ Emmett: 1.00× or more means the product is at least as fast.',
    '',
  );
  lines.push('### Results', '');
  lines.push(row(['Backend', 'Measure', 'Work', 'Product', "Emmett's store", 'Ratio', 'Emmett, one open connection', 'Ratio']));
  lines.push(row(['---', '---', '---', '---:', '---:', '---:', '---:', '---:']));
  for (const [label, part] of [
    ['SQLite', r.sqlite],
    ['PostgreSQL', r.postgres],
  ] as const) {
    if (!part.ran) {
      lines.push(row([label, '–', '–', `NOT RUN: ${part.reason}`, '–', '–', '–', '–']));
      continue;
    }
    const v = part.value;
    for (const [key, name, work, fmt] of measures) {
      const one = v.emmettOneConnection;
      lines.push(
        row([
          label,
          name,
          work,
          fmt(v.product),
          fmt(v.emmett),
          ratio(v.product[key].perSecond, v.emmett[key].perSecond),
          one ? fmt(one) : '–',
          one ? ratio(v.product[key].perSecond, one[key].perSecond) : '–',
        ]),
      );
    }
  }
  lines.push('');
  lines.push('### Settings and time per call (same run)', '');
  lines.push(row(['Backend', 'Side', 'Durability', 'µs per 1-event append', 'µs per 10-event append', 'µs per `readStream`']));
  lines.push(row(['---', '---', '---', '---:', '---:', '---:']));
  const perCall = (label: string, s: PeerSide, durability: string) =>
    row([
      label,
      s.name,
      durability,
      us(s.append1, r.events),
      us(s.append10, r.events / 10),
      us(s.readStream, cfg.readStreamCalls),
    ]);
  if (r.sqlite.ran) {
    const v = r.sqlite.value;
    lines.push(perCall('SQLite', v.product, v.settings.SqliteEventStore));
    lines.push(perCall('SQLite', v.emmett, v.settings.Emmett));
    if (v.emmettOneConnection) lines.push(perCall('SQLite', v.emmettOneConnection, v.settings.Emmett));
  }
  if (r.postgres.ran) {
    const v = r.postgres.value;
    lines.push(perCall('PostgreSQL', v.product, v.settings.server));
    lines.push(perCall('PostgreSQL', v.emmett, v.settings.server));
  }
  lines.push('');
  const parts: string[] = [];
  if (r.sqlite.ran) {
    const v = r.sqlite.value;
    const one = v.emmettOneConnection;
    parts.push(
      `On SQLite every side pays one WAL fsync per commit (synchronous=FULL on all three). Emmett's store spent ${us(v.emmett.append1, r.events)} ` +
        `per one-event append against ${us(v.product.append1, r.events)} for the product` +
        (one
          ? ` and ${us(one.append1, r.events)} for Emmett's own functions on one open connection: the difference between Emmett's two sides is ` +
            'opening the file, setting WAL and closing (which checkpoints) on every call.'
          : '.') +
        " The product's rows carry more than Emmett's (hash and previous hash, a unique event id and a by-case index besides the stream index), " +
        'so each of its commits writes more pages.',
    );
  }
  if (r.postgres.ran) {
    const v = r.postgres.value;
    parts.push(
      `On PostgreSQL both sides make one commit per append: the product's \`events_append\` function (lock, head check, insert, notify) in one ` +
        `round trip, ${us(v.product.append1, r.events)} per one-event append; Emmett's \`emt_append_to_stream\` inside BEGIN … COMMIT, three round trips, ` +
        `${us(v.emmett.append1, r.events)}.`,
    );
  }
  if (parts.length > 0) lines.push(`**What dominates.** ${parts.join(' ')}`, '');
  if (r.sqlite.ran) {
    const retried = Object.entries(r.sqlite.value.retries).map(([side, n]) => `${side} ${int(n)}`);
    lines.push(
      `Emmett's SQLite appends retried after \`SQLITE_BUSY: cannot commit transaction - SQL statements in progress\` (its connection commits while ` +
        `node-sqlite3 may still be finishing the append's last statement, and the transaction rolls back; the bench retries such an append, ` +
        `at most 5 times, inside the timed region; warm-ups included): ${retried.join(', ')}.`,
      '',
    );
  }
  return lines;
}
