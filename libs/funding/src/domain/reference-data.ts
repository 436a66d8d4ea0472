import { isAfter, isBefore, type IsoDate } from '@send/statutory';

/**
 * The national reference data: bands, tariffs and the notional SEN threshold (green paper items 6–7).
 * Versioned files in libs/funding/data (see its README); the domain receives them as arguments.
 */
export type TariffUnit = 'hour' | 'session' | 'place' | 'year';
export const TARIFF_UNITS: readonly TariffUnit[] = ['hour', 'session', 'place', 'year'];

export interface Band {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Kinds of provision typical of the band, for readers; the band itself is chosen by annual cost. */
  readonly matches: readonly string[];
  readonly minAnnualPence?: number;
  /** Exclusive. */
  readonly maxAnnualPence?: number;
}

export interface Tariff {
  readonly id: string;
  readonly name?: string;
  readonly unit: TariffUnit;
  readonly pence: number;
  /** Words or phrases found in an item's provision or deliveredBy text. */
  readonly matches: readonly string[];
  /** When given, one of these must be found in the item's deliveredBy text as well. */
  readonly deliveredBy?: readonly string[];
}

export interface PlaceFundingRule {
  readonly tariffId: string;
  readonly settingTypes: readonly string[];
  readonly note?: string;
}

export interface ReferenceData {
  /** "illustrative — not DfE figures" until real figures are published. */
  readonly status: string;
  readonly version: string;
  readonly effectiveFrom: IsoDate;
  readonly description?: string;
  readonly threshold: { readonly pence: number; readonly note?: string };
  /** Weeks a year the setting is open, by section I type; `default` for any other. */
  readonly weeksOpen: Readonly<Record<string, number>> & { readonly default: number };
  readonly weeksOpenNote?: string;
  readonly placeFunding: PlaceFundingRule;
  readonly bands: readonly Band[];
  readonly tariffs: readonly Tariff[];
}

/** What ReferenceDataLoaded records: enough to prove which file priced a plan. */
export interface ReferenceVersion {
  readonly version: string;
  readonly effectiveFrom: IsoDate;
  readonly checksum: string;
}

const byEffectiveFrom = (a: ReferenceData, b: ReferenceData) =>
  isBefore(a.effectiveFrom, b.effectiveFrom) ? -1 : isAfter(a.effectiveFrom, b.effectiveFrom) ? 1 : 0;

/** The version in force on a date: the latest effectiveFrom on or before it; undefined before them all. */
export function referenceInForce<R extends ReferenceData>(versions: readonly R[], on: IsoDate): R | undefined {
  return [...versions]
    .sort(byEffectiveFrom)
    .filter((r) => !isAfter(r.effectiveFrom, on))
    .at(-1);
}

/**
 * The version that prices a plan issued on a date. A plan issued before any version took effect is
 * priced with the earliest one rather than left unpriced: the event names the version, so it shows.
 */
export function referenceForPlan<R extends ReferenceData>(versions: readonly R[], issuedOn: IsoDate): R | undefined {
  return referenceInForce(versions, issuedOn) ?? [...versions].sort(byEffectiveFrom)[0];
}

/** The band whose range holds the annual cost: min ≤ cost < max. */
export function bandFor(annualPence: number, bands: readonly Band[]): Band | undefined {
  return bands.find(
    (b) => (b.minAnnualPence ?? 0) <= annualPence && (b.maxAnnualPence === undefined || annualPence < b.maxAnnualPence),
  );
}

export function weeksOpenFor(reference: ReferenceData, setting: { type?: string; residential?: boolean } | undefined): number {
  if (setting?.residential && reference.weeksOpen.residential !== undefined) return reference.weeksOpen.residential;
  return (setting?.type === undefined ? undefined : reference.weeksOpen[setting.type]) ?? reference.weeksOpen.default;
}
