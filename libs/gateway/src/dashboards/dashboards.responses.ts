import type { SchemaObject } from '@nestjs/swagger';
import { Answer } from '@send/platform';
import { AGE_BANDS } from '@send/read-models';
import { CEASE_REASON_CODES, NEED_CODES, SETTING_TYPES } from '@send/statutory';

/**
 * AreaFigures (libs/read-models/src/inclusion/figures.ts) as a schema: one area's figures on the inclusion
 * dashboard. Counts are numbers, or "c" when suppressed; percentages are numbers to 1 dp, "c", or null when
 * their denominator is 0 (docs/dashboards.md). Every keyed count is there, zero included (area-counts.ts).
 */
const COUNT = Answer.figure();
const PERCENT = Answer.figure('To 1 dp; null when its denominator is 0', true);
const PENCE = Answer.figure('Pence; "c" whenever its count of plans is');

const counts = (names: readonly string[], value: SchemaObject = COUNT): SchemaObject =>
  Answer.object(Object.fromEntries(names.map((name) => [name, value])));

const bands = Answer.object({
  total: COUNT,
  within20Weeks: COUNT,
  from20To52Weeks: COUNT,
  over52Weeks: COUNT,
  within20WeeksPct: PERCENT,
});

const outcomeCounts = Answer.object({ assessed: COUNT, progressingOrAchieved: COUNT, notProgressing: COUNT, pct: PERCENT });

export const AREA_FIGURES: SchemaObject = {
  ...Answer.object({
    area: Answer.object({ kind: { type: 'string', enum: ['la', 'england'] }, la: Answer.string(), name: Answer.string() }, [
      'la',
    ]),
    disclosure: { type: 'string', enum: ['management-information', 'suppressed'] },
    requests: Answer.object({ total: COUNT, byRequester: counts(['parent', 'young-person', 'setting', 'other']) }),
    assessmentDecisions: Answer.object({
      total: COUNT,
      assess: COUNT,
      refuse: COUNT,
      within6Weeks: COUNT,
      after6Weeks: COUNT,
      within6WeeksPct: PERCENT,
    }),
    assessmentsConcluded: Answer.object({
      total: COUNT,
      planToIssue: COUNT,
      noPlan: COUNT,
      noPlanWithin16Weeks: COUNT,
      noPlanAfter16Weeks: COUNT,
      noPlanWithin16WeeksPct: PERCENT,
    }),
    refusalsCitingStandard: Answer.object({ total: COUNT, byNeed: counts(NEED_CODES) }),
    finalPlans: Answer.object({
      includingExceptions: bands,
      excludingExceptions: bands,
      exceptionCases: bands,
      openPast20Weeks: COUNT,
    }),
    caseload: Answer.object({
      asOf: Answer.string(),
      total: COUNT,
      byAge: counts(AGE_BANDS),
      byNeed: counts([...NEED_CODES, 'not-recorded']),
      bySetting: counts([...SETTING_TYPES, 'not-named']),
      newPlans: COUNT,
      ceased: Answer.object({ total: COUNT, byReason: counts(CEASE_REASON_CODES) }),
    }),
    reviews: Answer.object({
      ...Object.fromEntries(
        [
          'due',
          'held',
          'decided',
          'decidedWithin4Weeks',
          'decidedAfter4Weeks',
          'amendedPlans',
          'amendedWithin8Weeks',
          'amendedAfter8Weeks',
          'phaseTransfersDue',
          'phaseTransfersOnTime',
          'phaseTransfersNotOnTime',
        ].map((name) => [name, COUNT]),
      ),
      decidedWithin4WeeksPct: PERCENT,
      amendedWithin8WeeksPct: PERCENT,
      phaseTransfersOnTimePct: PERCENT,
      outcomes: counts(['maintain', 'amend', 'cease']),
    }),
    disputes: Answer.object({
      ...Object.fromEntries(
        [
          'mediations',
          'mediationsHeld',
          'appealsRegistered',
          'appealableDecisions',
          'ordersMade',
          'ordersComplied',
          'ordersCompliedOnTime',
          'ordersCompliedLate',
        ].map((name) => [name, COUNT]),
      ),
      appealRatePct: PERCENT,
      ordersCompliedOnTimePct: PERCENT,
    }),
    spend: Answer.object({
      financialYear: Answer.string('e.g. "2025-26": the financial year the period ends in'),
      budgetPence: Answer.nullable(Answer.integer('The high-needs budget; null when none is set')),
      committedPence: PENCE,
      committedPct: PERCENT,
      plans: COUNT,
      byBand: Answer.list(Answer.object({ bandId: Answer.string(), name: Answer.string(), plans: COUNT, pence: PENCE })),
      bySetting: counts([...SETTING_TYPES, 'not-named'], Answer.object({ plans: COUNT, pence: PENCE })),
    }),
    outcomeProgress: Answer.object({
      assessed: COUNT,
      progressingOrAchieved: COUNT,
      notProgressing: COUNT,
      pct: PERCENT,
      byNeed: counts([...NEED_CODES, 'not-recorded'], outcomeCounts),
      byAge: counts(AGE_BANDS, outcomeCounts),
    }),
    months: Answer.list(
      Answer.object({
        month: Answer.string('YYYY-MM'),
        requests: COUNT,
        finalPlans: COUNT,
        within20Weeks: COUNT,
        after20Weeks: COUNT,
        within20WeeksPct: PERCENT,
        caseload: COUNT,
      }),
    ),
  }),
  description: "One area's figures (AreaFigures): an LA, or England",
};
