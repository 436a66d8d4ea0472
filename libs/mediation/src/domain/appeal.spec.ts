import { DATE_IN_THE_FUTURE } from '@send/kernel';
import { fold, given } from '@send/testing';
import { mediationDecider } from './mediation.decider.js';
import { MediationErrors as E } from './mediation.errors.js';
import type { MediationEvent } from './mediation.events.js';
import type { MediationPolicy } from './mediation.commands.js';
import {
  LETTER_ON,
  WINDOW_ENDS,
  appeal,
  certificate,
  certified,
  certifiedAfterDecline,
  closedLate,
  declined,
  disputed,
  met,
  opened,
  raised,
  started,
  stepped,
} from './mediation.fixtures.js';

const registered = (
  registeredOn: string,
  policy: MediationPolicy = 'current-law',
  inTime = true,
  extensionGranted = false,
  windowEndsOn = WINDOW_ENDS,
): MediationEvent => ({
  type: 'AppealRegistered',
  data: { disputeId: 'd-1', registeredOn, windowEndsOn, inTime, extensionGranted, policy },
});

/** A final plan of 2025-02-04 (window 2025-04-04), disputed only as to the school named in section I. */
const sectionIOnly: MediationEvent[] = [
  ...opened('plan-contents', '2025-02-04', '2025-04-04'),
  raised(['section-i'], '2025-02-04', '2025-02-06', 'plan-contents'),
];

/** The family asked for mediation on 12 March; it was held on 2 April and certified on 3 April. */
const mediated: MediationEvent[] = [
  ...disputed,
  stepped('requested', '2025-03-12'),
  started('mediation-held:d-1', 'mediation-held', '2025-03-12', '2025-04-11'),
  stepped('held', '2025-04-02'),
  met('mediation-held:d-1', 'mediation-held', '2025-04-02'),
  started('mediation-certificate:d-1', 'mediation-certificate', '2025-04-02', '2025-04-07'),
  certified('2025-04-03', 'r-1'),
  met('mediation-certificate:d-1', 'mediation-certificate', '2025-04-03'),
];

describe('current law: a certificate before an appeal (CFA 2014 s.55)', () => {
  it('refuses an appeal without a mediation certificate', () => {
    const error = given(mediationDecider, disputed).when(appeal('2025-04-01')).thenThrows(E.CERTIFICATE_REQUIRED);
    expect(error.details).toEqual({ policy: 'current-law', needs: 'certificate' });
  });

  it('refuses an appeal registered before the certificate was issued', () => {
    given(mediationDecider, certifiedAfterDecline).when(appeal('2025-03-13')).thenThrows(E.CERTIFICATE_REQUIRED);
  });

  it('registers an appeal with a certificate after the family declined, using the window', () => {
    given(mediationDecider, certifiedAfterDecline)
      .when(appeal('2025-04-01'))
      .then([registered('2025-04-01'), met('appeal-window:r-1', 'appeal-window', '2025-04-01')]);
  });

  it('registers an appeal only about section I without any certificate', () => {
    given(mediationDecider, sectionIOnly)
      .when(appeal('2025-03-01'))
      .then([
        registered('2025-03-01', 'current-law', true, false, '2025-04-04'),
        met('appeal-window:r-1', 'appeal-window', '2025-03-01'),
      ]);
  });

  it('does not treat sections B and I together as a section I appeal', () => {
    const bAndI = [
      ...opened('plan-contents', '2025-02-04', '2025-04-04'),
      raised(['section-b', 'section-i'], '2025-02-04', '2025-02-06', 'plan-contents'),
    ];
    given(mediationDecider, bAndI).when(appeal('2025-03-01')).thenThrows(E.CERTIFICATE_REQUIRED);
  });

  it('refuses an appeal about health and social care alone', () => {
    given(mediationDecider, [raised(['health-social-care'], LETTER_ON, '2025-03-10')])
      .when(appeal('2025-04-01'))
      .thenThrows(E.NOT_APPEALABLE);
  });
});

describe('mandatory mediation (2022 green paper)', () => {
  it('refuses an appeal after the family declined mediation, certificate or not', () => {
    const error = given(mediationDecider, certifiedAfterDecline)
      .when(appeal('2025-04-01', 'mandatory-mediation'))
      .thenThrows(E.CERTIFICATE_REQUIRED);
    expect(error.details).toEqual({ policy: 'mandatory-mediation', needs: 'mediation-held' });
  });

  it('refuses an appeal only about section I without mediation: the proposal keeps no exception', () => {
    given(mediationDecider, sectionIOnly).when(appeal('2025-03-01', 'mandatory-mediation')).thenThrows(E.CERTIFICATE_REQUIRED);
  });

  it('registers an appeal after mediation took place', () => {
    given(mediationDecider, mediated)
      .when(appeal('2025-04-10', 'mandatory-mediation'))
      .then([registered('2025-04-10', 'mandatory-mediation'), met('appeal-window:r-1', 'appeal-window', '2025-04-10')]);
  });

  it('does not bar the family when the LA failed to hold the mediation asked for', () => {
    const asked: MediationEvent[] = [
      ...disputed,
      stepped('requested', '2025-03-12'),
      started('mediation-held:d-1', 'mediation-held', '2025-03-12', '2025-04-11'),
    ];
    // The certificate of 14 April also moves the window to 14 May.
    const notHeld = [...asked, ...mediationDecider.decide(certificate('2025-04-14'), fold(mediationDecider, asked))];
    given(mediationDecider, notHeld)
      .when(appeal('2025-04-15', 'mandatory-mediation'))
      .then([
        registered('2025-04-15', 'mandatory-mediation', true, false, '2025-05-14'),
        met('appeal-window:r-1:2', 'appeal-window', '2025-04-15'),
      ]);
  });
});

describe('time to appeal (HESC Rules r.20(1))', () => {
  it('registers an appeal on the last day, 2025-05-06', () => {
    given(mediationDecider, certifiedAfterDecline)
      .when(appeal(WINDOW_ENDS))
      .then([registered(WINDOW_ENDS), met('appeal-window:r-1', 'appeal-window', WINDOW_ENDS)]);
  });

  it('refuses an appeal the day after, naming the last day', () => {
    const error = given(mediationDecider, certifiedAfterDecline).when(appeal('2025-05-07')).thenThrows(E.APPEAL_OUT_OF_TIME);
    expect(error.details).toEqual({ windowEndsOn: WINDOW_ENDS });
  });

  it('registers it late where the tribunal extended time, closing the window late', () => {
    given(mediationDecider, certifiedAfterDecline)
      .when(appeal('2025-05-07', 'current-law', true))
      .then([
        registered('2025-05-07', 'current-law', false, true),
        closedLate('appeal-window:r-1', 'appeal-window', '2025-05-07', WINDOW_ENDS),
      ]);
  });

  it('refuses a second appeal, one before the decision letter, and one after today', () => {
    given(mediationDecider, certifiedAfterDecline, registered('2025-04-01'))
      .when(appeal('2025-04-02'))
      .thenThrows(E.ALREADY_APPEALED);
    given(mediationDecider, sectionIOnly).when(appeal('2025-02-03')).thenThrows(E.DATE_BEFORE_DECISION_LETTER);
    given(mediationDecider, sectionIOnly)
      .when({ ...appeal('2025-03-01'), today: '2025-02-28' })
      .thenThrows(DATE_IN_THE_FUTURE);
  });

  it('refuses an appeal on an unknown dispute', () => {
    given(mediationDecider, declined)
      .when(appeal('2025-04-01', 'current-law', false, 'd-9'))
      .thenThrows(E.DISPUTE_NOT_FOUND);
  });
});
