import { jsonDepth, malformedTextFields } from './body-depth.interceptor.js';

describe('malformedTextFields', () => {
  it('names every string holding a lone surrogate by its path, nested and in lists', () => {
    const body = {
      child: { givenName: '\udfff\ud800x', familyName: 'Okafor' },
      sections: { F: [{ provision: 'ok' }, { provision: 'speech \ud800 therapy' }] },
    };
    expect(malformedTextFields(body)).toEqual(['child.givenName', 'sections.F[1].provision']);
  });

  it('accepts surrogate pairs, numbers, booleans and null', () => {
    expect(malformedTextFields({ a: 'emoji \ud83d\ude00', b: 1, c: true, d: null, e: ['x'] })).toEqual([]);
  });

  it('names a key that is not text, and a body that is a bare bad string', () => {
    expect(malformedTextFields({ child: { ['\udc00']: 'x' } })).toEqual(['child (a key)']);
    expect(malformedTextFields('\ud800')).toEqual(['body']);
  });
});

describe('jsonDepth', () => {
  it('counts nesting without recursion', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(jsonDepth(deep)).toBe(10_000);
    expect(jsonDepth({ a: { b: 1 } })).toBe(2);
  });
});
