import { randomBytes } from 'node:crypto';
import { isSealedField, newDataKey, openToken, sealToken, tokenKeyId, unwrapKey, wrapKey } from './personal-cipher.js';

describe('personal cipher', () => {
  const key = newDataKey();
  const child = { givenName: 'Ada', familyName: 'Lovelace', dateOfBirth: '2016-02-29' };

  it('seals a value under the case key, naming the key, and opens it again', () => {
    const token = sealToken(key, 'case-1', child);
    expect(token).toMatch(/^pd1:[0-9a-f]{16}:[A-Za-z0-9+/]+={0,2}$/);
    expect(token).not.toContain('Ada');
    expect(tokenKeyId(token)).toBe(key.keyId);
    expect(openToken(key, 'case-1', token)).toEqual(child);
  });

  it('gives a new ciphertext each time (a random nonce), so equal names do not show as equal', () => {
    expect(sealToken(key, 'case-1', 'Ada')).not.toBe(sealToken(key, 'case-1', 'Ada'));
  });

  it('refuses a block moved to another case, opened with another key, or altered', () => {
    const token = sealToken(key, 'case-1', child);
    expect(() => openToken(key, 'case-2', token)).toThrow();
    expect(() => openToken({ ...newDataKey(), keyId: key.keyId }, 'case-1', token)).toThrow();
    const body = Buffer.from(token.split(':')[2]!, 'base64');
    body[body.length - 1] ^= 1;
    expect(() => openToken(key, 'case-1', `pd1:${key.keyId}:${body.toString('base64')}`)).toThrow();
  });

  it('tells a sealed field from free text that only looks like one', () => {
    expect(isSealedField({ personal: sealToken(key, 'c', 'x') })).toBe(true);
    expect(isSealedField({ personal: 'pd1:not-a-key:abc' })).toBe(false);
    expect(isSealedField({ personal: sealToken(key, 'c', 'x'), other: 1 })).toBe(false);
    expect(tokenKeyId('pd1: a reason that starts like a token')).toBeUndefined();
  });

  it('wraps a data key under the master key, bound to its case', () => {
    const master = randomBytes(32);
    const wrapped = wrapKey(master, 'case-1', key.key);
    expect(wrapped.includes(key.key)).toBe(false);
    expect(unwrapKey(master, 'case-1', wrapped)).toEqual(key.key);
    expect(() => unwrapKey(master, 'case-2', wrapped)).toThrow();
    expect(() => unwrapKey(randomBytes(32), 'case-1', wrapped)).toThrow();
  });
});
