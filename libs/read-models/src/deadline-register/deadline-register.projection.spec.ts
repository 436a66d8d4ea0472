import { StoredEvent } from '@send/kernel';
import { storedEvent } from '@send/testing';
import { DeadlineRow, deadlineAsOf, evolveDeadline } from './deadline-register.projection.js';

const event = (type: string, data: Record<string, unknown>) => storedEvent(type, data);
const fold = (events: StoredEvent[]) => events.reduce<DeadlineRow | null>((row, e) => evolveDeadline(row, e), null)!;

const id = { deadlineId: 'assessment-decision', rule: 'assessment-decision' };
// Request received on leap day 2024-02-29: + 6 weeks = 2024-04-11 (Reg 4(1), 5(1)).
const started = event('DeadlineStarted', { ...id, source: 'reg 4(1)', startedOn: '2024-02-29', dueOn: '2024-04-11' });
const reps = { deadlineId: 'draft-representations:1', rule: 'draft-representations' };
// Draft served 2025-03-20: 15 days beginning with that day end 2025-04-03 (Reg 13(1)).
const period = event('DeadlineStarted', { ...reps, source: 'reg 13(1)', startedOn: '2025-03-20', dueOn: '2025-04-03' });

describe('deadline register projection', () => {
  it('records each event type on the row', () => {
    expect(fold([started])).toMatchObject({ id: 'c1/assessment-decision', kind: 'duty', dueOn: '2024-04-11', closedOn: null });
    expect(fold([started, event('DeadlineMet', { ...id, metOn: '2024-04-01' })]).closedOn).toBe('2024-04-01');
    expect(fold([started, event('DeadlineClosedLate', { ...id, closedOn: '2024-04-15', dueOn: '2024-04-11' })]).closedOn).toBe(
      '2024-04-15',
    );
    expect(
      fold([started, event('DeadlineBreached', { ...id, dueOn: '2024-04-11', breachedOn: '2024-04-12' })]).breachRecordedOn,
    ).toBe('2024-04-12');
    expect(
      fold([
        started,
        event('DeadlineExcepted', {
          ...id,
          exceptionId: 'x',
          ground: 'absent-from-area',
          exceptedOn: '2024-03-10',
          source: 'reg 5(4)',
        }),
      ]),
    ).toMatchObject({
      exceptedOn: '2024-03-10',
      exceptionGround: 'absent-from-area',
      exceptionSource: 'reg 5(4)',
    });
    expect(fold([started, event('DeadlineNotApplicable', { ...id, on: '2024-03-20', why: 'assessment refused' })])).toMatchObject(
      {
        notApplicableOn: '2024-03-20',
        notApplicableWhy: 'assessment refused',
      },
    );
  });

  it('changes nothing but the position when an event is applied twice', () => {
    const met = event('DeadlineMet', { ...id, metOn: '2024-04-01' });
    expect({ ...fold([started, met, met]), lastPosition: '' }).toEqual({ ...fold([started, met]), lastPosition: '' });
  });
});

describe('deadline status as of a date', () => {
  const row = fold([started]);
  it('is not listed before its clock starts', () => expect(deadlineAsOf(row, '2024-02-28')).toBeUndefined());
  it('is open up to and including the due date', () => expect(deadlineAsOf(row, '2024-04-11')?.status).toBe('open'));
  it('is breached the morning after an unmet due date', () => expect(deadlineAsOf(row, '2024-04-12')?.status).toBe('breached'));

  it('is met when the act is on the due date, and only from that day', () => {
    const met = fold([started, event('DeadlineMet', { ...id, metOn: '2024-04-11' })]);
    expect(deadlineAsOf(met, '2024-04-10')?.status).toBe('open');
    expect(deadlineAsOf(met, '2024-04-11')).toMatchObject({ status: 'met', closedOn: '2024-04-11' });
  });

  it('stays breached, with its closing date, when the act came late', () => {
    const late = fold([started, event('DeadlineClosedLate', { ...id, closedOn: '2024-04-15', dueOn: '2024-04-11' })]);
    expect(deadlineAsOf(late, '2024-04-13')).toMatchObject({ status: 'breached' });
    expect(deadlineAsOf(late, '2024-05-01')).toMatchObject({ status: 'breached', closedOn: '2024-04-15' });
  });

  it('is excepted from the exception on, with the original due date kept', () => {
    const excepted = fold([
      started,
      event('DeadlineExcepted', {
        ...id,
        exceptionId: 'x',
        ground: 'absent-from-area',
        exceptedOn: '2024-03-10',
        source: 'reg 5(4)',
      }),
    ]);
    expect(deadlineAsOf(excepted, '2024-03-09')?.status).toBe('open');
    expect(deadlineAsOf(excepted, '2024-06-01')).toMatchObject({ status: 'excepted', dueOn: '2024-04-11' });
  });

  it('is not applicable once the clock stopped applying', () => {
    const stopped = fold([started, event('DeadlineNotApplicable', { ...id, on: '2024-03-20', why: 'assessment refused' })]);
    expect(deadlineAsOf(stopped, '2024-03-19')?.status).toBe('open');
    expect(deadlineAsOf(stopped, '2024-06-01')).toMatchObject({
      status: 'not-applicable',
      notApplicableReason: 'assessment refused',
    });
  });

  it("treats the family's period as respected, never breached, once it has run", () => {
    const row = fold([period]);
    expect(deadlineAsOf(row, '2025-04-03')?.status).toBe('open');
    expect(deadlineAsOf(row, '2025-04-04')).toMatchObject({ status: 'met', closedOn: '2025-04-03' });
  });

  it("lets a family's right lapse after its last day rather than breach it", () => {
    // Decision letter 2025-06-15: + 2 months = 2025-08-15, in August → first working day of September (HESC r.12).
    const window = fold([
      event('DeadlineStarted', {
        deadlineId: 'appeal-window:r1',
        rule: 'appeal-window',
        source: 'HESC r.20(1)',
        startedOn: '2025-06-15',
        dueOn: '2025-09-01',
      }),
    ]);
    expect(deadlineAsOf(window, '2025-09-01')?.status).toBe('open');
    expect(deadlineAsOf(window, '2025-09-02')).toMatchObject({
      status: 'not-applicable',
      notApplicableReason: 'the right lapsed unused',
    });
  });
});
