import { given } from '@send/testing';
import { mediationDecider } from './mediation.decider.js';
import { MediationErrors as E } from './mediation.errors.js';
import type { MediationCommand, MediationStep } from './mediation.commands.js';
import type { MediationEvent } from './mediation.events.js';
import type { TribunalOrder } from '@send/statutory';
import {
  appeal,
  certificate,
  closedLate,
  command,
  met,
  notApplicable,
  raise,
  replay,
  started,
  step,
} from './mediation.fixtures.js';

const decide = (c: MediationCommand, events: MediationEvent[]) =>
  mediationDecider.decide(c, events.reduce(mediationDecider.evolve, mediationDecider.initialState()));
const history = (...commands: MediationCommand[]) => replay(decide, ...commands);
const agree = (on: string, extra: { order?: TribunalOrder; agreedDueOn?: string } = {}) =>
  command('RecordMediationStep', { disputeId: 'd-1', step: 'agreement' as MediationStep, on, agreementId: 'a-1', ...extra });
const done = (doneOn: string) => command('RecordAgreementDone', { disputeId: 'd-1', doneOn });
const lateBreach = (on: string, sourceEventId = 'ev-breach') =>
  command('RecordMediationNotArranged', { disputeId: 'd-1', on, sourceEventId });

/** A section F dispute about a plan issued Monday 2026-06-15; mediation held Wednesday 15 July. */
const mediatedOnF = history(
  raise(['section-f'], '2026-06-15', '2026-06-16'),
  step('requested', '2026-06-17'),
  step('held', '2026-07-15'),
);
/** Health and social care only: the family cannot appeal, so Reg 42(3) applies. */
const mediatedOnCare = history(
  raise(['health-social-care'], '2026-06-15', '2026-06-16'),
  step('requested', '2026-06-17'),
  step('held', '2026-07-15'),
);

describe('Reg 42(2): an agreement on appealable issues starts the clocks of the order it amounts to', () => {
  it('as an order to amend the provision: the amended plan within 5 weeks, Wed 22 July → Wed 26 August (no August rule)', () => {
    given(mediationDecider, mediatedOnF)
      .when(agree('2026-07-22', { order: 'amend-provision' }))
      .then([
        {
          type: 'MediationAgreementReached',
          data: {
            disputeId: 'd-1',
            on: '2026-07-22',
            agreementId: 'a-1',
            order: 'amend-provision',
            steps: [{ step: 'amended-plan', dueOn: '2026-08-26' }],
          },
        },
        started('order-compliance:a-1:amended-plan', 'order-compliance', '2026-07-22', '2026-08-26'),
      ]);
  });

  it('as an order to re-assess after a refusal: notify in 2 weeks, decide not to issue in 10, final plan in 14 (Christmas counts)', () => {
    const refused = history(
      raise(['refusal-to-reassess'], '2026-10-05', '2026-10-06'),
      step('requested', '2026-10-07'),
      step('held', '2026-11-02'),
    );
    given(mediationDecider, refused)
      .when(agree('2026-11-04', { order: 'assess' }))
      .then([
        {
          type: 'MediationAgreementReached',
          data: {
            disputeId: 'd-1',
            on: '2026-11-04',
            agreementId: 'a-1',
            order: 'assess',
            steps: [
              { step: 'notify-assessment', dueOn: '2026-11-18' },
              { step: 'decision-not-to-issue', dueOn: '2027-01-13' },
              { step: 'final-plan', dueOn: '2027-02-10' },
            ],
          },
        },
        started('order-compliance:a-1:notify-assessment', 'order-compliance', '2026-11-04', '2026-11-18'),
        started('order-compliance:a-1:decision-not-to-issue', 'order-compliance', '2026-11-04', '2027-01-13'),
        started('order-compliance:a-1:final-plan', 'order-compliance', '2026-11-04', '2027-02-10'),
      ]);
  });

  it('Reg 42(5): another date agreed in writing replaces the order’s', () => {
    given(mediationDecider, mediatedOnF)
      .when(agree('2026-07-22', { order: 'amend-provision', agreedDueOn: '2026-09-30' }))
      .then([
        {
          type: 'MediationAgreementReached',
          data: {
            disputeId: 'd-1',
            on: '2026-07-22',
            agreedDueOn: '2026-09-30',
            agreementId: 'a-1',
            order: 'amend-provision',
            steps: [{ step: 'amended-plan', dueOn: '2026-09-30' }],
          },
        },
        started('order-compliance:a-1:amended-plan', 'order-compliance', '2026-07-22', '2026-09-30'),
      ]);
  });

  it('refuses an order the dispute could not lead to, and any order on issues the family cannot appeal', () => {
    given(mediationDecider, mediatedOnF)
      .when(agree('2026-07-22', { order: 'cease-dismissed' }))
      .thenThrows(E.AGREEMENT_ORDER_NOT_APPEALABLE);
    given(mediationDecider, mediatedOnCare)
      .when(agree('2026-07-22', { order: 'amend-provision' }))
      .thenThrows(E.AGREEMENT_ORDER_NOT_APPEALABLE);
  });

  it('refuses order or an agreed date on any other step', () => {
    given(mediationDecider, mediatedOnF)
      .when(command('RecordMediationStep', { disputeId: 'd-1', step: 'adviser-contacted', on: '2026-07-22', order: 'assess' }))
      .thenThrows(E.ONLY_WITH_AGREEMENT);
  });

  it('refuses an agreed date before the agreement', () => {
    given(mediationDecider, mediatedOnF)
      .when(agree('2026-07-22', { agreedDueOn: '2026-07-21' }))
      .thenThrows(E.AGREED_DATE_BEFORE_AGREEMENT);
  });
});

describe('Reg 42(3): other agreements, 2 weeks, closed when what was agreed is done', () => {
  it('starts 2 weeks over the August bank holiday: Thu 20 Aug → Thu 3 Sep', () => {
    given(mediationDecider, mediatedOnCare)
      .when(agree('2026-08-20'))
      .then([
        { type: 'MediationAgreementReached', data: { disputeId: 'd-1', on: '2026-08-20' } },
        started('agreement-compliance:d-1', 'agreement-compliance', '2026-08-20', '2026-09-03'),
      ]);
  });

  it('Reg 42(5): to a date agreed in writing', () => {
    given(mediationDecider, mediatedOnCare)
      .when(agree('2026-08-20', { agreedDueOn: '2026-10-01' }))
      .then([
        { type: 'MediationAgreementReached', data: { disputeId: 'd-1', on: '2026-08-20', agreedDueOn: '2026-10-01' } },
        started('agreement-compliance:d-1', 'agreement-compliance', '2026-08-20', '2026-10-01'),
      ]);
  });

  const agreed = [...mediatedOnCare, ...decide(agree('2026-08-20'), mediatedOnCare)];

  it('done on the last day meets it', () => {
    given(mediationDecider, agreed)
      .when(done('2026-09-03'))
      .then([
        { type: 'AgreementCompleted', data: { disputeId: 'd-1', doneOn: '2026-09-03' } },
        met('agreement-compliance:d-1', 'agreement-compliance', '2026-09-03'),
      ]);
  });

  it('done the day after closes it late', () => {
    given(mediationDecider, agreed)
      .when(done('2026-09-04'))
      .then([
        { type: 'AgreementCompleted', data: { disputeId: 'd-1', doneOn: '2026-09-04' } },
        closedLate('agreement-compliance:d-1', 'agreement-compliance', '2026-09-04', '2026-09-03'),
      ]);
  });

  it('refuses it twice, before the agreement, with no agreement, and for an agreement met by the acts', () => {
    const twice = [...agreed, ...decide(done('2026-09-01'), agreed)];
    given(mediationDecider, twice).when(done('2026-09-02')).thenThrows(E.AGREEMENT_ALREADY_DONE);
    given(mediationDecider, agreed).when(done('2026-08-19')).thenThrows(E.DATE_BEFORE_PRECEDING_STEP);
    given(mediationDecider, mediatedOnCare).when(done('2026-09-01')).thenThrows(E.NO_AGREEMENT);
    const asOrder = [...mediatedOnF, ...decide(agree('2026-07-22', { order: 'amend-provision' }), mediatedOnF)];
    given(mediationDecider, asOrder).when(done('2026-08-01')).thenThrows(E.AGREEMENT_MET_BY_ACTS);
  });
});

/**
 * A no-plan letter of Monday 2026-11-30 (window Monday 2027-02-01); mediation asked for on Tuesday 1 December,
 * so the LA's 30 days end Thursday 31 December (Reg 37).
 */
const requested = history(raise(['no-plan'], '2026-11-30', '2026-12-01'), step('requested', '2026-12-01'));
const WHY_MOVED =
  'moved to 2027-02-08: mediation was not arranged within 30 days and the certificate is owed by 2027-01-06 ' +
  '(SEND Regulations 2014 reg 37; HESC Rules r.20(1)(b))';
/** The 30 days ran out: the watcher's breach is dated Friday 1 January 2027, a bank holiday. */
const owedAfterBreach: MediationEvent[] = [
  {
    type: 'MediationNotArranged',
    data: {
      disputeId: 'd-1',
      on: '2027-01-01',
      by: 'breach',
      certificateDueOn: '2027-01-06',
      sourceEventId: 'ev-breach',
      rightsId: 'r-1',
      appealWindow: { deadlineId: 'appeal-window:r-1:2', endsOn: '2027-02-08' },
    },
  },
  started('mediation-certificate:d-1', 'mediation-certificate', '2027-01-01', '2027-01-06'),
  notApplicable('appeal-window:r-1', 'appeal-window', '2027-01-01', WHY_MOVED),
  started('appeal-window:r-1:2', 'appeal-window', '2027-01-01', '2027-02-08'),
];

describe('Regs 37–39: the LA does not arrange mediation in time, the family is still owed its certificate', () => {
  it('once the 30 days run out: the certificate is due in 3 working days (Mon 4, Tue 5, Wed 6 January) and the window moves as if it came then', () => {
    // A month after Wed 6 Jan is Sat 6 Feb: the window moves from Mon 1 Feb to Mon 8 Feb (HESC Rules r.12(2)).
    given(mediationDecider, requested).when(lateBreach('2027-01-01')).then(owedAfterBreach);
  });

  it('delivered twice, records once; nothing after mediation took place, after declining, or once a certificate was issued', () => {
    given(mediationDecider, requested, owedAfterBreach).when(lateBreach('2027-01-01')).then([]);
    given(mediationDecider, requested, owedAfterBreach).when(lateBreach('2027-01-01', 'ev-other')).then([]);
    const held = history(
      raise(['no-plan'], '2026-11-30', '2026-12-01'),
      step('requested', '2026-12-01'),
      step('held', '2026-12-30'),
    );
    given(mediationDecider, held).when(lateBreach('2027-01-01')).then([]);
    const declinedThen = history(raise(['no-plan'], '2026-11-30', '2026-12-01'), step('declined', '2026-12-02'));
    given(mediationDecider, declinedThen).when(lateBreach('2027-01-01')).then([]);
    const certifiedThen = [...requested, ...decide(certificate('2026-12-31'), requested)];
    given(mediationDecider, certifiedThen).when(lateBreach('2027-01-01')).then([]);
    given(mediationDecider).when(lateBreach('2027-01-01')).then([]);
  });

  it('the LA tells the adviser first (Wed 23 December): certificate due Wed 30 December; the window stays at 1 Feb', () => {
    // 30 Dec + 1 month = Sat 30 Jan → Mon 1 Feb: no later than the letter's 2 months, so no move.
    given(mediationDecider, requested)
      .when(step('not-arranged', '2026-12-23'))
      .then([
        {
          type: 'MediationNotArranged',
          data: { disputeId: 'd-1', on: '2026-12-23', by: 'la', certificateDueOn: '2026-12-30', rightsId: 'r-1' },
        },
        started('mediation-certificate:d-1', 'mediation-certificate', '2026-12-23', '2026-12-30'),
      ]);
  });

  it('refuses not-arranged without a request, after declining, after mediation, after a certificate, twice', () => {
    const raisedOnly = history(raise(['no-plan'], '2026-11-30', '2026-12-01'));
    given(mediationDecider, raisedOnly).when(step('not-arranged', '2026-12-23')).thenThrows(E.MEDIATION_NOT_REQUESTED);
    const held = [...requested, ...decide(step('held', '2026-12-22'), requested)];
    given(mediationDecider, held).when(step('not-arranged', '2026-12-23')).thenThrows(E.MEDIATION_ALREADY_HELD);
    const certifiedThen = [...requested, ...decide(certificate('2026-12-22'), requested)];
    given(mediationDecider, certifiedThen).when(step('not-arranged', '2026-12-23')).thenThrows(E.CERTIFICATE_ALREADY_ISSUED);
    given(mediationDecider, requested, owedAfterBreach)
      .when(step('not-arranged', '2027-01-02'))
      .thenThrows(E.STEP_ALREADY_RECORDED);
    given(mediationDecider, requested).when(step('not-arranged', '2026-11-30')).thenThrows(E.DATE_BEFORE_PRECEDING_STEP);
  });

  it('a certificate sooner than owed keeps the longer window; one later moves it further', () => {
    given(mediationDecider, requested, owedAfterBreach)
      .when(certificate('2027-01-05'))
      .then([
        { type: 'CertificateIssued', data: { disputeId: 'd-1', issuedOn: '2027-01-05', rightsId: 'r-1' } },
        met('mediation-certificate:d-1', 'mediation-certificate', '2027-01-05'),
      ]);
    // Thu 14 Jan + 1 month = Sun 14 Feb → Mon 15 Feb.
    given(mediationDecider, requested, owedAfterBreach)
      .when(certificate('2027-01-14'))
      .then([
        {
          type: 'CertificateIssued',
          data: {
            disputeId: 'd-1',
            issuedOn: '2027-01-14',
            rightsId: 'r-1',
            appealWindow: { deadlineId: 'appeal-window:r-1:3', endsOn: '2027-02-15' },
          },
        },
        closedLate('mediation-certificate:d-1', 'mediation-certificate', '2027-01-14', '2027-01-06'),
        notApplicable(
          'appeal-window:r-1:2',
          'appeal-window',
          '2027-01-14',
          'moved to 2027-02-15 by the mediation certificate of 2027-01-14 (HESC Rules r.20(1)(b))',
        ),
        started('appeal-window:r-1:3', 'appeal-window', '2027-01-14', '2027-02-15'),
      ]);
  });

  it('with the certificate, an appeal on the moved last day (Mon 8 Feb) is in time', () => {
    const certified = [
      ...requested,
      ...owedAfterBreach,
      ...decide(certificate('2027-01-05'), [...requested, ...owedAfterBreach]),
    ];
    given(mediationDecider, certified)
      .when(appeal('2027-02-08'))
      .then([
        {
          type: 'AppealRegistered',
          data: {
            disputeId: 'd-1',
            registeredOn: '2027-02-08',
            windowEndsOn: '2027-02-08',
            inTime: true,
            extensionGranted: false,
            policy: 'current-law',
          },
        },
        met('appeal-window:r-1:2', 'appeal-window', '2027-02-08'),
      ]);
  });

  it('under the mandatory-mediation policy, the certificate after a late mediation still lets the family appeal', () => {
    const certified = [
      ...requested,
      ...owedAfterBreach,
      ...decide(certificate('2027-01-05'), [...requested, ...owedAfterBreach]),
    ];
    const [registered] = decide(appeal('2027-02-01', 'mandatory-mediation'), certified);
    expect(registered).toMatchObject({ type: 'AppealRegistered', data: { inTime: true } });
  });
});

describe('CFA s.55: what an appeal against the plan after it is final needs', () => {
  it('an appeal only about section I of an amended plan needs no certificate', () => {
    const amended = history(
      command('OpenAppealRights', {
        rightsId: 'r-1',
        decision: 'plan-contents',
        decisionLetterOn: '2026-08-31',
        sourceEventId: 'ev-am',
      }),
      raise(['section-i'], '2026-08-31', '2026-09-01'),
    );
    const [registered] = decide(appeal('2026-09-07'), amended);
    expect(registered).toMatchObject({ type: 'AppealRegistered', data: { inTime: true } });
    const alsoF = history(
      command('OpenAppealRights', {
        rightsId: 'r-1',
        decision: 'plan-contents',
        decisionLetterOn: '2026-08-31',
        sourceEventId: 'ev-am',
      }),
      raise(['section-i', 'section-f'], '2026-08-31', '2026-09-01'),
    );
    given(mediationDecider, alsoF).when(appeal('2026-09-07')).thenThrows(E.CERTIFICATE_REQUIRED);
  });

  it.each([['review-decision'], ['refusal-to-reassess'], ['cease']] as const)(
    'an appeal about %s needs a certificate',
    (about) => {
      const disputedDecision = history(raise([about], '2026-08-31', '2026-09-01'));
      given(mediationDecider, disputedDecision).when(appeal('2026-09-07')).thenThrows(E.CERTIFICATE_REQUIRED);
    },
  );

  it('a dispute about a review decision joins the rights the review decision opened', () => {
    const opened = history(
      command('OpenAppealRights', {
        rightsId: 'r-9',
        decision: 'review-decision',
        decisionLetterOn: '2026-03-02',
        sourceEventId: 'ev-rv',
      }),
    );
    const [raisedEvent] = decide(raise(['review-decision'], '2026-03-02', '2026-03-05'), opened);
    expect(raisedEvent).toMatchObject({ data: { decision: 'review-decision', rightsId: 'r-9' } });
  });
});
