import { DomainError } from '@send/kernel';
import { PlacementErrors as E } from './placement.errors.js';
import { hillside, oakfield, plan, registered, settingOf } from './placement.fixtures.js';
import { childStage, tailoredList } from './tailored-list.js';

const riverside = registered({
  settingId: 'riverside',
  name: 'Riverside Resource Base',
  la: '203',
  type: 'resourced',
  phases: ['secondary'],
});
const brookside = registered({ settingId: 'brookside', name: 'Brookside College', type: 'post-16', phases: ['post-16'] });
const registry = [oakfield, hillside, riverside, brookside].map((e) => settingOf(e));

const plans = [
  plan('202', 1, '2025-01-10', ['oakfield', 'hillside']),
  plan('202', 2, '2025-09-01', ['oakfield', 'hillside', 'brookside', 'not-registered'], ['203']),
  plan('203', 1, '2025-06-01', ['riverside', 'oakfield']),
];

const AS_OF = '2025-10-15';
/** Born on the last day of the 2015/16 cohort: Year 5 in 2025/26. */
const year5 = { la: '202', dateOfBirth: '2016-08-31', primaryNeed: 'ASD' as const };
/** Year 8 in 2025/26. */
const year8 = { la: '202', dateOfBirth: '2013-01-15', primaryNeed: 'ASD' as const };

describe('tailoredList', () => {
  it('lists the settings of the LA plan in force, and its partners, that fit need and phase, with the reasons', () => {
    expect(tailoredList(year5, AS_OF, plans, registry)).toEqual([
      {
        settingId: 'oakfield',
        name: 'Oakfield Special School',
        type: 'special',
        la: '202',
        placesFree: 1,
        reasons: [
          "named by LA 202's local inclusion plan (version 2, published 2025-09-01)",
          "meets the child's primary need (ASD)",
          'takes the primary phase: the child is in Year 5 in 2025/26',
          "named by partner LA 203's local inclusion plan (version 1, published 2025-06-01)",
        ],
      },
      {
        settingId: 'hillside',
        name: 'Hillside Primary',
        type: 'mainstream',
        la: '202',
        placesFree: 5,
        reasons: [
          "named by LA 202's local inclusion plan (version 2, published 2025-09-01)",
          "meets the child's primary need (ASD)",
          'takes the primary phase: the child is in Year 5 in 2025/26',
          'mainstream: the presumption of mainstream education applies (CFA s.33)',
        ],
      },
    ]);
  });

  it("draws on a partner LA's setting for a secondary-age child, after the home LA's own", () => {
    const list = tailoredList(year8, AS_OF, plans, registry);
    expect(list.map((i) => i.settingId)).toEqual(['oakfield', 'riverside']);
    expect(list[1].reasons[0]).toBe("named by partner LA 203's local inclusion plan (version 1, published 2025-06-01)");
  });

  it('uses the version in force on the date asked about, with its partners at that date', () => {
    const list = tailoredList(year5, '2025-08-01', plans, registry);
    expect(list.map((i) => i.settingId)).toEqual(['oakfield', 'hillside']);
    expect(list[0].reasons).toContain("named by LA 202's local inclusion plan (version 1, published 2025-01-10)");
    expect(list[0].reasons).toContain('takes the primary phase: the child is in Year 4 in 2024/25');
  });

  it('is empty when no setting serves the primary need', () => {
    expect(tailoredList({ ...year5, primaryNeed: 'HI' }, AS_OF, plans, registry)).toEqual([]);
  });

  it('is empty when the LA has published no plan by then', () => {
    expect(tailoredList({ ...year5, la: '204' }, AS_OF, plans, registry)).toEqual([]);
    expect(tailoredList(year5, '2024-12-31', plans, registry)).toEqual([]);
  });

  it('lists post-16 settings for a young person in Year 12, and nothing past the year they turn 25 (CFA s.46)', () => {
    expect(tailoredList({ ...year5, dateOfBirth: '2009-08-31' }, AS_OF, plans, registry).map((i) => i.settingId)).toEqual([
      'brookside',
    ]);
    expect(tailoredList({ ...year5, dateOfBirth: '1999-08-31' }, AS_OF, plans, registry)).toEqual([]);
  });

  it('refuses a date of birth after the date asked about', () => {
    expect(() => tailoredList({ ...year5, dateOfBirth: '2025-10-16' }, AS_OF, plans, registry)).toThrow(
      expect.objectContaining({ code: E.BIRTH_AFTER_AS_OF }) as unknown as DomainError,
    );
  });
});

describe('childStage', () => {
  it('names year, academic year and phase', () => {
    expect(childStage('2016-09-01', AS_OF)).toEqual({
      curriculumYear: 4,
      yearLabel: 'Year 4',
      academicYear: '2025/26',
      phase: 'primary',
    });
    expect(childStage('2022-03-01', AS_OF)).toEqual({
      curriculumYear: -1,
      yearLabel: 'nursery',
      academicYear: '2025/26',
      phase: 'early-years',
    });
  });
});
