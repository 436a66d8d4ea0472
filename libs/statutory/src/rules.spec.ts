import { isIsoDate } from './calendar.js';
import {
  EXCEPTION_GROUNDS,
  RULES,
  RULE_IDS,
  RULE_VERSIONS,
  SEND_IN_FORCE,
  RULE_TABLE_VERSION,
  RuleId,
  dueDate,
  isLawfulGround,
  isRuleId,
  ruleInForce,
  ruleOf,
  ruleVersions,
} from './rules.js';
import { thrownCode } from '@send/testing';

const ALL_RULES: RuleId[] = [
  'assessment-decision',
  'advice',
  'no-plan-decision',
  'final-plan',
  'draft-representations',
  'consultation-answer',
  'annual-review',
  'review-report',
  'review-decision',
  'amendment-representations',
  'amended-plan',
  'phase-transfer',
  'reassessment-decision',
  'reassessment-final-plan',
  'transfer-plan',
  'transfer-notice',
  'transfer-review',
  'mediation-certificate',
  'mediation-held',
  'appeal-window',
  'order-compliance',
  'agreement-compliance',
  'senco-qualification',
];

describe('RULES', () => {
  it('holds exactly the 23 rules, each under its own id', () => {
    expect([...RULE_IDS].sort()).toEqual([...ALL_RULES].sort());
    for (const id of ALL_RULES) expect(RULES[id].id).toBe(id);
  });

  it('cites a legal source and a title for every rule', () => {
    for (const id of ALL_RULES) {
      expect(RULES[id].source.trim()).not.toBe('');
      expect(RULES[id].title.trim()).not.toBe('');
    }
  });

  it('treats the two representation periods as the family’s, the appeal window as a right, the rest as duties', () => {
    const byKind = (kind: string) => ALL_RULES.filter((id) => RULES[id].kind === kind).sort();
    expect(byKind('period')).toEqual(['amendment-representations', 'draft-representations']);
    expect(byKind('right')).toEqual(['appeal-window']);
    expect(byKind('duty')).toHaveLength(20);
  });

  it('has no fixed period exactly where a special function gives the date', () => {
    const special = ALL_RULES.filter((id) => RULES[id].period === null).sort();
    expect(special).toEqual(['appeal-window', 'order-compliance', 'phase-transfer', 'transfer-plan', 'transfer-review']);
  });

  it('gives an exception source exactly to the rules that have lawful grounds', () => {
    for (const id of ALL_RULES) {
      const { exceptionSource, exceptionGrounds } = RULES[id];
      expect(exceptionSource !== undefined).toBe(exceptionGrounds.length > 0);
    }
  });

  it('cites the regulations docs/domain.md names for the assessment clocks', () => {
    expect(RULES['assessment-decision'].source).toContain('reg 4(1), 5(1)');
    expect(RULES['assessment-decision'].exceptionSource).toContain('reg 5(4)');
    expect(RULES.advice.exceptionSource).toContain('reg 8(2)');
    expect(RULES['no-plan-decision'].exceptionSource).toContain('reg 10(4)');
    expect(RULES['final-plan'].source).toContain('reg 13(2)');
    expect(RULES['final-plan'].exceptionSource).toContain('reg 13(3)');
  });

  it('cannot be changed at run time', () => {
    const rule = RULES['final-plan'] as unknown as { period: unknown; exceptionGrounds: string[] };
    expect(() => {
      rule.period = null;
    }).toThrow(TypeError);
    expect(() => rule.exceptionGrounds.push('waiting-list')).toThrow(TypeError);
    expect(RULES['final-plan'].period).toEqual({ unit: 'weeks', amount: 20 });
  });
});

describe('RULE_TABLE_VERSION', () => {
  it('is a real date', () => {
    expect(isIsoDate(RULE_TABLE_VERSION)).toBe(true);
  });
});

describe('isRuleId', () => {
  it('accepts every rule id and nothing else', () => {
    for (const id of ALL_RULES) expect(isRuleId(id)).toBe(true);
    expect(isRuleId('waiting-list')).toBe(false);
    expect(isRuleId('toString')).toBe(false);
    expect(isRuleId(undefined)).toBe(false);
  });
});

describe('ruleOf', () => {
  it('returns the rule from the table', () => {
    expect(ruleOf('amended-plan')).toBe(RULES['amended-plan']);
    expect(ruleOf('amended-plan').period).toEqual({ unit: 'weeks', amount: 8 });
  });

  it('refuses an id read from outside that is not a rule', () => {
    expect(thrownCode(() => ruleOf('waiting-list' as RuleId))).toBe('STATUTORY.UNKNOWN_RULE');
  });
});

describe('dueDate', () => {
  // Every clock below starts on Monday 3 March 2025; March has 31 days, April 30, May 31, June 30.
  it.each<[RuleId, string, string]>([
    ['assessment-decision', '2025-04-14', '6 weeks = 42 days: 31 Mar is +28, 14 Apr is +42'],
    ['advice', '2025-04-14', '6 weeks, as above'],
    ['no-plan-decision', '2025-06-23', '16 weeks = 112 days: 31 Mar +28, 30 Apr +58, 31 May +89, 23 Jun +112'],
    ['final-plan', '2025-07-21', '20 weeks = 140 days: 30 Jun is +119, 21 Jul is +140'],
    ['draft-representations', '2025-03-17', '15 days beginning with 3 Mar: 3 Mar + 14'],
    ['consultation-answer', '2025-03-18', '15 calendar days after 3 Mar'],
    ['annual-review', '2026-03-02', '12 months starting with 3 Mar: the day before the same day a year on'],
    ['review-report', '2025-03-17', '2 weeks'],
    ['review-decision', '2025-03-31', '4 weeks = 28 days'],
    ['amendment-representations', '2025-03-17', '15 days beginning with 3 Mar'],
    ['amended-plan', '2025-04-28', '8 weeks = 56 days: 31 Mar +28, 28 Apr +56'],
    ['reassessment-decision', '2025-03-18', '15 days from the request: 3 Mar + 15'],
    ['reassessment-final-plan', '2025-06-09', '14 weeks = 98 days: 31 May is +89, 9 Jun is +98'],
    ['mediation-certificate', '2025-03-06', '3 working days: Tue 4, Wed 5, Thu 6'],
    ['mediation-held', '2025-04-02', '30 days: 31 Mar +28, 2 Apr +30'],
    ['agreement-compliance', '2025-03-17', '2 weeks'],
    ['senco-qualification', '2028-03-03', '36 months = 3 years'],
  ])('%s from 2025-03-03 → %s (%s)', (rule, expected) => {
    expect(dueDate(rule, '2025-03-03')).toBe(expected);
  });

  it('gives the 6-week decision from 2024-01-10 as 2024-02-21', () => {
    // 10 Jan + 21 = 31 Jan; + 21 = 21 Feb.
    expect(dueDate('assessment-decision', '2024-01-10')).toBe('2024-02-21');
  });

  it('gives the 20-week final plan from the leap day 2024-02-29 as 2024-07-18', () => {
    // 140 days: 31 Mar +31, 30 Apr +61, 31 May +92, 30 Jun +122, 18 Jul +140.
    expect(dueDate('final-plan', '2024-02-29')).toBe('2024-07-18');
  });

  it('does not stop the 20-week clock for Christmas', () => {
    // From 25 Dec 2023: 31 Dec +6, 31 Jan +37, 29 Feb +66, 31 Mar +97, 30 Apr +127, 13 May +140.
    expect(dueDate('final-plan', '2023-12-25')).toBe('2024-05-13');
  });

  it('counts the mediation certificate in working days across Easter 2025', () => {
    // Adviser contacted Thu 17 Apr: Good Friday, the weekend and Easter Monday do not count;
    // Tue 22 (1), Wed 23 (2), Thu 24 (3).
    expect(dueDate('mediation-certificate', '2025-04-17')).toBe('2025-04-24');
  });

  it('gives the draft representations period 15 days beginning with 2025-03-20 as 2025-04-03', () => {
    expect(dueDate('draft-representations', '2025-03-20')).toBe('2025-04-03');
  });

  it('gives a SENCo appointed on a leap day until the last day of February three years on', () => {
    // 29 Feb 2024 + 36 months: there is no 29 Feb 2027, so 28 Feb.
    expect(dueDate('senco-qualification', '2024-02-29')).toBe('2027-02-28');
  });

  it('ends an annual review clock started on 31 January on 30 January a year on (CFA s.44(1))', () => {
    // The 12 months starting with 31 Jan 2024 end on 30 Jan 2025; from 31 Jan 2025, on 30 Jan 2026.
    expect(dueDate('annual-review', '2024-01-31')).toBe('2025-01-30');
    expect(dueDate('annual-review', '2025-01-31')).toBe('2026-01-30');
  });

  it('ends an annual review clock started on a leap day on 28 February, and one started 1 March 2023 on 29 February', () => {
    expect(dueDate('annual-review', '2024-02-29')).toBe('2025-02-28');
    expect(dueDate('annual-review', '2023-03-01')).toBe('2024-02-29');
  });

  it.each<RuleId>(['phase-transfer', 'appeal-window', 'order-compliance', 'transfer-plan', 'transfer-review'])(
    'refuses %s, whose date needs its own function',
    (rule) => {
      expect(thrownCode(() => dueDate(rule, '2025-03-03'))).toBe('STATUTORY.NO_FIXED_PERIOD');
    },
  );

  it('refuses a trigger date that does not exist', () => {
    expect(thrownCode(() => dueDate('final-plan', '2025-02-29'))).toBe('STATUTORY.INVALID_DATE');
  });
});

describe('isLawfulGround', () => {
  const closuresAndFamily = [
    'school-closure',
    'early-years-closure',
    'exceptional-personal-circumstances',
    'absent-from-area',
  ] as const;

  it.each<RuleId>(['assessment-decision', 'no-plan-decision', 'final-plan', 'reassessment-final-plan'])(
    '%s may be excepted for closures, exceptional personal circumstances or absence, not a missed appointment',
    (rule) => {
      for (const ground of closuresAndFamily) expect(isLawfulGround(rule, ground)).toBe(true);
      expect(isLawfulGround(rule, 'missed-appointment')).toBe(false);
    },
  );

  it('advice may also be excepted for a missed appointment', () => {
    for (const ground of EXCEPTION_GROUNDS) expect(isLawfulGround('advice', ground)).toBe(true);
  });

  it.each(
    ALL_RULES.filter(
      (id) => !['assessment-decision', 'advice', 'no-plan-decision', 'final-plan', 'reassessment-final-plan'].includes(id),
    ),
  )('%s has no lawful exception', (rule) => {
    for (const ground of EXCEPTION_GROUNDS) expect(isLawfulGround(rule, ground)).toBe(false);
  });
});

describe('effective-dated rules', () => {
  // A fabricated later version, for the test only: from 1 January 2027 the final plan would be due in 18 weeks.
  const LATER = {
    ...RULES['final-plan'],
    period: { unit: 'weeks' as const, amount: 18 },
    source: 'Fabricated reg 13(2A)',
    effectiveFrom: '2027-01-01',
  };
  const versions = ruleVersions(RULES, { 'final-plan': [LATER] });

  it('gives every rule a first version in force from 1 September 2014, when the SEND Regulations 2014 came into force', () => {
    expect(SEND_IN_FORCE).toBe('2014-09-01');
    for (const id of ALL_RULES) {
      expect(RULE_VERSIONS[id]).toHaveLength(1);
      expect(RULE_VERSIONS[id][0]).toEqual({ ...RULES[id], effectiveFrom: '2014-09-01' });
    }
  });

  it('reads the version in force on a day: the later one from its first day, the earlier one up to the day before', () => {
    expect(ruleInForce('final-plan', '2026-12-31', versions).period).toEqual({ unit: 'weeks', amount: 20 });
    expect(ruleInForce('final-plan', '2027-01-01', versions).source).toBe('Fabricated reg 13(2A)');
    expect(ruleInForce('advice', '2027-01-01', versions)).toEqual({ ...RULES.advice, effectiveFrom: '2014-09-01' });
  });

  it('counts a clock under the version in force on its trigger date, so a replayed old case keeps its due date', () => {
    // 20 weeks from Thu 31 Dec 2026 = 140 days: 20 May 2027; 18 weeks from Fri 1 Jan 2027 = 126 days: 7 May 2027.
    expect(dueDate('final-plan', '2026-12-31', versions)).toBe('2027-05-20');
    expect(dueDate('final-plan', '2027-01-01', versions)).toBe('2027-05-07');
    expect(dueDate('final-plan', '2027-01-01')).toBe('2027-05-21');
  });

  it('reads the first version before it was in force rather than failing a replay of old data', () => {
    expect(ruleInForce('final-plan', '2014-08-31').effectiveFrom).toBe('2014-09-01');
  });

  it('keeps the shipped table unchanged: RULES[id] is still each rule, and the versions are frozen', () => {
    expect(ruleOf('final-plan')).toBe(RULES['final-plan']);
    expect(Object.isFrozen(RULE_VERSIONS['final-plan'])).toBe(true);
    expect(Object.isFrozen(RULE_VERSIONS['final-plan'][0])).toBe(true);
  });

  it('refuses an unknown rule id', () => {
    expect(thrownCode(() => ruleInForce('waiting-list' as RuleId, '2025-01-01'))).toBe('STATUTORY.UNKNOWN_RULE');
  });
});
