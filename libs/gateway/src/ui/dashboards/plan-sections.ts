import { NEED_CODES, SETTING_TYPES } from '@send/statutory';
import { settingTypeName } from '../case/labels.js';
import { NEEDS } from '../case/plan.view-model.js';
import { formatDate } from '../format.js';
import { barChart } from './bar-chart.js';
import {
  type Areas,
  type ChartBlock,
  type Row,
  compareSentence,
  distributionBlock,
  measuresBlock,
  measuresTable,
  num,
} from './blocks.js';
import { AGE_BANDS, type AreaFigures, countText, percentText, poundsText } from './figures-text.js';
import type { Section } from './request-sections.js';

const NEED_CATEGORIES = [
  ...NEED_CODES.map((key) => ({ key, name: `${NEEDS[key]} (${key})` })),
  { key: 'not-recorded', name: 'Not recorded' },
];
const AGE_NAMES: Readonly<Record<string, string>> = {
  'under-5': 'Under 5',
  '5-10': '5 to 10',
  '11-15': '11 to 15',
  '16-19': '16 to 19',
  '20-25': '20 to 25',
};
const AGE_CATEGORIES = AGE_BANDS.map((key) => ({ key, name: AGE_NAMES[key] }));
const SETTING_CATEGORIES = [
  ...SETTING_TYPES.map((key) => ({ key, name: settingTypeName(key) })),
  { key: 'not-named', name: 'No setting named' },
];

/** Plans in force on the period's last day (the SEN2 census counts the same), by need, age and setting. */
export function caseloadSection(areas: Areas): Section {
  const c = areas.primary.caseload;
  const spec = (
    id: string,
    title: string,
    header: string,
    categories: readonly { key: string; name: string }[],
    pick: (a: AreaFigures) => Readonly<Record<string, number | 'c'>>,
  ) =>
    distributionBlock(areas, {
      id,
      title,
      header,
      categories,
      counts: pick,
      total: (a) => a.caseload.total,
      noun: 'plans in force',
    });
  return {
    id: 'caseload',
    heading: 'Plans in force',
    headline: [
      { key: `EHC plans in force on ${formatDate(c.asOf)}`, value: countText(c.total) },
      { key: 'New plans in the period', value: countText(c.newPlans) },
      { key: 'Plans ceased in the period', value: countText(c.ceased.total) },
    ],
    blocks: [
      spec('caseload-need', 'EHC plans in force by primary need', 'Primary need', NEED_CATEGORIES, (a) => a.caseload.byNeed),
      spec('caseload-age', 'EHC plans in force by age', 'Age', AGE_CATEGORIES, (a) => a.caseload.byAge),
      spec(
        'caseload-setting',
        'EHC plans in force by type of setting',
        'Type of setting',
        SETTING_CATEGORIES,
        (a) => a.caseload.bySetting,
      ),
    ],
  };
}

const REVIEW_ROWS: readonly Row[] = [
  { name: 'Reviews due', pick: (a) => a.reviews.due, unit: 'count' },
  { name: 'Reviews held', pick: (a) => a.reviews.held, unit: 'count' },
  { name: 'Review decisions', pick: (a) => a.reviews.decided, unit: 'count' },
  { name: 'Decided within 4 weeks', pick: (a) => a.reviews.decidedWithin4Weeks, unit: 'count' },
  { name: 'Decided to keep the plan as it is', pick: (a) => a.reviews.outcomes.maintain, unit: 'count' },
  { name: 'Decided to amend the plan', pick: (a) => a.reviews.outcomes.amend, unit: 'count' },
  { name: 'Decided to cease the plan', pick: (a) => a.reviews.outcomes.cease, unit: 'count' },
  { name: 'Amended plans issued', pick: (a) => a.reviews.amendedPlans, unit: 'count' },
  { name: 'Amended within 8 weeks', pick: (a) => a.reviews.amendedWithin8Weeks, unit: 'count' },
  { name: 'Phase transfers due', pick: (a) => a.reviews.phaseTransfersDue, unit: 'count' },
  { name: 'Phase transfers on time', pick: (a) => a.reviews.phaseTransfersOnTime, unit: 'count' },
];

/** Reg 20(10), 21(7): the review decision within 4 weeks of the meeting; Reg 22(5): an amended plan within 8 weeks. */
export function reviewsSection(areas: Areas): Section {
  const r = (a: AreaFigures) => a.reviews;
  return {
    id: 'reviews',
    heading: 'Annual reviews',
    headline: [
      { key: 'Reviews due in the period', value: countText(r(areas.primary).due) },
      { key: 'Reviews held', value: countText(r(areas.primary).held) },
      { key: 'Review decisions within 4 weeks of the meeting', value: percentText(r(areas.primary).decidedWithin4WeeksPct) },
    ],
    blocks: [
      measuresBlock(areas, {
        id: 'reviews-timeliness',
        title: 'Annual reviews: steps taken on time',
        summary: compareSentence(areas, (a) => r(a).decidedWithin4WeeksPct, {
          of: 'review decisions were made within 4 weeks of the meeting',
          noun: 'review decisions made within 4 weeks',
          none: 'No review decisions were made',
        }),
        bars: [
          { name: 'Review decisions within 4 weeks of the meeting', pick: (a) => r(a).decidedWithin4WeeksPct, unit: 'percent' },
          { name: 'Amended plans within 8 weeks of the notice', pick: (a) => r(a).amendedWithin8WeeksPct, unit: 'percent' },
          { name: 'Phase transfers reviewed on time', pick: (a) => r(a).phaseTransfersOnTimePct, unit: 'percent' },
        ],
        rows: REVIEW_ROWS,
      }),
    ],
  };
}

const DISPUTE_ROWS: readonly Row[] = [
  { name: 'Mediations', pick: (a) => a.disputes.mediations, unit: 'count' },
  { name: 'Mediations held', pick: (a) => a.disputes.mediationsHeld, unit: 'count' },
  { name: 'Appealable decisions', pick: (a) => a.disputes.appealableDecisions, unit: 'count' },
  { name: 'Appeals registered', pick: (a) => a.disputes.appealsRegistered, unit: 'count' },
  { name: 'Appeal rate', pick: (a) => a.disputes.appealRatePct, unit: 'percent' },
  { name: 'Tribunal orders made', pick: (a) => a.disputes.ordersMade, unit: 'count' },
  { name: 'Orders complied with', pick: (a) => a.disputes.ordersComplied, unit: 'count' },
  { name: 'Orders complied with on time', pick: (a) => a.disputes.ordersCompliedOnTime, unit: 'count' },
];

/** s.51: the appeal rate is appeals registered over the decisions that carried a right of appeal. */
export function disputesSection(areas: Areas): Section {
  const d = (a: AreaFigures) => a.disputes;
  return {
    id: 'disputes',
    heading: 'Disputes and appeals',
    headline: [
      { key: 'Appeals registered', value: countText(d(areas.primary).appealsRegistered) },
      { key: 'Appeal rate', value: percentText(d(areas.primary).appealRatePct) },
    ],
    blocks: [
      measuresBlock(areas, {
        id: 'disputes-rates',
        title: 'Appeal rate and tribunal orders complied with on time',
        summary: compareSentence(areas, (a) => d(a).appealRatePct, {
          of: 'appealable decisions were appealed',
          noun: 'appealable decisions appealed',
          none: 'No appealable decisions were made',
        }),
        bars: [
          { name: 'Appeal rate (appeals for each appealable decision)', pick: (a) => d(a).appealRatePct, unit: 'percent' },
          { name: 'Tribunal orders complied with on time', pick: (a) => d(a).ordersCompliedOnTimePct, unit: 'percent' },
        ],
        rows: DISPUTE_ROWS,
      }),
    ],
  };
}

/** Commitments by funding band against the high-needs budget: the area shown only (budgets do not compare). */
export function spendSection(areas: Areas): Section {
  const s = areas.primary.spend;
  const where = areas.primary.area.name;
  const against =
    s.budgetPence === null
      ? 'no high-needs budget is recorded'
      : `${percentText(s.committedPct)} of the high-needs budget of ${poundsText(s.budgetPence)}`;
  const summary = `${where}: ${poundsText(s.committedPence)} committed for ${s.financialYear}, ${against}.`;
  const bars = [
    ...(s.budgetPence === null ? [] : [{ name: 'High-needs budget', value: s.budgetPence }]),
    { name: 'Committed, all bands', value: s.committedPence },
    ...s.byBand.map((b) => ({ name: `Band ${b.name}`, value: b.pence })),
  ];
  const title = `Spend committed for ${s.financialYear} by funding band, against the budget`;
  const chart = barChart({
    id: 'spend-bands',
    title,
    summary,
    categories: bars.map((b) => b.name),
    series: [{ name: where, values: bars.map((b) => b.value) }],
    unit: 'pounds',
  });
  const table = {
    caption: title,
    head: [{ text: 'Band' }, num('Plans'), num('Committed')],
    rows: [
      ...s.byBand.map((b) => [{ text: `Band ${b.name}` }, num(countText(b.plans)), num(poundsText(b.pence))]),
      [{ text: 'All bands' }, num(''), num(poundsText(s.committedPence))],
      [{ text: 'High-needs budget' }, num(''), num(poundsText(s.budgetPence))],
    ],
  };
  const block: ChartBlock = { chart, table, summary };
  return {
    id: 'spend',
    heading: 'Spend against the high-needs budget',
    headline: [
      { key: `Committed for ${s.financialYear}`, value: poundsText(s.committedPence) },
      { key: 'Share of the high-needs budget', value: percentText(s.committedPct) },
    ],
    blocks: [block],
  };
}

/** Progress towards outcomes at reviews, by primary need: counted over outcomes, never shown per child. */
export function outcomesSection(areas: Areas): Section {
  const o = (a: AreaFigures) => a.outcomeProgress;
  const needs = NEED_CATEGORIES.filter((n) =>
    [areas.primary, areas.comparison].some((a) => a && o(a).byNeed[n.key as 'ASD']?.assessed !== 0),
  );
  const byNeed = (a: AreaFigures, key: string) => o(a).byNeed[key as 'ASD'];
  const block = measuresBlock(areas, {
    id: 'outcomes-need',
    title: 'Outcomes progressing or achieved at reviews, by primary need',
    summary: compareSentence(areas, (a) => o(a).pct, {
      of: 'outcomes assessed at reviews were progressing or achieved',
      noun: 'outcomes progressing or achieved',
      none: 'No outcomes were assessed at reviews',
    }),
    bars: [
      { name: 'All needs', pick: (a) => o(a).pct, unit: 'percent' },
      ...needs.map((n) => ({ name: n.name, pick: (a: AreaFigures) => byNeed(a, n.key)?.pct ?? null, unit: 'percent' as const })),
    ],
    rows: [],
  });
  const table = measuresTable(areas, block.table.caption, [
    { name: 'All needs: outcomes assessed', pick: (a) => o(a).assessed, unit: 'count' },
    { name: 'All needs: progressing or achieved', pick: (a) => o(a).pct, unit: 'percent' },
    ...needs.flatMap((n) => [
      { name: `${n.name}: outcomes assessed`, pick: (a: AreaFigures) => byNeed(a, n.key)?.assessed ?? 0, unit: 'count' as const },
      {
        name: `${n.name}: progressing or achieved`,
        pick: (a: AreaFigures) => byNeed(a, n.key)?.pct ?? null,
        unit: 'percent' as const,
      },
    ]),
  ]);
  return {
    id: 'outcomes',
    heading: 'Progress towards outcomes',
    headline: [
      { key: 'Outcomes assessed at reviews', value: countText(o(areas.primary).assessed) },
      { key: 'Progressing or achieved', value: percentText(o(areas.primary).pct) },
    ],
    blocks: [{ ...block, table }],
  };
}
