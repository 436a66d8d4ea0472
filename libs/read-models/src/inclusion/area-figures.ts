import { type DisclosureRules, type Shown, exactRatios, suppress, unflatten } from './disclosure.js';
import type { AreaFigures } from './figures.js';
import { monthsOf } from './area-counts.js';
import { financialYearOf } from './area-counts-lifecycle.js';

export { countArea, monthsOf, timelinessBand, isOpenPast20Weeks, type AreaInput } from './area-counts.js';
export { bandNamesOf, financialYearOf } from './area-counts-lifecycle.js';
export { disclosureRules } from './area-rules.js';

/** What the flat counts cannot carry: the period (months' labels, the caseload's date), names. */
export interface FiguresContext {
  readonly from: string;
  readonly to: string;
  readonly name?: string;
  /** Band names by band key (bandNamesOf). */
  readonly bandNames?: Readonly<Record<string, string>>;
}

const isMoney = (path: string) => /(Pence|\.pence)$/.test(path);
type Flat = Record<string, Shown | null>;
type Nested = Record<string, unknown>;

/**
 * The figures as shown: exact for the LA's own users, labelled management information; for everyone else through
 * disclosure control (disclosure.ts). Money is not a count and is not itself suppressed, but a band's or
 * setting's pence is "c" whenever its count of plans is, and the total whenever the plans total is: a cost
 * over one or two children would name what they get.
 */
export function areaFigures(
  counts: Record<string, number>,
  rules: DisclosureRules,
  area: { readonly kind: 'la' | 'england'; readonly la?: string },
  disclosure: 'management-information' | 'suppressed',
  context?: FiguresContext,
): AreaFigures {
  const plain = Object.fromEntries(Object.entries(counts).filter(([p]) => !isMoney(p)));
  const shown: Flat = disclosure === 'suppressed' ? suppress(plain, rules) : { ...plain, ...exactRatios(plain, rules) };
  const { months, spend, ...rest } = unflatten<Nested>(shown);
  const name = context?.name ?? (area.kind === 'england' ? 'England' : `Local authority ${area.la ?? ''}`);
  const nested = rest as Nested & { caseload: Nested };
  return {
    ...(nested as unknown as AreaFigures),
    area: { kind: area.kind, ...(area.la ? { la: area.la } : {}), name },
    disclosure,
    caseload: { ...(nested.caseload as unknown as AreaFigures['caseload']), asOf: context?.to ?? '' },
    spend: spendOf(counts, shown, (spend ?? {}) as Nested, context),
    months: monthsFrom((months ?? {}) as Record<string, Nested>, context),
  };
}

function monthsFrom(months: Record<string, Nested>, context?: FiguresContext): AreaFigures['months'] {
  const labels = context ? monthsOf(context.from, context.to).map((m) => m.month) : [];
  return Object.keys(months)
    .map(Number)
    .sort((a, b) => a - b)
    .map((i) => ({ month: labels[i] ?? String(i), ...(months[String(i)] as object) }) as AreaFigures['months'][number]);
}

function spendOf(counts: Record<string, number>, shown: Flat, spend: Nested, context?: FiguresContext): AreaFigures['spend'] {
  const pence = (path: string, plansPath: string): number | 'c' => (shown[plansPath] === 'c' ? 'c' : (counts[path] ?? 0));
  const committedPence = pence('spend.committedPence', 'spend.plans');
  const budgetPence = counts['spend.budgetPence'] ?? null;
  const committedPct =
    committedPence === 'c'
      ? 'c'
      : budgetPence === null
        ? null
        : (exactRatios(
            { c: committedPence, b: budgetPence },
            { relations: [], ratios: [{ path: 'p', numerator: 'c', denominator: 'b' }] },
          ).p ?? null);
  const byBand = Object.keys((spend.byBand ?? {}) as Nested)
    .sort()
    .map((key) => ({
      bandId: key,
      name: context?.bandNames?.[key] ?? key,
      plans: shown[`spend.byBand.${key}.plans`] as number | 'c',
      pence: pence(`spend.byBand.${key}.pence`, `spend.byBand.${key}.plans`),
    }));
  const bySetting = Object.fromEntries(
    Object.keys((spend.bySetting ?? {}) as Nested).map((key) => [
      key,
      {
        plans: shown[`spend.bySetting.${key}.plans`] as number | 'c',
        pence: pence(`spend.bySetting.${key}.pence`, `spend.bySetting.${key}.plans`),
      },
    ]),
  ) as AreaFigures['spend']['bySetting'];
  return {
    financialYear: context ? financialYearOf(context.to) : '',
    budgetPence,
    committedPence,
    committedPct,
    plans: shown['spend.plans'] as number | 'c',
    byBand,
    bySetting,
  };
}
