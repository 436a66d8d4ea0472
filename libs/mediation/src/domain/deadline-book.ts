/** The statutory clocks' book is shared by every context: it lives with the rules (libs/statutory). */
export {
  closeDeadline,
  foldDeadline,
  isAwaitingAct,
  retireDeadline,
  startDeadline,
  startDeadlineDue,
  type DeadlineBook,
  type DeadlineEntry,
  type DeadlineState,
} from '@send/statutory';
