import { isIsoDate } from '@send/statutory';
import type { ProvisionItem, SettingInput } from '../domain/index.js';

/** The ehcp event types that issue a plan version; each is priced. */
export const PLAN_ISSUED_TYPES: ReadonlySet<string> = new Set(['FinalPlanIssued', 'AmendedPlanIssued']);

export interface PricePlanInput {
  readonly planVersion: number;
  readonly issuedOn: string;
  readonly items: readonly ProvisionItem[];
  readonly setting?: SettingInput;
}

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown) => (typeof v === 'string' ? v : '');

/**
 * Reads `{ version, issuedOn, sections: { F: { items }, I? } }` from the ehcp context's event, copying only
 * the fields pricing needs (its shapes are copied, not imported: contexts share no code). F may also be a
 * bare list. Undefined when the event cannot be priced at all (no version or date, or sections still sealed).
 */
export function pricePlanInputOf(data: unknown): PricePlanInput | undefined {
  if (!isObject(data) || !isObject(data.sections)) return undefined;
  const { version, issuedOn, sections } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || !isIsoDate(issuedOn)) return undefined;
  const F = sections.F;
  const rawItems = Array.isArray(F) ? F : isObject(F) && Array.isArray(F.items) ? F.items : undefined;
  if (rawItems === undefined) return undefined;
  const items = rawItems.filter(isObject).map((it): ProvisionItem => ({
    provision: text(it.provision),
    frequency: text(it.frequency),
    deliveredBy: text(it.deliveredBy),
    ...(typeof it.hours === 'number' ? { hours: it.hours } : {}),
  }));
  const I = sections.I;
  const setting: SettingInput | undefined =
    isObject(I) && typeof I.type === 'string'
      ? {
          type: I.type,
          ...(typeof I.settingId === 'string' ? { settingId: I.settingId } : {}),
          ...(typeof I.name === 'string' ? { name: I.name } : {}),
          ...(I.residential === true ? { residential: true } : {}),
        }
      : undefined;
  return { planVersion: version, issuedOn, items, ...(setting ? { setting } : {}) };
}
