import { qualityFindings, schoolYearOn } from './plan-quality.js';
import type { PlanSections } from './plan-sections.js';

const sections = (E: PlanSections['E'], startsOn?: string): PlanSections =>
  ({
    E,
    F: {
      items: [
        {
          provision: 'Speech and language therapy',
          hours: 1,
          frequency: 'weekly',
          deliveredBy: 'therapist',
          ...(startsOn ? { startsOn } : {}),
        },
      ],
    },
  }) as unknown as PlanSections;

describe('schoolYearOn', () => {
  it.each([
    ['2011-09-01', '2025-09-01', 9, 'born 1 September: the oldest in the year'],
    ['2012-08-31', '2025-09-01', 9, 'born 31 August: the youngest in the same year'],
    ['2012-09-01', '2026-08-31', 8, 'still Year 8 on the last day of August'],
    ['2012-09-01', '2026-09-01', 9, 'Year 9 from 1 September'],
    ['2012-02-29', '2025-09-01', 9, 'a leap-day birthday'],
    ['2020-09-01', '2025-09-01', 0, 'Reception'],
  ])('a child born %s is, on %s, in Year %s (%s)', (born, on, year) => {
    expect(schoolYearOn(born, on)).toBe(year);
  });
});

describe('qualityFindings', () => {
  const dated = [{ outcomeId: 'o-1', text: 'Travels to college alone', by: '2027-07-16' }];

  it('finds nothing in a plan with dated outcomes, a start date and, in Year 9, an area of preparation for adulthood', () => {
    const E = [{ ...dated[0], area: 'independent-living' as const }];
    expect(qualityFindings(sections(E, '2025-09-08'), '2025-09-01', '2011-09-01')).toEqual([]);
  });

  it('asks for an area of preparation for adulthood from Year 9, and not in Year 8', () => {
    expect(qualityFindings(sections(dated, '2025-09-08'), '2025-09-01', '2011-09-01')).toEqual([
      { field: 'sections.E', message: expect.stringContaining('Year 9') },
    ]);
    expect(qualityFindings(sections(dated, '2025-09-08'), '2026-08-31', '2012-09-01')).toEqual([]);
  });

  it('skips the Year 9 finding when the plan does not know the date of birth', () => {
    expect(qualityFindings(sections(dated, '2025-09-08'), '2025-09-01')).toEqual([]);
  });

  it('notes an outcome with no date and a provision item with no start date, naming each', () => {
    expect(qualityFindings(sections([{ outcomeId: 'o-1', text: 'Reads a page' }]), '2025-09-01')).toEqual([
      { field: 'sections.E[0].by', message: expect.stringContaining('"Reads a page"') },
      { field: 'sections.F.items[0].startsOn', message: expect.stringContaining('no start date') },
    ]);
  });
});
