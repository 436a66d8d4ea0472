import { storedEvent } from '@send/testing';
import type { DeadlineEvent } from './deadline.events.js';
import { deadlineEntry, deadlineFacts } from './deadline-timeline.js';

const started = storedEvent('DeadlineStarted', {
  deadlineId: 'final-plan',
  rule: 'final-plan',
  source: 'SEND Regulations 2014 reg 13(2)',
  startedOn: '2026-01-05',
  dueOn: '2026-05-25',
});
const excepted = storedEvent('DeadlineExcepted', {
  deadlineId: 'assessment-decision',
  rule: 'assessment-decision',
  exceptionId: 'x1',
  ground: 'school-closure',
  exceptedOn: '2026-01-10',
  source: 'SEND Regulations 2014 reg 5(4)',
});
const startedDecision = storedEvent('DeadlineStarted', {
  deadlineId: 'assessment-decision',
  rule: 'assessment-decision',
  source: 'SEND Regulations 2014 reg 4(1), 5(1)',
  startedOn: '2026-01-05',
  dueOn: '2026-02-16',
});
const facts = deadlineFacts([started, startedDecision], new Map([['x1', 'closure notice from the school']]));
const entryOf = (e: ReturnType<typeof storedEvent>) => deadlineEntry(e, { type: e.type, data: e.data } as DeadlineEvent, facts);

describe('deadline entries of the evidential timeline', () => {
  it('tells a clock started, with its rule, source and due date', () => {
    expect(entryOf(started)).toMatchObject({
      at: '2026-01-05',
      kind: 'deadline',
      title: '20-week final plan deadline started (due 2026-05-25)',
      source: 'SEND Regulations 2014 reg 13(2)',
      deadline: { rule: 'Final EHC plan issued', dueOn: '2026-05-25', status: 'open' },
      eventIds: [started.id],
    });
  });

  it('tells a clock met, with the due date it was started with', () => {
    const met = storedEvent('DeadlineMet', { deadlineId: 'final-plan', rule: 'final-plan', metOn: '2026-05-01' });
    expect(entryOf(met)).toMatchObject({
      at: '2026-05-01',
      title: '20-week final plan deadline met',
      deadline: { status: 'met', dueOn: '2026-05-25', closedOn: '2026-05-01' },
    });
  });

  it('tells a breach, and a late close as still breached', () => {
    const breached = storedEvent('DeadlineBreached', {
      deadlineId: 'assessment-decision',
      rule: 'assessment-decision',
      dueOn: '2026-02-16',
      breachedOn: '2026-02-17',
    });
    expect(entryOf(breached)).toMatchObject({
      at: '2026-02-17',
      title: '6-week decision deadline breached (due 2026-02-16)',
      source: 'SEND Regulations 2014 reg 4(1), 5(1)',
      deadline: { status: 'breached', dueOn: '2026-02-16' },
    });
    const late = storedEvent('DeadlineClosedLate', {
      deadlineId: 'assessment-decision',
      rule: 'assessment-decision',
      dueOn: '2026-02-16',
      closedOn: '2026-02-20',
    });
    expect(entryOf(late).deadline).toMatchObject({ status: 'breached', closedOn: '2026-02-20' });
  });

  it('tells an exception with its ground, source and evidence', () => {
    expect(entryOf(excepted)).toMatchObject({
      title: '6-week decision deadline excepted (school closure)',
      deadline: {
        status: 'excepted',
        dueOn: '2026-02-16',
        exception: {
          ground: 'school-closure',
          source: 'SEND Regulations 2014 reg 5(4)',
          evidence: 'closure notice from the school',
        },
      },
    });
  });

  it('tells a clock that no longer applies, and why', () => {
    const na = storedEvent('DeadlineNotApplicable', {
      deadlineId: 'final-plan',
      rule: 'final-plan',
      on: '2026-03-01',
      why: 'the LA decided not to issue a plan',
    });
    expect(entryOf(na)).toMatchObject({
      title: '20-week final plan deadline no longer applies (the LA decided not to issue a plan)',
      deadline: { status: 'not-applicable', why: 'the LA decided not to issue a plan', dueOn: '2026-05-25' },
    });
  });
});
