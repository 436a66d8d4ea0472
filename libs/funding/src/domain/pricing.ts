import { readFrequency } from './frequency.js';
import { fraction, fromDecimal, times, toDisplayNumber, toPence, type Fraction } from './money.js';
import { bandFor, weeksOpenFor, type ReferenceData, type Tariff, type TariffUnit } from './reference-data.js';

/** One item of section F as the plan states it (the ehcp context's shape, copied: contexts share no code). */
export interface ProvisionItem {
  readonly provision: string;
  readonly hours?: number;
  readonly frequency: string;
  readonly deliveredBy: string;
}

/** Section I: the setting named, or its type only. `residential` prices a 52-week placement. */
export interface SettingInput {
  readonly type: string;
  readonly settingId?: string;
  readonly name?: string;
  readonly residential?: boolean;
}

export interface PricedLine {
  readonly provision: string;
  readonly tariffId: string | null;
  readonly unit: TariffUnit | null;
  /** Price of one unit, so that a reader can check quantity × price. */
  readonly tariffPence: number | null;
  readonly quantityPerYear: number;
  readonly annualPence: number;
  /** Why no tariff priced the item: it shows as a line at £0, never silently dropped. */
  readonly unpriced?: string;
}

export interface PlanPricing {
  readonly lines: readonly PricedLine[];
  readonly annualPence: number;
  readonly band: { readonly id: string; readonly name: string };
  readonly element2Pence: number;
  readonly element3Pence: number;
  readonly placeFundingPence: number;
  readonly thresholdPence: number;
  readonly weeksOpen: number;
  readonly referenceVersion: string;
}

/** £100m for one line: far beyond any child's provision, well inside exact integer arithmetic. */
const MAX_LINE_PENCE = 10_000_000_000n;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A word or phrase found whole (not "ot" inside "other"), any case, any spacing. */
const contains = (text: string, phrase: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase.trim()).split(/\s+/).join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu').test(text);

/** The first tariff in file order that fits: the data lists the specific ones first. Place tariffs go by setting. */
export function tariffFor(item: ProvisionItem, tariffs: readonly Tariff[]): Tariff | undefined {
  const text = `${item.provision ?? ''}\n${item.deliveredBy ?? ''}`;
  return tariffs.find(
    (t) =>
      t.unit !== 'place' &&
      t.matches.some((m) => contains(text, m)) &&
      (t.deliveredBy === undefined || t.deliveredBy.some((d) => contains(item.deliveredBy ?? '', d))),
  );
}

/** Times a year the item recurs, or why it cannot be counted. */
function occurrencesPerYear(frequency: string, weeksOpen: number): Fraction | string {
  const r = readFrequency(frequency);
  switch (r.kind) {
    case 'per-week':
      return times(r.perWeek, fraction(weeksOpen));
    case 'per-year':
      return r.perYear;
    case 'once':
      return fraction(1);
    case 'continuous':
      return 'continuous provision has no sessions or hours to count: price it with an annual tariff';
    case 'unknown':
      return `"${frequency}" is not a frequency the tariffs can count`;
    default: {
      const _: never = r;
      return _;
    }
  }
}

function quantityOf(item: ProvisionItem, tariff: Tariff, weeksOpen: number): Fraction | string {
  if (tariff.unit === 'year' || tariff.unit === 'place') return fraction(1);
  const occurrences = occurrencesPerYear(item.frequency, weeksOpen);
  if (typeof occurrences === 'string' || tariff.unit === 'session') return occurrences;
  const hours = item.hours;
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours <= 0) {
    return 'an hourly tariff needs the hours each time';
  }
  return times(fromDecimal(hours), occurrences);
}

/** quantity × unit price, rounded half to even once per line (money.ts says why). */
export function priceItem(item: ProvisionItem, reference: ReferenceData, weeksOpen: number): PricedLine {
  const provision = item.provision;
  const tariff = tariffFor(item, reference.tariffs);
  if (!tariff) {
    const unpriced = 'no tariff matches this provision';
    return { provision, tariffId: null, unit: null, tariffPence: null, quantityPerYear: 0, annualPence: 0, unpriced };
  }
  const base = { provision, tariffId: tariff.id, unit: tariff.unit, tariffPence: tariff.pence };
  const quantity = quantityOf(item, tariff, weeksOpen);
  if (typeof quantity === 'string') return { ...base, quantityPerYear: 0, annualPence: 0, unpriced: quantity };
  const exact = times(quantity, fraction(tariff.pence));
  // Absurd hours must not throw: the process manager would retry the same plan for ever.
  if (exact.num / exact.den > MAX_LINE_PENCE) {
    return { ...base, quantityPerYear: 0, annualPence: 0, unpriced: 'the amount is too large to be a year of provision' };
  }
  return { ...base, quantityPerYear: toDisplayNumber(quantity), annualPence: toPence(exact) };
}

/**
 * Who pays (green paper item 7; illustrative for specialist settings, see the data's placeFunding note):
 * in a mainstream setting the first `threshold` of the additional cost is element 2, from the setting's
 * notional SEN budget, and the rest is element 3, top-up from the LA's high-needs block. A specialist
 * setting gets place funding instead, and the whole additional cost is top-up. With no setting named the
 * plan is treated as mainstream, the presumption of CFA 2014 s.33.
 */
export function splitElements(
  annualPence: number,
  setting: SettingInput | undefined,
  reference: ReferenceData,
): Pick<PlanPricing, 'element2Pence' | 'element3Pence' | 'placeFundingPence'> {
  const rule = reference.placeFunding;
  if (setting !== undefined && rule.settingTypes.includes(setting.type)) {
    const place = reference.tariffs.find((t) => t.id === rule.tariffId);
    return { element2Pence: 0, element3Pence: annualPence, placeFundingPence: place?.pence ?? 0 };
  }
  const element2Pence = Math.min(annualPence, reference.threshold.pence);
  return { element2Pence, element3Pence: annualPence - element2Pence, placeFundingPence: 0 };
}

/**
 * Prices section F with the reference data in force: each item by its tariff over the weeks the setting
 * is open; the band by the priced annual cost (one answer, however many kinds of provision a child has).
 */
export function pricePlan(
  items: readonly ProvisionItem[],
  setting: SettingInput | undefined,
  reference: ReferenceData,
): PlanPricing {
  const weeksOpen = weeksOpenFor(reference, setting);
  const lines = items.map((item) => priceItem(item, reference, weeksOpen));
  const annualPence = lines.reduce((sum, l) => sum + l.annualPence, 0);
  const band = bandFor(annualPence, reference.bands);
  if (!band) throw new RangeError(`reference data ${reference.version} has no band for ${annualPence} pence`);
  return {
    lines,
    annualPence,
    band: { id: band.id, name: band.name },
    ...splitElements(annualPence, setting, reference),
    thresholdPence: reference.threshold.pence,
    weeksOpen,
    referenceVersion: reference.version,
  };
}
