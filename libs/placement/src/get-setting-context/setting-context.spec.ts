import type { RegisteredSetting, SettingResultsVersion } from '../domain/index.js';
import { EXACT, cohortsOf, disclosureFor, namedSetting, noPlans, settingContextView } from './setting-context.js';

const plan = (settingId: string | undefined, primaryNeed: string | null) => ({
  planSetting: JSON.stringify(settingId === undefined ? { type: 'special' } : { type: 'special', settingId, name: 'x' }),
  primaryNeed,
});

describe('the cohort of each setting', () => {
  it('counts the plans naming each setting by primary need, plans being the sum over needs', () => {
    const rows = [
      plan('oak', 'ASD'),
      plan('oak', 'ASD'),
      plan('oak', 'SLCN'),
      plan('elm', 'SEMH'),
      plan('birch', 'ASD'), // a setting not asked about
      plan(undefined, 'ASD'), // section I names a type of setting only
      { planSetting: null, primaryNeed: 'MLD' },
    ];
    const cohorts = cohortsOf(rows, ['oak', 'elm', 'ash']);
    // oak: ASD 2 + SLCN 1 = 3; elm: SEMH 1; ash: none.
    expect(cohorts.get('oak')).toEqual({ plans: 3, byNeed: { ...noPlans().byNeed, ASD: 2, SLCN: 1 } });
    expect(cohorts.get('elm')).toEqual({ plans: 1, byNeed: { ...noPlans().byNeed, SEMH: 1 } });
    expect(cohorts.get('ash')).toEqual(noPlans());
    expect([...cohorts.keys()]).toEqual(['oak', 'elm', 'ash']);
  });

  it('lists every SEN2 need, from SPLD to OTH, at 0 where no plan has it', () => {
    expect(Object.keys(noPlans().byNeed)).toEqual([
      'SPLD',
      'MLD',
      'SLD',
      'PMLD',
      'SEMH',
      'SLCN',
      'HI',
      'VI',
      'MSI',
      'PD',
      'ASD',
      'OTH',
    ]);
    expect(noPlans().plans).toBe(0);
  });

  it('reads the setting id from section I as the case summary keeps it', () => {
    expect(namedSetting(plan('oak', 'ASD'))).toBe('oak');
    expect(namedSetting(plan(undefined, 'ASD'))).toBeUndefined();
    expect(namedSetting({ planSetting: null, primaryNeed: null })).toBeUndefined();
  });
});

describe('who sees exact figures', () => {
  it.each([
    [{ role: 'caseworker', la: '202' }, 'management-information'],
    [{ role: 'manager', la: '202' }, 'management-information'],
    [{ role: 'caseworker', la: '203' }, 'suppressed'],
    [{ role: 'auditor', la: undefined }, 'suppressed'],
    [{ role: 'admin', la: undefined }, 'suppressed'],
    [{ role: 'tribunal', la: undefined }, 'suppressed'],
  ] as const)('%o sees LA 202 settings as %s', (user, expected) => {
    expect(disclosureFor(user, '202')).toBe(expected);
  });
});

describe('the view of one setting', () => {
  const setting = { settingId: 'oak', name: 'Oakfield', type: 'special', la: '202' } as RegisteredSetting;
  const source: SettingResultsVersion = {
    la: '202',
    version: 2,
    importedOn: '2025-09-20',
    sha256: 'a'.repeat(64),
    formatVersion: 1,
    rows: [
      { settingId: 'oak', academicYear: '2024/25', measure: 'attendance-pct', value: 94, cohortSize: 410 },
      { settingId: 'elm', academicYear: '2024/25', measure: 'attendance-pct', value: 90, cohortSize: 300 },
      { settingId: 'oak', academicYear: '2023/24', measure: 'attendance-pct', value: 93, cohortSize: 400 },
      { settingId: 'oak', academicYear: '2024/25', measure: 'ks2-rwm-expected-pct', value: 61, cohortSize: 3 },
    ],
  };

  it("shows the setting's own results, oldest year first then in the code list's order, and their source", () => {
    const view = settingContextView(
      { setting, asOf: '2025-10-01', countedOn: '2025-10-15', cohort: noPlans(), source, disclosure: 'management-information' },
      EXACT,
    );
    expect(view).toEqual({
      setting: { settingId: 'oak', name: 'Oakfield', type: 'special', la: '202' },
      asOf: '2025-10-01',
      cohort: { asOf: '2025-10-15', plans: 0, byNeed: noPlans().byNeed },
      results: [
        { academicYear: '2023/24', measure: 'attendance-pct', value: 93, cohortSize: 400 },
        { academicYear: '2024/25', measure: 'ks2-rwm-expected-pct', value: 61, cohortSize: 3 },
        { academicYear: '2024/25', measure: 'attendance-pct', value: 94, cohortSize: 410 },
      ],
      source: { version: 2, importedOn: '2025-09-20', sha256: 'a'.repeat(64) },
      disclosure: 'management-information',
    });
  });

  it('says there is no source before any import', () => {
    const view = settingContextView(
      { setting, asOf: '2025-10-01', countedOn: '2025-10-15', cohort: noPlans(), source: undefined, disclosure: 'suppressed' },
      EXACT,
    );
    expect(view).toMatchObject({ results: [], source: null });
  });
});
