import { DATE_IN_THE_FUTURE } from '@send/kernel';
import { fold, given } from '@send/testing';
import { mediationDecider } from './mediation.decider.js';
import { MediationErrors as E } from './mediation.errors.js';
import {
  LETTER_ON,
  WINDOW_ENDS,
  appeal,
  certificate,
  certified,
  certifiedAfterDecline,
  declined,
  disputed,
  met,
  notApplicable,
  openRights,
  opened,
  raise,
  raised,
  refusalRights,
  started,
} from './mediation.fixtures.js';

describe('no appeal rights yet', () => {
  it.each([
    // 28 Dec falls in 25 Dec–1 Jan: the first working day after 1 Jan (HESC Rules r.12(3)(a)).
    ['2025-10-28', '2026-01-02'],
    // 15 Aug falls in August: the first working day of September (r.12(3)(a)).
    ['2025-06-15', '2025-09-01'],
    // Saturday 3 May, then the early May bank holiday: Tuesday (r.12(2)).
    ['2025-03-03', '2025-05-06'],
    // 31 Dec + 2 months is 28 Feb 2026, a Saturday: Monday 2 March.
    ['2025-12-31', '2026-03-02'],
    // An ordinary Tuesday, 2 months on exactly.
    ['2025-02-04', '2025-04-04'],
  ])('a decision letter of %s opens the right to appeal until %s', (letterOn, endsOn) => {
    given(mediationDecider)
      .when(openRights('no-plan', letterOn))
      .then(opened('no-plan', letterOn, endsOn));
  });

  it('refuses a decision letter dated after today', () => {
    const error = given(mediationDecider)
      .when({ ...openRights('no-plan', '2025-03-04'), today: '2025-03-03' })
      .thenThrows(DATE_IN_THE_FUTURE);
    expect(error.details).toEqual({ field: 'decisionLetterOn' });
  });

  it('lets a dispute open the rights of a decision this context has not heard of', () => {
    given(mediationDecider)
      .when(raise(['refusal-to-assess'], LETTER_ON, '2025-03-10'))
      .then([
        raised(['refusal-to-assess'], LETTER_ON, '2025-03-10', 'refusal-to-assess'),
        ...opened('refusal-to-assess', LETTER_ON, WINDOW_ENDS, { disputeId: 'd-1' }),
      ]);
  });

  it('opens no rights for health and social care alone, which cannot be appealed', () => {
    given(mediationDecider)
      .when(raise(['health-social-care'], LETTER_ON, '2025-03-10'))
      .then([raised(['health-social-care'], LETTER_ON, '2025-03-10')]);
  });

  it('refuses a dispute about issues from different decisions', () => {
    const error = given(mediationDecider)
      .when(raise(['refusal-to-assess', 'section-f'], LETTER_ON, '2025-03-10'))
      .thenThrows(E.ISSUES_FROM_DIFFERENT_DECISIONS);
    expect(error.details).toEqual({ field: 'about', decisions: ['refusal-to-assess', 'plan-contents'] });
  });

  it('refuses a dispute raised before the decision letter, or after today', () => {
    given(mediationDecider)
      .when(raise(['cease'], LETTER_ON, '2025-03-02'))
      .thenThrows(E.DATE_BEFORE_DECISION_LETTER);
    given(mediationDecider)
      .when({ ...raise(['cease'], LETTER_ON, '2025-03-10'), today: '2025-03-09' })
      .thenThrows(DATE_IN_THE_FUTURE);
  });
});

describe('appeal rights open', () => {
  it('ignores the same decision event delivered again (process manager redelivery)', () => {
    given(mediationDecider, refusalRights)
      .when(openRights('refusal-to-assess', LETTER_ON, 'ev-1', 'r-2'))
      .then([]);
  });

  it('opens separate rights for another decision letter, e.g. an amended plan', () => {
    given(mediationDecider, opened('plan-contents', '2025-02-04', '2025-04-04'))
      .when(openRights('plan-contents', '2025-05-20', 'ev-2', 'r-2'))
      .then(opened('plan-contents', '2025-05-20', '2025-07-21', { sourceEventId: 'ev-2' }, 'r-2'));
  });

  it('joins a dispute about sections B and F to the final plan’s rights', () => {
    given(mediationDecider, opened('plan-contents', '2025-02-04', '2025-04-04'))
      .when(raise(['section-b', 'section-f', 'section-f'], '2025-02-04', '2025-02-10', 'd-1', 'unused'))
      .then([raised(['section-b', 'section-f'], '2025-02-04', '2025-02-10', 'plan-contents')]);
  });

  it('only links a decision event that arrives after a dispute opened its rights, and only once', () => {
    const byDispute = [
      raised(['refusal-to-assess'], LETTER_ON, '2025-03-10', 'refusal-to-assess'),
      ...opened('refusal-to-assess', LETTER_ON, WINDOW_ENDS, { disputeId: 'd-1' }),
    ];
    const linked = { type: 'AppealRightsLinked', data: { rightsId: 'r-1', sourceEventId: 'ev-7' } } as const;
    given(mediationDecider, byDispute)
      .when(openRights('refusal-to-assess', LETTER_ON, 'ev-7', 'r-9'))
      .then([linked]);
    given(mediationDecider, byDispute, linked)
      .when(openRights('refusal-to-assess', LETTER_ON, 'ev-7', 'r-9'))
      .then([]);
  });
});

describe('a certificate and the appeal window (HESC Rules r.20(1)(b))', () => {
  it('leaves the window alone when a month after the certificate ends sooner', () => {
    // 14 Mar + 1 month = 14 Apr, before 6 May.
    given(mediationDecider, declined).when(certificate('2025-03-14')).then(certifiedAfterDecline.slice(declined.length));
  });

  it('moves the window to a month after a later certificate: old clock not applicable, new one started', () => {
    given(mediationDecider, declined)
      .when(certificate('2025-04-22'))
      .then([
        {
          type: 'CertificateIssued',
          data: {
            disputeId: 'd-1',
            issuedOn: '2025-04-22',
            rightsId: 'r-1',
            appealWindow: { deadlineId: 'appeal-window:r-1:2', endsOn: '2025-05-22' },
          },
        },
        {
          type: 'DeadlineClosedLate',
          data: {
            deadlineId: 'mediation-certificate:d-1',
            rule: 'mediation-certificate',
            closedOn: '2025-04-22',
            dueOn: '2025-03-17',
          },
        },
        notApplicable(
          'appeal-window:r-1',
          'appeal-window',
          '2025-04-22',
          'moved to 2025-05-22 by the mediation certificate of 2025-04-22 (HESC Rules r.20(1)(b))',
        ),
        started('appeal-window:r-1:2', 'appeal-window', '2025-04-22', '2025-05-22'),
      ]);
  });

  it('moves a window into August on to the first working day of September', () => {
    // Letter 20 May: window 21 Jul (20 Jul is a Sunday); certificate 10 Jul + 1 month = 10 Aug → 1 Sep.
    const history = [
      ...opened('no-plan', '2025-05-20', '2025-07-21'),
      raised(['no-plan'], '2025-05-20', '2025-05-21', 'no-plan'),
    ];
    const events = mediationDecider.decide(certificate('2025-07-10'), fold(mediationDecider, history));
    expect(events.at(-1)).toEqual(started('appeal-window:r-1:2', 'appeal-window', '2025-07-10', '2025-09-01'));
  });

  it('does not move a window the family already used by appealing', () => {
    const appealed = [
      ...certifiedAfterDecline,
      {
        type: 'AppealRegistered',
        data: {
          disputeId: 'd-1',
          registeredOn: '2025-04-01',
          windowEndsOn: WINDOW_ENDS,
          inTime: true,
          extensionGranted: false,
          policy: 'current-law',
        },
      },
      met('appeal-window:r-1', 'appeal-window', '2025-04-01'),
    ] as const;
    const second = [raised(['refusal-to-assess'], LETTER_ON, '2025-04-02', 'refusal-to-assess', 'd-2')];
    given(mediationDecider, [...appealed], second)
      .when(certificate('2025-04-22', 'd-2'))
      .then([certified('2025-04-22', 'r-1', 'd-2')]);
  });

  it('lets the family appeal on the moved last day', () => {
    const moved = mediationDecider.decide(certificate('2025-04-22'), fold(mediationDecider, declined));
    given(mediationDecider, declined, [...moved])
      .when(appeal('2025-05-22'))
      .then([
        {
          type: 'AppealRegistered',
          data: {
            disputeId: 'd-1',
            registeredOn: '2025-05-22',
            windowEndsOn: '2025-05-22',
            inTime: true,
            extensionGranted: false,
            policy: 'current-law',
          },
        },
        met('appeal-window:r-1:2', 'appeal-window', '2025-05-22'),
      ]);
  });

  it('refuses a certificate for an unknown dispute', () => {
    given(mediationDecider, disputed).when(certificate('2025-03-14', 'd-9')).thenThrows(E.DISPUTE_NOT_FOUND);
  });
});
