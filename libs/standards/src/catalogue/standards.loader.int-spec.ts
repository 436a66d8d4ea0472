import 'reflect-metadata';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixedClock } from '@send/kernel';
import { EVENT_STORE, type EventStore } from '@send/event-store';
import { PlatformModule, loadConfig } from '@send/platform';
import { StandardsErrors } from '../domain/index.js';
import { STANDARDS_STREAM } from '../standards.stream.js';
import { StandardsModule } from '../standards.module.js';
import { StandardsLoader } from './standards.loader.js';
import { standardsDirectory } from './standards-catalogue.js';

/** The loader over a real SQLite store: each version recorded once; an edited loaded version stops start-up. */
describe('StandardsLoader', () => {
  const SHIPPED = 'standards-2025-illustrative.1.json';
  let dataDir: string;
  let standardsDir: string;
  let app: INestApplication | undefined;

  const start = async () => {
    const config = loadConfig({ DATA_DIR: dataDir, PORT: '0', STANDARDS_DIR: standardsDir });
    const moduleRef = await Test.createTestingModule({
      imports: [PlatformModule.forRoot({ config, clock: new FixedClock(new Date('2025-10-01T10:00:00Z')) }), StandardsModule],
      providers: [StandardsLoader],
    }).compile();
    app = moduleRef.createNestApplication({ logger: ['error'] });
    await app.init();
    return app;
  };
  const stop = async () => {
    await app?.close();
    app = undefined;
  };
  const loaded = async (a: INestApplication) => a.get<EventStore>(EVENT_STORE).readStream(STANDARDS_STREAM);

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'standards-loader-'));
    standardsDir = mkdtempSync(join(tmpdir(), 'standards-files-'));
    copyFileSync(join(standardsDirectory({}), SHIPPED), join(standardsDir, SHIPPED));
  });
  afterEach(async () => {
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(standardsDir, { recursive: true, force: true });
  });

  it('records each version once, as national, however often it is loaded', async () => {
    const a = await start();
    const first = await loaded(a);
    const file = JSON.parse(readFileSync(join(standardsDir, SHIPPED), 'utf8'));
    expect(first).toHaveLength(file.entries.length);
    expect(first.every((e) => e.type === 'StandardLoaded' && e.caseId === 'national' && e.la === '000')).toBe(true);
    await a.get(StandardsLoader).onApplicationBootstrap();
    expect(await loaded(a)).toHaveLength(first.length);
  });

  it('refuses to start when a loaded version was edited, and records nothing more', async () => {
    const count = (await loaded(await start())).length;
    await stop();
    const file = JSON.parse(readFileSync(join(standardsDir, SHIPPED), 'utf8'));
    file.entries[2].title = 'Edited';
    writeFileSync(join(standardsDir, SHIPPED), JSON.stringify(file));
    await expect(start()).rejects.toMatchObject({
      code: StandardsErrors.VERSION_CHANGED,
      details: { id: 'oap-asd-primary', version: 1 },
    });
    await stop();
    file.entries[2].title = JSON.parse(readFileSync(join(standardsDirectory({}), SHIPPED), 'utf8')).entries[2].title;
    writeFileSync(join(standardsDir, SHIPPED), JSON.stringify(file));
    expect(await loaded(await start())).toHaveLength(count);
  });
});
