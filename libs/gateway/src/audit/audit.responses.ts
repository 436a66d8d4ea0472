import type { SchemaObject } from '@nestjs/swagger';
import { TIMELINE_KINDS } from '@send/kernel';
import { Answer } from '@send/platform';

/** Who did it, as every event records it (Actor in @send/kernel); processes act as `system`. */
export const ACTOR: SchemaObject = Answer.object({
  id: Answer.string('The account, or process:<name> for a process'),
  role: {
    type: 'string',
    enum: ['caseworker', 'manager', 'auditor', 'tribunal', 'regions', 'family', 'admin', 'system'],
  },
});

/** One entry of the evidential timeline (TimelineEntry in @send/kernel/timeline.ts), in the words a tribunal reads. */
export const TIMELINE_ENTRY: SchemaObject = Answer.object(
  {
    at: Answer.string('The business date of the act (YYYY-MM-DD)'),
    kind: { type: 'string', enum: [...TIMELINE_KINDS] },
    title: Answer.string('Plain English: "Final EHC plan issued (version 2)"'),
    actor: ACTOR,
    reason: Answer.string('The reason given, where the act records one'),
    source: Answer.string('The legal source of the act or rule, where there is one'),
    details: { ...Answer.list(Answer.string()), description: 'Further facts beside the title, plain text' },
    deadline: {
      ...Answer.object(
        {
          rule: Answer.string(),
          source: Answer.string('The legal source of the rule'),
          dueOn: Answer.string(),
          status: { type: 'string', enum: ['open', 'met', 'breached', 'excepted', 'not-applicable'] },
          closedOn: Answer.string(),
          exception: Answer.object({ ground: Answer.string(), evidence: Answer.string(), source: Answer.string() }, [
            'evidence',
            'source',
          ]),
          why: Answer.string('Why the clock no longer applies'),
        },
        ['dueOn', 'closedOn', 'exception', 'why'],
      ),
      description: 'How a statutory clock stood at the entry',
    },
    eventIds: { ...Answer.list(Answer.string()), description: 'The stored events the entry is derived from' },
    recordedAt: Answer.string('When the first of those events was recorded (ISO 8601)'),
  },
  ['reason', 'source', 'details', 'deadline'],
);
