import { CEASE_REASON_CODES, NEED_CODES, SETTING_TYPES } from '@send/statutory';
import type { DisclosureRules, Ratio, Relation } from './disclosure.js';
import { AGE_BANDS } from './figures.js';
import { TIMELINESS_GROUPS } from './area-counts.js';

const rel = (total: string, cells: readonly string[]): Relation => ({ total, cells });
const ratio = (path: string, numerator: string, denominator: string): Ratio => ({ path, numerator, denominator });
const under = (prefix: string, keys: readonly string[], leaf = '') => keys.map((k) => `${prefix}.${k}${leaf}`);

/** The months present in a set of counts (months.<i>.…), in order. */
const monthIndexes = (counts: Record<string, number>) =>
  [
    ...new Set(
      Object.keys(counts)
        .filter((p) => p.startsWith('months.'))
        .map((p) => Number(p.split('.')[1])),
    ),
  ].sort((a, b) => a - b);
/** The band keys present (spend.byBand.<key>.plans). */
const bandKeys = (counts: Record<string, number>) =>
  Object.keys(counts)
    .filter((p) => /^spend\.byBand\.[^.]+\.plans$/.test(p))
    .map((p) => p.split('.')[2]!)
    .sort();

/**
 * Every additive relation among the counts (a total and the cells that sum to it), so that disclosure control
 * hides a second cell wherever one hidden cell could be worked out by subtraction, and every percentage as a
 * ratio of two counts, hidden when either is (docs/dashboards.md "Disclosure control").
 */
export function disclosureRules(counts: Record<string, number>): DisclosureRules {
  return {
    relations: [...assessmentRelations(counts), ...caseloadRelations(counts), ...lifecycleRelations(counts)],
    ratios: ratios(counts),
  };
}

function assessmentRelations(counts: Record<string, number>): Relation[] {
  const months = monthIndexes(counts);
  const out: Relation[] = [
    rel('requests.total', under('requests.byRequester', ['parent', 'young-person', 'setting', 'other'])),
    rel('assessmentDecisions.total', ['assessmentDecisions.assess', 'assessmentDecisions.refuse']),
    rel('assessmentDecisions.total', ['assessmentDecisions.within6Weeks', 'assessmentDecisions.after6Weeks']),
    rel('assessmentsConcluded.total', ['assessmentsConcluded.planToIssue', 'assessmentsConcluded.noPlan']),
    rel('assessmentsConcluded.noPlan', ['assessmentsConcluded.noPlanWithin16Weeks', 'assessmentsConcluded.noPlanAfter16Weeks']),
    rel('refusalsCitingStandard.total', under('refusalsCitingStandard.byNeed', NEED_CODES)),
  ];
  for (const g of TIMELINESS_GROUPS)
    out.push(rel(`finalPlans.${g}.total`, under(`finalPlans.${g}`, ['within20Weeks', 'from20To52Weeks', 'over52Weeks'])));
  for (const b of ['total', 'within20Weeks', 'from20To52Weeks', 'over52Weeks']) {
    out.push(
      rel(`finalPlans.includingExceptions.${b}`, [`finalPlans.excludingExceptions.${b}`, `finalPlans.exceptionCases.${b}`]),
    );
  }
  if (months.length) {
    out.push(
      rel(
        'requests.total',
        months.map((i) => `months.${i}.requests`),
      ),
    );
    out.push(
      rel(
        'finalPlans.includingExceptions.total',
        months.map((i) => `months.${i}.finalPlans`),
      ),
    );
    out.push(
      rel(
        'finalPlans.includingExceptions.within20Weeks',
        months.map((i) => `months.${i}.within20Weeks`),
      ),
    );
    for (const i of months) out.push(rel(`months.${i}.finalPlans`, [`months.${i}.within20Weeks`, `months.${i}.after20Weeks`]));
    // The last month's caseload is the caseload on `to`: the same number, so it is hidden with it.
    out.push(rel('caseload.total', [`months.${months.at(-1)}.caseload`]));
  }
  return out;
}

function caseloadRelations(counts: Record<string, number>): Relation[] {
  const bands = bandKeys(counts);
  return [
    rel('caseload.total', under('caseload.byAge', AGE_BANDS)),
    rel('caseload.total', under('caseload.byNeed', [...NEED_CODES, 'not-recorded'])),
    rel('caseload.total', under('caseload.bySetting', [...SETTING_TYPES, 'not-named'])),
    rel('caseload.ceased.total', under('caseload.ceased.byReason', CEASE_REASON_CODES)),
    ...(bands.length ? [rel('spend.plans', under('spend.byBand', bands, '.plans'))] : []),
    rel('spend.plans', under('spend.bySetting', [...SETTING_TYPES, 'not-named'], '.plans')),
  ];
}

function lifecycleRelations(counts: Record<string, number>): Relation[] {
  const o = 'outcomeProgress';
  const needs = [...NEED_CODES, 'not-recorded'];
  const out: Relation[] = [
    rel('reviews.decided', ['reviews.decidedWithin4Weeks', 'reviews.decidedAfter4Weeks']),
    rel('reviews.decided', under('reviews.outcomes', ['maintain', 'amend', 'cease'])),
    rel('reviews.amendedPlans', ['reviews.amendedWithin8Weeks', 'reviews.amendedAfter8Weeks']),
    rel('reviews.phaseTransfersDue', ['reviews.phaseTransfersOnTime', 'reviews.phaseTransfersNotOnTime']),
    rel('disputes.ordersComplied', ['disputes.ordersCompliedOnTime', 'disputes.ordersCompliedLate']),
  ];
  for (const leaf of ['assessed', 'progressingOrAchieved', 'notProgressing']) {
    out.push(
      rel(`${o}.${leaf}`, under(`${o}.byNeed`, needs, `.${leaf}`)),
      rel(`${o}.${leaf}`, under(`${o}.byAge`, AGE_BANDS, `.${leaf}`)),
    );
  }
  for (const group of ['', ...needs.map((n) => `byNeed.${n}.`), ...AGE_BANDS.map((b) => `byAge.${b}.`)]) {
    out.push(rel(`${o}.${group}assessed`, [`${o}.${group}progressingOrAchieved`, `${o}.${group}notProgressing`]));
  }
  void counts;
  return out;
}

function ratios(counts: Record<string, number>): Ratio[] {
  const o = 'outcomeProgress';
  return [
    ratio('assessmentDecisions.within6WeeksPct', 'assessmentDecisions.within6Weeks', 'assessmentDecisions.total'),
    ratio(
      'assessmentsConcluded.noPlanWithin16WeeksPct',
      'assessmentsConcluded.noPlanWithin16Weeks',
      'assessmentsConcluded.noPlan',
    ),
    ...TIMELINESS_GROUPS.map((g) =>
      ratio(`finalPlans.${g}.within20WeeksPct`, `finalPlans.${g}.within20Weeks`, `finalPlans.${g}.total`),
    ),
    ratio('reviews.decidedWithin4WeeksPct', 'reviews.decidedWithin4Weeks', 'reviews.decided'),
    ratio('reviews.amendedWithin8WeeksPct', 'reviews.amendedWithin8Weeks', 'reviews.amendedPlans'),
    ratio('reviews.phaseTransfersOnTimePct', 'reviews.phaseTransfersOnTime', 'reviews.phaseTransfersDue'),
    ratio('disputes.appealRatePct', 'disputes.appealsRegistered', 'disputes.appealableDecisions'),
    ratio('disputes.ordersCompliedOnTimePct', 'disputes.ordersCompliedOnTime', 'disputes.ordersComplied'),
    ...['', ...[...NEED_CODES, 'not-recorded'].map((n) => `byNeed.${n}.`), ...AGE_BANDS.map((b) => `byAge.${b}.`)].map((g) =>
      ratio(`${o}.${g}pct`, `${o}.${g}progressingOrAchieved`, `${o}.${g}assessed`),
    ),
    ...monthIndexes(counts).map((i) =>
      ratio(`months.${i}.within20WeeksPct`, `months.${i}.within20Weeks`, `months.${i}.finalPlans`),
    ),
  ];
}
