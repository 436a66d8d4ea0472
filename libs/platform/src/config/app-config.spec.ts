import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { ConfigError, kafkaBrokersFrom, loadConfig } from './app-config.js';

describe('loadConfig: the settings the contexts use', () => {
  // Secrets given and a directory that exists: loading writes nothing.
  const base = { DATA_DIR: tmpdir(), AUTH_TOKEN_SECRET: 'secret', PERSONAL_DATA_KEY: '0'.repeat(64) };
  const load = (env: NodeJS.ProcessEnv = {}) => loadConfig({ ...base, ...env });

  it('defaults: current law, the shipped reference files, a 50% timeliness threshold', () => {
    const config = load();
    expect(config.mediationPolicy).toBe('current-law');
    expect(config.fundingReferenceDir).toBeUndefined();
    expect(config.fundingTimelinessThreshold).toBe(50);
  });

  it('reads MEDIATION_POLICY, FUNDING_REFERENCE_DIR (made absolute) and FUNDING_TIMELINESS_THRESHOLD', () => {
    const config = load({
      MEDIATION_POLICY: ' mandatory-mediation ',
      FUNDING_REFERENCE_DIR: 'somewhere/reference',
      FUNDING_TIMELINESS_THRESHOLD: '46.5',
    });
    expect(config.mediationPolicy).toBe('mandatory-mediation');
    expect(config.fundingReferenceDir).toBe(resolve('somewhere/reference'));
    expect(config.fundingTimelinessThreshold).toBe(46.5);
  });

  it('refuses a production distributed service without KEY_STORE_URL: a key file of its own would not be shared', () => {
    const production = { SEND_MODE: 'distributed', NODE_ENV: 'production' };
    expect(() => load(production)).toThrow(ConfigError);
    expect(() => load({ ...production, KEY_STORE_URL: ' ' })).toThrow('KEY_STORE_URL');
    expect(load({ ...production, KEY_STORE_URL: 'postgres://keys' }).keyStoreUrl).toBe('postgres://keys');
    expect(load({ SEND_MODE: 'distributed' }).keyStoreUrl).toBeUndefined();
  });

  it('takes an empty setting as not set', () => {
    const config = load({ MEDIATION_POLICY: '', FUNDING_REFERENCE_DIR: '', FUNDING_TIMELINESS_THRESHOLD: '' });
    expect(config).toMatchObject({ mediationPolicy: 'current-law', fundingTimelinessThreshold: 50 });
    expect(config.fundingReferenceDir).toBeUndefined();
  });

  it.each([
    [{ MEDIATION_POLICY: 'optional' }, /MEDIATION_POLICY=optional is not known: use current-law or mandatory-mediation/],
    [{ FUNDING_TIMELINESS_THRESHOLD: 'half' }, /FUNDING_TIMELINESS_THRESHOLD=half must be a percentage from 0 to 100/],
    [{ FUNDING_TIMELINESS_THRESHOLD: '101' }, /FUNDING_TIMELINESS_THRESHOLD=101/],
    [{ FUNDING_TIMELINESS_THRESHOLD: '-1' }, /FUNDING_TIMELINESS_THRESHOLD=-1/],
  ])('refuses %j with a ConfigError naming the setting', (env, message) => {
    expect(() => load(env)).toThrow(ConfigError);
    expect(() => load(env)).toThrow(message);
  });

  it('reads KAFKA_BROKERS as a comma-separated list, the local broker by default', () => {
    expect(kafkaBrokersFrom({})).toEqual(['127.0.0.1:9092']);
    expect(kafkaBrokersFrom({ KAFKA_BROKERS: 'a:9092, b:9092,' })).toEqual(['a:9092', 'b:9092']);
    expect(load({ KAFKA_BROKERS: 'a:9092' }).kafkaBrokers).toEqual(['a:9092']);
  });
});
