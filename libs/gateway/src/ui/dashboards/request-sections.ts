import { NEED_CODES } from '@send/statutory';
import { NEEDS } from '../case/plan.view-model.js';
import { requesterName } from '../case/labels.js';
import { barChart } from './bar-chart.js';
import {
  type Areas,
  areasOf,
  type ChartBlock,
  compareSentence,
  distributionBlock,
  type Measure,
  measuresBlock,
  num,
  type Row,
} from './blocks.js';
import { type AreaFigures, countText, type Percent, percentText, shareOf, type TimelinessBands } from './figures-text.js';

/** A section of the dashboard: a heading, its headline figures and its charts. */
export interface Section {
  readonly id: string;
  readonly heading: string;
  readonly headline: readonly { readonly key: string; readonly value: string }[];
  readonly blocks: readonly ChartBlock[];
}

export const WITHIN_20_WEEKS: Measure = {
  of: 'final plans were issued within 20 weeks',
  noun: 'final plans issued within 20 weeks',
  none: 'No final plans were issued',
};

const BANDS = [
  { key: 'within20Weeks', name: 'Within 20 weeks' },
  { key: 'from20To52Weeks', name: '20 to 52 weeks' },
  { key: 'over52Weeks', name: 'Over 52 weeks' },
] as const;

/** The share of each band; the first is the API's own percentage (its suppression decides, not ours). */
const bandShares = (t: TimelinessBands): Percent[] => [
  t.within20WeeksPct,
  shareOf(t.from20To52Weeks, t.total),
  shareOf(t.over52Weeks, t.total),
];

function timelinessBlock(areas: Areas, variant: 'excludingExceptions' | 'includingExceptions'): ChartBlock {
  const words =
    variant === 'excludingExceptions' ? 'leaving out cases with a lawful exception' : 'including cases with a lawful exception';
  const title = `Final plans by weeks from request to plan, ${words}`;
  const bands = (a: AreaFigures) => a.finalPlans[variant];
  const summary = compareSentence(areas, (a) => bands(a).within20WeeksPct, WITHIN_20_WEEKS).replace(/\.$/, ` (${words}).`);
  const shown = areasOf(areas);
  const chart = barChart({
    id: `timeliness-${variant}`,
    title,
    summary,
    categories: BANDS.map((b) => b.name),
    series: shown.map((a) => ({ name: a.area.name, values: bandShares(bands(a)) })),
    unit: 'percent',
  });
  const head = [{ text: 'Weeks' }, ...shown.flatMap((a) => [num(`${a.area.name}: final plans`), num(`${a.area.name}: share`)])];
  const rows = [
    ...BANDS.map((b, i) => [
      { text: b.name },
      ...shown.flatMap((a) => [num(countText(bands(a)[b.key])), num(percentText(bandShares(bands(a))[i]))]),
    ]),
    [
      { text: 'Total' },
      ...shown.flatMap((a) => [num(countText(bands(a).total)), num(bands(a).total === 0 ? percentText(null) : '100.0%')]),
    ],
  ];
  return { chart, table: { caption: title, head, rows }, summary };
}

/** Reg 13(2): the final plan within 20 weeks of the request; the DfE's headline leaves out lawful exceptions (Reg 13(3)). */
export function timelinessSection(areas: Areas): Section {
  const p = areas.primary.finalPlans;
  return {
    id: 'timeliness',
    heading: '20-week timeliness',
    headline: [
      {
        key: 'Final plans issued within 20 weeks, leaving out exceptions',
        value: percentText(p.excludingExceptions.within20WeeksPct),
      },
      {
        key: 'Final plans issued within 20 weeks, including exceptions',
        value: percentText(p.includingExceptions.within20WeeksPct),
      },
      { key: 'Final plans issued in the period', value: countText(p.includingExceptions.total) },
      { key: 'Open requests already past 20 weeks', value: countText(p.openPast20Weeks) },
    ],
    blocks: [timelinessBlock(areas, 'excludingExceptions'), timelinessBlock(areas, 'includingExceptions')],
  };
}

const REQUESTERS = (['parent', 'young-person', 'setting', 'other'] as const).map((key) => ({ key, name: requesterName(key) }));

export function requestsSection(areas: Areas): Section {
  return {
    id: 'requests',
    heading: 'Requests for an assessment',
    headline: [{ key: 'Requests received', value: countText(areas.primary.requests.total) }],
    blocks: [
      distributionBlock(areas, {
        id: 'requests-by-requester',
        title: 'Requests for an EHC needs assessment by who made them',
        categories: REQUESTERS,
        counts: (a) => a.requests.byRequester,
        total: (a) => a.requests.total,
        noun: 'requests',
        header: 'Made by',
      }),
    ],
  };
}

const WITHIN_6_WEEKS: Measure = {
  of: 'decisions whether to assess were made within 6 weeks',
  noun: 'decisions whether to assess made within 6 weeks',
  none: 'No decisions whether to assess were made',
};

const DECISION_ROWS: readonly Row[] = [
  { name: 'Decisions whether to assess', pick: (a) => a.assessmentDecisions.total, unit: 'count' },
  { name: 'Decided to assess', pick: (a) => a.assessmentDecisions.assess, unit: 'count' },
  { name: 'Decided not to assess', pick: (a) => a.assessmentDecisions.refuse, unit: 'count' },
  { name: 'Decided within 6 weeks', pick: (a) => a.assessmentDecisions.within6Weeks, unit: 'count' },
  { name: 'Share decided within 6 weeks', pick: (a) => a.assessmentDecisions.within6WeeksPct, unit: 'percent' },
  { name: 'Assessments concluded', pick: (a) => a.assessmentsConcluded.total, unit: 'count' },
  { name: 'Plan to be issued', pick: (a) => a.assessmentsConcluded.planToIssue, unit: 'count' },
  { name: 'No plan', pick: (a) => a.assessmentsConcluded.noPlan, unit: 'count' },
  { name: 'No plan, decided within 16 weeks', pick: (a) => a.assessmentsConcluded.noPlanWithin16Weeks, unit: 'count' },
  {
    name: 'Share of no-plan decisions within 16 weeks',
    pick: (a) => a.assessmentsConcluded.noPlanWithin16WeeksPct,
    unit: 'percent',
  },
];

/** Reg 4(1), 5(1): the decision whether to assess within 6 weeks; Reg 10(1): a decision not to issue a plan within 16. */
export function decisionsSection(areas: Areas): Section {
  const d = (a: AreaFigures) => a.assessmentDecisions;
  const o = (a: AreaFigures) => a.assessmentsConcluded;
  return {
    id: 'decisions',
    heading: 'Decisions on requests and assessments',
    headline: [
      { key: 'Decisions whether to assess', value: countText(d(areas.primary).total) },
      { key: 'Made within 6 weeks', value: percentText(d(areas.primary).within6WeeksPct) },
    ],
    blocks: [
      measuresBlock(areas, {
        id: 'decisions-timeliness',
        title: 'Decisions made on time, and decisions to assess',
        summary: compareSentence(areas, (a) => d(a).within6WeeksPct, WITHIN_6_WEEKS),
        bars: [
          { name: 'Decisions whether to assess made within 6 weeks', pick: (a) => d(a).within6WeeksPct, unit: 'percent' },
          { name: 'Decisions to assess, of all decisions', pick: (a) => shareOf(d(a).assess, d(a).total), unit: 'percent' },
          {
            name: 'Decisions not to issue a plan made within 16 weeks',
            pick: (a) => o(a).noPlanWithin16WeeksPct,
            unit: 'percent',
          },
        ],
        rows: DECISION_ROWS,
      }),
      // docs/domain.md "National SEND standards (proposal)": which needs the standards relied on to refuse are for.
      distributionBlock(areas, {
        id: 'refusals-citing-standard',
        title: 'Refusals to assess and decisions not to issue a plan citing a national standard, by need',
        categories: NEED_CODES.map((key) => ({ key, name: `${NEEDS[key]} (${key})` })),
        counts: (a) => a.refusalsCitingStandard.byNeed,
        total: (a) => a.refusalsCitingStandard.total,
        noun: 'refusals citing a standard',
        header: 'Need the standard is for',
      }),
    ],
  };
}
