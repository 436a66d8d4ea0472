import {
  awaitingOf,
  closeDeadline,
  endPeriod,
  foldDeadline,
  retireAll,
  retireDeadline,
  startDeadline,
  type DeadlineBook,
} from './deadline-book.js';

/** Draft served 2025-03-20: the family's 15 days beginning with that day end on 2025-04-03 (Reg 13(1)). */
const started = startDeadline('draft-representations:1', 'draft-representations', '2025-03-20');
const book: DeadlineBook = foldDeadline({}, started);

describe('the deadline book', () => {
  it('starts a clock with its rule, source and due date', () => {
    expect(started.data).toMatchObject({ deadlineId: 'draft-representations:1', startedOn: '2025-03-20', dueOn: '2025-04-03' });
    expect(book['draft-representations:1']).toMatchObject({ state: 'open', dueOn: '2025-04-03' });
  });

  it('closes a duty met on time, or late after its due date', () => {
    expect(closeDeadline(book, 'draft-representations:1', '2025-04-03').map((e) => e.type)).toEqual(['DeadlineMet']);
    expect(closeDeadline(book, 'draft-representations:1', '2025-04-04').map((e) => e.type)).toEqual(['DeadlineClosedLate']);
  });

  it('ends a period met on the day given, even after its last day: a family period is never late', () => {
    expect(endPeriod(book, 'draft-representations:1', '2025-04-07')).toEqual([
      {
        type: 'DeadlineMet',
        data: { deadlineId: 'draft-representations:1', rule: 'draft-representations', metOn: '2025-04-07' },
      },
    ]);
  });

  it('does nothing to a clock it does not hold, or one no longer awaiting its act', () => {
    const ended = foldDeadline(book, endPeriod(book, 'draft-representations:1', '2025-03-25')[0]);
    expect(endPeriod(ended, 'draft-representations:1', '2025-03-26')).toEqual([]);
    expect(retireDeadline(ended, 'draft-representations:1', '2025-03-26', 'superseded')).toEqual([]);
    expect(endPeriod({}, 'draft-representations:9', '2025-03-26')).toEqual([]);
  });
});

describe('every running clock of some rules', () => {
  // Final plan 2025-01-31: annual review due 2026-01-30 (CFA s.44(1)); a review held 2025-06-02, its report
  // already sent; the draft's 15 days long over.
  const held = [
    startDeadline('annual-review:1', 'annual-review', '2025-01-31'),
    startDeadline('review-report:r1', 'review-report', '2025-06-02'),
    startDeadline('review-decision:r1', 'review-decision', '2025-06-02'),
  ].reduce(foldDeadline, book);
  const reported = foldDeadline(held, closeDeadline(held, 'review-report:r1', '2025-06-10')[0]);

  it('lists only the clocks of those rules still awaiting their act', () => {
    expect(awaitingOf(reported, ['annual-review', 'review-report'])).toEqual(['annual-review:1']);
    expect(awaitingOf(reported, ['transfer-review'])).toEqual([]);
  });

  it('retires each of them once, with the reason given, and leaves the others', () => {
    expect(retireAll(reported, ['annual-review', 'review-decision', 'review-report'], '2025-06-20', 'the plan ceased')).toEqual([
      {
        type: 'DeadlineNotApplicable',
        data: { deadlineId: 'annual-review:1', rule: 'annual-review', on: '2025-06-20', why: 'the plan ceased' },
      },
      {
        type: 'DeadlineNotApplicable',
        data: { deadlineId: 'review-decision:r1', rule: 'review-decision', on: '2025-06-20', why: 'the plan ceased' },
      },
    ]);
  });
});
