import { fold, given } from '@send/testing';
import type { TribunalOrder } from '@send/statutory';
import type { MediationCommand } from './mediation.commands.js';
import { mediationDecider } from './mediation.decider.js';
import { MediationErrors as E } from './mediation.errors.js';
import type { MediationEvent } from './mediation.events.js';
import type { Issue } from './issues.js';
import {
  appeal,
  certificate,
  closedLate,
  command,
  met,
  notApplicable,
  order,
  raise,
  replay,
  started,
  step,
  stepDone,
} from './mediation.fixtures.js';

const decide = (c: MediationCommand, events: MediationEvent[]) => mediationDecider.decide(c, fold(mediationDecider, events));

/** A decision letter of 2026-10-05, declined and certified, appealed on 2026-11-02; orders on Monday 2027-03-01. */
function appealed(about: Issue[]): MediationEvent[] {
  return replay(
    decide,
    raise(about, '2026-10-05', '2026-10-06'),
    step('declined', '2026-10-07'),
    certificate('2026-10-08'),
    appeal('2026-11-02'),
  );
}
const MADE_ON = '2027-03-01';
const made = (o: TribunalOrder, steps: [string, string][], about: Issue[]) =>
  [
    ...appealed(about),
    {
      type: 'TribunalOrderMade',
      data: {
        disputeId: 'd-1',
        orderId: 'o-1',
        order: o,
        madeOn: MADE_ON,
        steps: steps.map(([s, dueOn]) => ({ step: s, dueOn })),
      },
    },
    ...steps.map(([s, dueOn]) => started(`order-compliance:o-1:${s}`, 'order-compliance', MADE_ON, dueOn)),
  ] as MediationEvent[];
const complied = (s: string, compliedOn: string, sourceEventId = 'ev-9'): MediationEvent =>
  ({ type: 'OrderComplied', data: { orderId: 'o-1', disputeId: 'd-1', step: s, compliedOn, sourceEventId } }) as MediationEvent;
const id = (s: string) => `order-compliance:o-1:${s}`;

const makePlan = made(
  'make-plan',
  [
    ['draft-plan', '2027-04-05'],
    ['final-plan', '2027-05-17'],
  ],
  ['no-plan'],
);
const assess = made(
  'assess',
  [
    ['notify-assessment', '2027-03-15'],
    ['decision-not-to-issue', '2027-05-10'],
    ['final-plan', '2027-06-07'],
  ],
  ['refusal-to-assess'],
);

describe('an appeal registered', () => {
  it('records an order to make a plan: draft within 5 weeks, final within 11 (Reg 44(2))', () => {
    given(mediationDecider, appealed(['no-plan']))
      .when(order('make-plan', MADE_ON))
      .then(makePlan.slice(appealed(['no-plan']).length));
  });

  it('records an order to assess: notify in 2 weeks, a decision not to issue in 10, the plan in 14', () => {
    given(mediationDecider, appealed(['refusal-to-assess']))
      .when(order('assess', MADE_ON))
      .then(assess.slice(appealed(['refusal-to-assess']).length));
  });

  it('refuses an order dated before the appeal was registered', () => {
    given(mediationDecider, appealed(['no-plan']))
      .when(order('make-plan', '2026-11-01'))
      .thenThrows(E.ORDER_BEFORE_APPEAL);
  });

  it('refuses an order that does not answer what was appealed', () => {
    const error = given(mediationDecider, appealed(['no-plan']))
      .when(order('assess', MADE_ON))
      .thenThrows(E.ORDER_NOT_ABOUT_DISPUTE);
    expect(error.details).toEqual({ about: ['no-plan'] });
  });

  it('refuses the same order twice', () => {
    given(mediationDecider, makePlan)
      .when(order('make-plan', '2027-03-02', 'o-2'))
      .thenThrows(E.ORDER_ALREADY_MADE);
  });

  it('refuses an order on a dispute nobody appealed', () => {
    const notAppealed = replay(decide, raise(['no-plan'], '2026-10-05', '2026-10-06'));
    given(mediationDecider, notAppealed).when(order('make-plan', MADE_ON)).thenThrows(E.NO_APPEAL);
  });
});

describe('an order to make a plan, complied with by the ehcp context', () => {
  it('a draft issued on 2027-04-01 meets its step', () => {
    given(mediationDecider, makePlan)
      .when(stepDone('draft-plan', '2027-04-01'))
      .then([complied('draft-plan', '2027-04-01'), met(id('draft-plan'), 'order-compliance', '2027-04-01')]);
  });

  it('a final plan issued on 2027-05-20 closes its step late (due 2027-05-17)', () => {
    given(mediationDecider, makePlan)
      .when(stepDone('final-plan', '2027-05-20'))
      .then([complied('final-plan', '2027-05-20'), closedLate(id('final-plan'), 'order-compliance', '2027-05-20', '2027-05-17')]);
  });

  it('ignores the same event delivered again', () => {
    given(
      mediationDecider,
      makePlan,
      complied('draft-plan', '2027-04-01'),
      met(id('draft-plan'), 'order-compliance', '2027-04-01'),
    )
      .when(stepDone('draft-plan', '2027-04-01'))
      .then([]);
  });

  it('is not complied with by an act before the order, nor by a step it does not have', () => {
    given(mediationDecider, makePlan).when(stepDone('draft-plan', '2027-02-26')).then([]);
    given(mediationDecider, makePlan).when(stepDone('amended-plan', '2027-04-01')).then([]);
  });
});

describe('an order to assess, complied with by the assessment and ehcp contexts', () => {
  it('the decision to assess on 2027-03-10 meets the notice step', () => {
    given(mediationDecider, assess)
      .when(stepDone('notify-assessment', '2027-03-10'))
      .then([complied('notify-assessment', '2027-03-10'), met(id('notify-assessment'), 'order-compliance', '2027-03-10')]);
  });

  it('a decision not to issue on 2027-05-12 is late, and the final plan step stops applying', () => {
    given(mediationDecider, assess)
      .when(stepDone('decision-not-to-issue', '2027-05-12'))
      .then([
        complied('decision-not-to-issue', '2027-05-12'),
        closedLate(id('decision-not-to-issue'), 'order-compliance', '2027-05-12', '2027-05-10'),
        notApplicable(id('final-plan'), 'order-compliance', '2027-05-12', 'the LA decided not to issue a plan (Reg 44(2)(b))'),
      ]);
  });

  it('deciding to issue a plan retires the 10-week step; the plan then meets its 14 weeks', () => {
    const why = 'the LA decided to issue a plan';
    const notNeeded = command('RecordOrderStepNotNeeded', {
      step: 'decision-not-to-issue',
      on: '2027-04-20',
      sourceEventId: 'ev-5',
      why,
    });
    const retired = notApplicable(id('decision-not-to-issue'), 'order-compliance', '2027-04-20', why);
    given(mediationDecider, assess).when(notNeeded).then([retired]);
    given(mediationDecider, assess, retired)
      .when(stepDone('final-plan', '2027-06-01'))
      .then([complied('final-plan', '2027-06-01'), met(id('final-plan'), 'order-compliance', '2027-06-01')]);
  });

  it('a final plan with the 10-week step still open retires it', () => {
    given(mediationDecider, assess)
      .when(stepDone('final-plan', '2027-06-01'))
      .then([
        complied('final-plan', '2027-06-01'),
        met(id('final-plan'), 'order-compliance', '2027-06-01'),
        notApplicable(
          id('decision-not-to-issue'),
          'order-compliance',
          '2027-06-01',
          'a final plan was issued instead (Reg 44(2)(b))',
        ),
      ]);
  });
});

describe('orders on the setting and on ceasing', () => {
  const setting = made('amend-setting', [['amended-plan', '2027-03-15']], ['section-i']);
  const cease = made('cease-dismissed', [['cease-plan', MADE_ON]], ['cease']);

  it('an amended plan naming the setting on 2027-03-15 meets the 2 weeks', () => {
    given(mediationDecider, setting)
      .when(stepDone('amended-plan', '2027-03-15'))
      .then([complied('amended-plan', '2027-03-15'), met(id('amended-plan'), 'order-compliance', '2027-03-15')]);
  });

  it('a dismissed appeal against ceasing is due at once: ceasing the same day meets it, the next day is late', () => {
    given(mediationDecider, cease)
      .when(stepDone('cease-plan', MADE_ON))
      .then([complied('cease-plan', MADE_ON), met(id('cease-plan'), 'order-compliance', MADE_ON)]);
    given(mediationDecider, cease)
      .when(stepDone('cease-plan', '2027-03-02'))
      .then([complied('cease-plan', '2027-03-02'), closedLate(id('cease-plan'), 'order-compliance', '2027-03-02', MADE_ON)]);
  });
});

describe('no order', () => {
  it('an act in another context changes nothing', () => {
    given(mediationDecider).when(stepDone('final-plan', '2027-03-01')).then([]);
    given(mediationDecider, appealed(['no-plan']))
      .when(stepDone('final-plan', '2027-03-01'))
      .then([]);
  });
});
