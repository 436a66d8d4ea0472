import { DATE_IN_THE_FUTURE } from '@send/kernel';
import { given } from '@send/testing';
import { mediationDecider } from './mediation.decider.js';
import { MediationErrors as E } from './mediation.errors.js';
import type { MediationEvent } from './mediation.events.js';
import {
  certificate,
  certified,
  closedLate,
  declined,
  disputed,
  met,
  notApplicable,
  opened,
  raised,
  started,
  step,
  stepped,
} from './mediation.fixtures.js';

/** A no-plan letter of Monday 2026-11-30: the family may appeal until Monday 2027-02-01 (30 Jan is a Saturday). */
const christmas: MediationEvent[] = [
  ...opened('no-plan', '2026-11-30', '2027-02-01'),
  raised(['no-plan'], '2026-11-30', '2026-12-01', 'no-plan'),
  stepped('adviser-contacted', '2026-12-21'),
];

describe('Reg 34: the family declines mediation', () => {
  it.each([
    // Thu 24 Dec counts; Fri 25 and Mon 28 (Boxing Day's substitute) are bank holidays; Tue 29, Wed 30.
    ['2026-12-23', '2026-12-30'],
    // Fri 25, Sat 26, Sun 27, Mon 28 do not count: Tue 29, Wed 30, Thu 31.
    ['2026-12-24', '2026-12-31'],
  ])('declined on %s, the certificate is due within 3 working days, on %s', (on, dueOn) => {
    given(mediationDecider, christmas)
      .when(step('declined', on))
      .then([stepped('declined', on), started('mediation-certificate:d-1', 'mediation-certificate', on, dueOn)]);
  });

  const declinedBeforeChristmas = [
    ...christmas,
    stepped('declined', '2026-12-23'),
    started('mediation-certificate:d-1', 'mediation-certificate', '2026-12-23', '2026-12-30'),
  ];

  it('a certificate on 2026-12-30 meets it; a month on is 30 Jan, which leaves the window at 1 Feb', () => {
    given(mediationDecider, declinedBeforeChristmas)
      .when(certificate('2026-12-30'))
      .then([certified('2026-12-30', 'r-1'), met('mediation-certificate:d-1', 'mediation-certificate', '2026-12-30')]);
  });

  it('a certificate on 2026-12-31 is late', () => {
    given(mediationDecider, declinedBeforeChristmas)
      .when(certificate('2026-12-31'))
      .then([
        certified('2026-12-31', 'r-1'),
        closedLate('mediation-certificate:d-1', 'mediation-certificate', '2026-12-31', '2026-12-30'),
      ]);
  });

  it('refuses a certificate dated before the family declined', () => {
    given(mediationDecider, declinedBeforeChristmas).when(certificate('2026-12-22')).thenThrows(E.DATE_BEFORE_PRECEDING_STEP);
  });

  it('refuses a second certificate', () => {
    given(mediationDecider, declinedBeforeChristmas, certified('2026-12-30', 'r-1'))
      .when(certificate('2026-12-31'))
      .thenThrows(E.CERTIFICATE_ALREADY_ISSUED);
  });

  it('refuses mediation asked for after the family declined it', () => {
    given(mediationDecider, declinedBeforeChristmas).when(step('requested', '2026-12-28')).thenThrows(E.MEDIATION_DECLINED);
  });
});

/** A no-plan letter of 2027-01-11; the LA is told on Friday 29 January that the family wants mediation. */
const requested: MediationEvent[] = [
  ...opened('no-plan', '2027-01-11', '2027-03-11'),
  raised(['no-plan'], '2027-01-11', '2027-01-12', 'no-plan'),
  stepped('requested', '2027-01-29'),
  started('mediation-held:d-1', 'mediation-held', '2027-01-29', '2027-02-28'),
];

describe('Reg 37 and 39: the family asks for mediation', () => {
  it('starts the 30 days across the month end: 29 January to 28 February', () => {
    given(mediationDecider, requested.slice(0, 3))
      .when(step('requested', '2027-01-29', 'd-1', 'family wants to discuss SALT'))
      .then([
        { type: 'MediationRequested', data: { disputeId: 'd-1', on: '2027-01-29', notes: 'family wants to discuss SALT' } },
        started('mediation-held:d-1', 'mediation-held', '2027-01-29', '2027-02-28'),
      ]);
  });

  it('held on Friday 26 February: met, and the certificate due 3 working days later, 3 March', () => {
    given(mediationDecider, requested)
      .when(step('held', '2027-02-26'))
      .then([
        stepped('held', '2027-02-26'),
        met('mediation-held:d-1', 'mediation-held', '2027-02-26'),
        started('mediation-certificate:d-1', 'mediation-certificate', '2027-02-26', '2027-03-03'),
      ]);
  });

  it('held on 1 March: late, and the certificate due 4 March', () => {
    given(mediationDecider, requested)
      .when(step('held', '2027-03-01'))
      .then([
        stepped('held', '2027-03-01'),
        closedLate('mediation-held:d-1', 'mediation-held', '2027-03-01', '2027-02-28'),
        started('mediation-certificate:d-1', 'mediation-certificate', '2027-03-01', '2027-03-04'),
      ]);
  });

  it('a family withdrawing stops the 30 days and starts the Reg 34 certificate clock', () => {
    given(mediationDecider, requested)
      .when(step('declined', '2027-02-02'))
      .then([
        stepped('declined', '2027-02-02'),
        notApplicable('mediation-held:d-1', 'mediation-held', '2027-02-02', 'the family withdrew from mediation'),
        started('mediation-certificate:d-1', 'mediation-certificate', '2027-02-02', '2027-02-05'),
      ]);
  });

  it('an agreement starts the 2-week compliance clock (Reg 42(3))', () => {
    given(mediationDecider, requested, stepped('held', '2027-02-26'))
      .when(step('agreement', '2027-02-26'))
      .then([
        stepped('agreement', '2027-02-26'),
        started('agreement-compliance:d-1', 'agreement-compliance', '2027-02-26', '2027-03-12'),
      ]);
  });

  it('refuses mediation held before it was asked for', () => {
    given(mediationDecider, requested).when(step('held', '2027-01-28')).thenThrows(E.DATE_BEFORE_PRECEDING_STEP);
  });

  it('refuses the family declining after mediation took place', () => {
    given(mediationDecider, requested, stepped('held', '2027-02-26'))
      .when(step('declined', '2027-02-27'))
      .thenThrows(E.MEDIATION_ALREADY_HELD);
  });

  it('refuses the same step twice', () => {
    given(mediationDecider, requested).when(step('requested', '2027-01-30')).thenThrows(E.STEP_ALREADY_RECORDED);
  });
});

describe('a dispute without mediation yet', () => {
  it('records contact with the mediation adviser, with notes', () => {
    given(mediationDecider, disputed)
      .when(step('adviser-contacted', '2025-03-12', 'd-1', 'by phone'))
      .then([{ type: 'MediationAdviserContacted', data: { disputeId: 'd-1', on: '2025-03-12', notes: 'by phone' } }]);
  });

  it('refuses mediation held that nobody asked for, and an agreement without mediation', () => {
    given(mediationDecider, disputed).when(step('held', '2025-03-20')).thenThrows(E.MEDIATION_NOT_REQUESTED);
    given(mediationDecider, disputed).when(step('agreement', '2025-03-20')).thenThrows(E.MEDIATION_NOT_HELD);
  });

  it('refuses a step before the decision letter or after today', () => {
    given(mediationDecider, disputed).when(step('adviser-contacted', '2025-03-02')).thenThrows(E.DATE_BEFORE_DECISION_LETTER);
    given(mediationDecider, disputed)
      .when({ ...step('adviser-contacted', '2025-03-12'), today: '2025-03-11' })
      .thenThrows(DATE_IN_THE_FUTURE);
  });

  it('refuses a step on an unknown dispute, or before any dispute exists', () => {
    given(mediationDecider, disputed)
      .when(step('requested', '2025-03-12', 'd-9'))
      .thenThrows(E.DISPUTE_NOT_FOUND);
    given(mediationDecider).when(step('requested', '2025-03-12')).thenThrows(E.DISPUTE_NOT_FOUND);
  });

  it('refuses a certificate dated before the family contacted the adviser', () => {
    given(mediationDecider, declined).when(certificate('2025-03-11')).thenThrows(E.DATE_BEFORE_PRECEDING_STEP);
  });
});
