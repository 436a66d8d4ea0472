import type { SchemaObject } from '@nestjs/swagger';
import { Answer } from '@send/platform';

/** The answer of GET /api/v1/family/case (FamilyView in family-view.ts). */
export const FAMILY_VIEW_SCHEMA: SchemaObject = Answer.object({
  caseId: Answer.uuid(),
  asOf: Answer.string('Today in England (YYYY-MM-DD): the day statuses are given for'),
  child: Answer.object({ givenName: Answer.string(), familyName: Answer.string() }),
  stage: Answer.string(),
  decisions: Answer.list(
    Answer.object(
      {
        on: Answer.string('Business date (YYYY-MM-DD)'),
        what: Answer.string('What was decided, in plain English'),
        by: Answer.string('Who decided: the council team or role, not a staff account'),
        why: Answer.string('The reason recorded, where there is one'),
        source: Answer.string('The law behind it'),
        details: Answer.list(Answer.string()),
      },
      ['why', 'source'],
    ),
  ),
  laDeadlines: Answer.list(
    Answer.object(
      {
        what: Answer.string(),
        source: Answer.string(),
        startedOn: Answer.string(),
        dueOn: Answer.string(),
        status: { type: 'string', enum: ['open', 'met', 'missed', 'excepted', 'not-applicable'] },
        closedOn: Answer.string(),
        summary: Answer.string('Plain English: "Met on 3 March 2026"'),
      },
      ['closedOn'],
    ),
  ),
  yourRights: Answer.list(
    Answer.object({
      what: Answer.string(),
      source: Answer.string(),
      from: Answer.string(),
      until: Answer.string('The last day (YYYY-MM-DD)'),
      status: { type: 'string', enum: ['open', 'closed'] },
      whatYouCanDo: Answer.string(),
    }),
  ),
  plan: Answer.nullable(
    Answer.object({
      version: Answer.integer(),
      status: Answer.string('draft, final, ceasing or ceased'),
      issuedOn: Answer.string(),
      // The plan context's component (libs/ehcp/src/plan-sections.schema.ts): every described API holds it.
      sections: Answer.ref('PlanSections'),
    }),
  ),
  placement: Answer.object({
    choices: Answer.list(
      Answer.object({
        settingId: Answer.string('The id to send in POST /api/v1/family/placement/preferences'),
        name: Answer.string(),
        type: Answer.string(),
        reasons: Answer.list(Answer.string('Why it is on the list')),
      }),
    ),
    listGivenOn: Answer.nullable(Answer.string('The day the council produced the list (YYYY-MM-DD)')),
    preferences: Answer.nullable(
      Answer.object({
        expressedOn: Answer.string(),
        ranked: Answer.list(Answer.object({ settingId: Answer.string(), name: Answer.string() }, ['name'])),
      }),
    ),
  }),
});
