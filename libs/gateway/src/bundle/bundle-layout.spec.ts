import { SEND_TRIBUNAL_BUNDLE_2025 as layout, limitsExceeded, paginate } from './bundle-layout.js';

const counts = (over: Partial<Record<string, number>> = {}) =>
  ({ index: 1, decisions: 2, plan: 3, timeline: 4, deadlines: 1, evidence: 1, orders: 1, ...over }) as never;

describe('the tribunal bundle layout', () => {
  it('keeps the Practice Direction order with its source and version', () => {
    expect(layout.sections.map((s) => s.id)).toEqual([
      'index',
      'decisions',
      'plan',
      'timeline',
      'deadlines',
      'evidence',
      'orders',
    ]);
    expect(layout.source).toContain('Practice Direction on Procedure for the Preparation of Bundles');
    expect(layout.source).toContain('22 April 2025, Schedule One (SEND appeals)');
    // Printed in every bundle's index, so no reader takes the order for the published one.
    expect(layout.source).toContain('section order not verified');
    expect(layout.version).toBe('2025.3');
    // For final hearings listed after 15 July 2025 (see the source comment in bundle-layout.ts).
    expect(layout.effectiveFrom).toBe('2025-07-16');
    expect(layout.limits.map((l) => [l.id, l.pages])).toEqual([
      ['core', 100],
      ['plan', 150],
    ]);
  });

  it('numbers each section from the page after the one before', () => {
    const pages = paginate(layout, counts());
    expect(pages.map((p) => [p.id, p.firstPage, p.pages])).toEqual([
      ['index', 1, 1],
      ['decisions', 2, 2],
      ['plan', 4, 3],
      ['timeline', 7, 4],
      ['deadlines', 11, 1],
      ['evidence', 12, 1],
      ['orders', 13, 1],
    ]);
  });

  it('names a limit only when the sections it covers pass it', () => {
    expect(limitsExceeded(layout, paginate(layout, counts()))).toEqual([]);
    const over = limitsExceeded(layout, paginate(layout, counts({ timeline: 97, plan: 151 })));
    expect(over.map((l) => [l.limit.id, l.pages])).toEqual([
      ['core', 103],
      ['plan', 151],
    ]);
    // Exactly at the limit is within it.
    expect(limitsExceeded(layout, paginate(layout, counts({ plan: 150 })))).toEqual([]);
  });
});
