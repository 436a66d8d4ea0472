import { pricePlanInputOf } from './plan-issued.js';

const sections = {
  A: { text: 'x' },
  F: {
    items: [
      { provision: 'Speech and language therapy', hours: 1, frequency: 'weekly', deliveredBy: 'therapist', extra: 'dropped' },
      { provision: 'Sloped writing board', frequency: 'at all times', deliveredBy: 'class teacher' },
    ],
  },
  I: { type: 'special', settingId: 'urn-1', name: 'Brook' },
};

describe('pricePlanInputOf (FinalPlanIssued / AmendedPlanIssued data)', () => {
  it('copies only what pricing needs', () => {
    expect(pricePlanInputOf({ version: 2, issuedOn: '2025-09-01', sections })).toEqual({
      planVersion: 2,
      issuedOn: '2025-09-01',
      items: [
        { provision: 'Speech and language therapy', hours: 1, frequency: 'weekly', deliveredBy: 'therapist' },
        { provision: 'Sloped writing board', frequency: 'at all times', deliveredBy: 'class teacher' },
      ],
      setting: { type: 'special', settingId: 'urn-1', name: 'Brook' },
    });
  });

  it('takes F as a bare list, and no section I', () => {
    const input = pricePlanInputOf({ version: 3, issuedOn: '2025-09-01', sections: { F: sections.F.items } });
    expect(input?.items).toHaveLength(2);
    expect(input).not.toHaveProperty('setting');
  });

  it.each([
    ['no version', { issuedOn: '2025-09-01', sections }],
    ['no date', { version: 2, sections }],
    ['sections still sealed', { version: 2, issuedOn: '2025-09-01', sections: { sealed: 'abc' } }],
    ['no section F', { version: 2, issuedOn: '2025-09-01', sections: { A: 'x' } }],
    ['not an object', 'FinalPlanIssued'],
  ])('cannot price an event with %s', (_, data) => {
    expect(pricePlanInputOf(data)).toBeUndefined();
  });
});
