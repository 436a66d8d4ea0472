import { MAINSTREAM, REFERENCE, SALT, SPECIAL, TA_25_HOURS, WORKED_TOTAL, WRITING_BOARD } from './funding.fixtures.js';
import { priceItem, pricePlan, splitElements, tariffFor } from './pricing.js';
import { bandFor, referenceForPlan, referenceInForce } from './reference-data.js';

describe('pricing an item of section F', () => {
  it('1 hour weekly SaLT at £60 a session × 39 weeks = £2,340.00', () => {
    expect(priceItem(SALT, REFERENCE, 39)).toEqual({
      provision: SALT.provision,
      tariffId: 'salt-session',
      unit: 'session',
      tariffPence: 6000,
      quantityPerYear: 39,
      annualPence: 234_000,
    });
  });

  it('25 hours a week of a teaching assistant at £18.50 × 39 weeks = £18,037.50', () => {
    const line = priceItem(TA_25_HOURS, REFERENCE, 39);
    expect(line).toMatchObject({ tariffId: 'ta-hour', unit: 'hour', quantityPerYear: 975, annualPence: 1_803_750 });
  });

  it('counts sessions, not hours, for a session tariff: 2 hours fortnightly = 19.5 sessions', () => {
    const line = priceItem({ ...SALT, hours: 2, frequency: 'fortnightly' }, REFERENCE, 39);
    expect(line).toMatchObject({ quantityPerYear: 19.5, annualPence: 117_000 });
  });

  it('prices a termly session 3 times in a 39-week year (1/13 of a week)', () => {
    expect(priceItem({ ...SALT, frequency: 'termly' }, REFERENCE, 39)).toMatchObject({ quantityPerYear: 3, annualPence: 18_000 });
  });

  it('prices equipment there at all times by its annual tariff', () => {
    expect(priceItem(WRITING_BOARD, REFERENCE, 39)).toMatchObject({
      tariffId: 'equipment-year',
      quantityPerYear: 1,
      annualPence: 25_000,
    });
  });

  describe('rounding: exact to the line, then half to even once', () => {
    const odd = (pence: number) => ({
      ...REFERENCE,
      tariffs: [{ id: 'odd', unit: 'hour' as const, pence, matches: ['odd tutoring'] }],
    });
    const halfHourWeekly = { provision: 'odd tutoring', hours: 0.5, frequency: 'weekly', deliveredBy: 'tutor' };

    it('19.5 hours × 1851p = 36,094.5p → 36,094p (half up would say 36,095p)', () => {
      expect(priceItem(halfHourWeekly, odd(1851), 39).annualPence).toBe(36_094);
    });

    it('19.5 hours × 1853p = 36,133.5p → 36,134p', () => {
      expect(priceItem(halfHourWeekly, odd(1853), 39).annualPence).toBe(36_134);
    });

    it('does not drift with a decimal that binary cannot hold: 0.1 hour daily × 39 × 1850p = 36,075p exactly', () => {
      expect(priceItem({ ...halfHourWeekly, hours: 0.1, frequency: 'daily' }, odd(1850), 39).annualPence).toBe(36_075);
    });
  });

  describe('an item no tariff can price stays as a £0 line with the reason', () => {
    it.each([
      [
        'no tariff matches',
        { provision: 'Forest school', hours: 2, frequency: 'weekly', deliveredBy: 'forest school leader' },
        'no tariff',
      ],
      ['hours missing for an hourly tariff', { ...TA_25_HOURS, hours: undefined }, 'needs the hours'],
      ['a frequency it cannot count', { ...SALT, frequency: 'every lesson' }, 'not a frequency'],
      ['a continuous item on a session tariff', { ...SALT, frequency: 'continuous' }, 'annual tariff'],
      ['hours no year can hold', { ...TA_25_HOURS, hours: 1e300 }, 'too large'],
    ])('%s', (_, item, why) => {
      const line = priceItem(item, REFERENCE, 39);
      expect(line.annualPence).toBe(0);
      expect(line.unpriced).toContain(why);
    });
  });

  it('needs the tariff\u2019s deliveredBy too: a TA tariff does not price a teacher', () => {
    expect(tariffFor({ ...TA_25_HOURS, deliveredBy: 'class teacher' }, REFERENCE.tariffs)).toBeUndefined();
  });

  it('matches whole words only, and never a place tariff from an item', () => {
    expect(
      tariffFor({ provision: 'a place at the salt works', frequency: 'weekly', deliveredBy: 'x' }, REFERENCE.tariffs)?.id,
    ).toBe('salt-session');
    expect(tariffFor({ provision: 'asalted place', frequency: 'weekly', deliveredBy: 'x' }, REFERENCE.tariffs)).toBeUndefined();
  });
});

describe('pricing a plan', () => {
  it('in mainstream: element 2 is the first £6,000, element 3 the rest; band by annual cost', () => {
    const p = pricePlan([SALT, TA_25_HOURS], MAINSTREAM, REFERENCE);
    expect(p).toMatchObject({
      annualPence: WORKED_TOTAL,
      band: { id: 'C', name: 'Band C' },
      element2Pence: 600_000,
      element3Pence: WORKED_TOTAL - 600_000,
      placeFundingPence: 0,
      thresholdPence: 600_000,
      weeksOpen: 39,
      referenceVersion: 'test.1',
    });
  });

  it('in mainstream under the threshold: all element 2, no top-up', () => {
    const p = pricePlan([SALT], MAINSTREAM, REFERENCE);
    expect(p).toMatchObject({ annualPence: 234_000, band: { id: 'A' }, element2Pence: 234_000, element3Pence: 0 });
  });

  it('in a special school: £10,000 place funding, and the whole additional cost is top-up', () => {
    const p = pricePlan([SALT, TA_25_HOURS], SPECIAL, REFERENCE);
    expect(p).toMatchObject({ element2Pence: 0, element3Pence: WORKED_TOTAL, placeFundingPence: 1_000_000 });
  });

  it('with no setting named: the mainstream split (CFA 2014 s.33)', () => {
    expect(splitElements(700_000, undefined, REFERENCE)).toEqual({
      element2Pence: 600_000,
      element3Pence: 100_000,
      placeFundingPence: 0,
    });
  });

  it('in a residential setting: 52 weeks', () => {
    const p = pricePlan([SALT], { ...SPECIAL, residential: true }, REFERENCE);
    expect(p).toMatchObject({ weeksOpen: 52, annualPence: 312_000 });
  });
});

describe('bands and versions', () => {
  it.each([
    [0, 'A'],
    [599_999, 'A'],
    [600_000, 'B'],
    [1_499_999, 'B'],
    [1_500_000, 'C'],
    [99_000_000, 'C'],
  ])('%p pence is band %s (min ≤ cost < max)', (pence, band) => {
    expect(bandFor(pence, REFERENCE.bands)?.id).toBe(band);
  });

  const v1 = REFERENCE;
  const v2 = { ...REFERENCE, version: 'test.2', effectiveFrom: '2026-04-01' };

  it('the version in force is the latest effective on or before the date', () => {
    expect(referenceInForce([v2, v1], '2026-03-31')?.version).toBe('test.1');
    expect(referenceInForce([v2, v1], '2026-04-01')?.version).toBe('test.2');
    expect(referenceInForce([v2, v1], '2024-03-31')).toBeUndefined();
  });

  it('a plan issued before every version is priced with the earliest', () => {
    expect(referenceForPlan([v2, v1], '2023-01-01')?.version).toBe('test.1');
  });
});
