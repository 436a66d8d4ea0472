/**
 * Money is integer pence throughout. Quantities (19.5 sessions, 1/13 of a week) are exact fractions of
 * BigInts, so that a line's amount is computed exactly and rounded once, never drifting through floats.
 */
export interface Fraction {
  readonly num: bigint;
  /** Always positive. */
  readonly den: bigint;
}

const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));

export function fraction(num: bigint | number, den: bigint | number = 1n): Fraction {
  let n = BigInt(num);
  let d = BigInt(den);
  if (d === 0n) throw new RangeError('a fraction cannot have a zero denominator');
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { num: n / g, den: d / g };
}

export const ONE = fraction(1);

export function times(...factors: readonly Fraction[]): Fraction {
  return factors.reduce((acc, f) => fraction(acc.num * f.num, acc.den * f.den), ONE);
}

/**
 * The exact value of a decimal as JavaScript writes it: 0.1 hours is 1/10, not the binary double
 * nearest to it. Hours in section F are decimals (0.5 for 30 minutes), so this is what the plan says.
 */
export function fromDecimal(value: number): Fraction {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/i.exec(String(value));
  if (!m) throw new RangeError(`cannot read ${value} as a decimal`);
  const [, sign, whole, decimals = '', exponent = '0'] = m;
  const scale = decimals.length - Number(exponent);
  const digits = BigInt(`${sign}${whole}${decimals}`);
  return scale >= 0 ? fraction(digits, 10n ** BigInt(scale)) : fraction(digits * 10n ** BigInt(-scale));
}

/**
 * Round half to even ("banker's rounding") to a whole number. Chosen for line totals: each line is
 * rounded once, the plan's total is the sum of its rounded lines (so the statement adds up), and across
 * the many lines an LA commits, halves round down as often as up instead of always up.
 */
export function roundHalfEven(f: Fraction): bigint {
  const negative = f.num < 0n;
  const n = negative ? -f.num : f.num;
  const q = n / f.den;
  const twiceRemainder = 2n * (n % f.den);
  const up = twiceRemainder > f.den || (twiceRemainder === f.den && q % 2n === 1n);
  const rounded = up ? q + 1n : q;
  return negative ? -rounded : rounded;
}

/** Whole pence as a JS number, refusing amounts a number cannot hold exactly. */
export function toPence(f: Fraction): number {
  const pence = roundHalfEven(f);
  if (pence > BigInt(Number.MAX_SAFE_INTEGER) || pence < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`${pence} pence is beyond the safe integer range`);
  }
  return Number(pence);
}

/** For display only (quantityPerYear): the nearest double, at most 4 decimals. */
export function toDisplayNumber(f: Fraction): number {
  return Math.round((Number(f.num) / Number(f.den)) * 10_000) / 10_000;
}

export const isPence = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);
