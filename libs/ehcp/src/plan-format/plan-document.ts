import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { StoredEvent } from '@send/kernel';
import type { IsoDate } from '@send/statutory';
import type {
  EhcpState,
  ImportedPlan,
  ImportedVersion,
  PlanChild,
  PlanImported,
  PlanProvenance,
  PlanSections,
  ProvisionItem,
} from '../domain/index.js';
import { PLAN_FORMAT_V1 } from './ehc-plan.v1.schema.js';

/** The plan part of the format (docs/plan-format.md): what the hash seals, and what a round trip keeps. */
export interface PlanPart {
  readonly child: PlanChild;
  readonly requestedOn: IsoDate;
  readonly decidedOn: IsoDate;
  readonly lastReviewedOn?: IsoDate;
  readonly versions: readonly ImportedVersion[];
}

export type ProvenanceEntry = Omit<PlanProvenance, 'earlier'>;

export interface PlanDocument {
  readonly format: string;
  readonly exportedAt: string;
  readonly exportedBy: string;
  readonly plan: PlanPart;
  readonly sha256: string;
  readonly transfer?: { transferId: string; fromLa: string; toLa: string; movedOn: IsoDate; learnedOn: IsoDate };
  readonly provenance: readonly ProvenanceEntry[];
}

/** SHA-256 in hex of the RFC 8785 canonical JSON of the plan part: the same plan hashes the same anywhere. */
export function planHash(plan: unknown): string {
  const json = canonicalize(plan);
  if (json === undefined) throw new TypeError('plan cannot be canonicalised');
  return createHash('sha256').update(json, 'utf8').digest('hex');
}

type Maintained = Exclude<EhcpState, { status: 'none' }>;

/** What the export reads besides the fold: the child (the case summary) and who issued each version. */
export interface ExportFacts {
  readonly child: PlanChild;
  readonly issuedBy: ReadonlyMap<number, string>;
  readonly exportedBy: string;
  readonly exportedAt: string;
}

const VERSION_EVENTS = new Set(['DraftPlanIssued', 'FinalPlanIssued', 'AmendedPlanIssued']);

/** Who issued each version: the LA of the event that issued it here, or as the imported plan says. */
export function issuersOf(events: readonly Pick<StoredEvent, 'type' | 'data' | 'la'>[]): Map<number, string> {
  const issuedBy = new Map<number, string>();
  for (const e of events) {
    if (VERSION_EVENTS.has(e.type)) issuedBy.set((e.data as { version: number }).version, e.la);
    if (e.type === 'PlanImported') for (const v of (e.data as PlanImported['data']).versions) issuedBy.set(v.version, v.issuedBy);
  }
  return issuedBy;
}

/** The plan in the published format: every version in full, its hash, and where it came from. */
export function toPlanDocument(state: Maintained, facts: ExportFacts): PlanDocument {
  const plan: PlanPart = {
    child: { givenName: facts.child.givenName, familyName: facts.child.familyName, dateOfBirth: facts.child.dateOfBirth },
    requestedOn: state.requestedOn,
    decidedOn: state.decidedOn,
    ...(state.transfer?.lastReviewedOn === undefined ? {} : { lastReviewedOn: state.transfer.lastReviewedOn }),
    versions: state.versions.map((v) => ({
      version: v.version,
      status: v.status,
      issuedOn: v.issuedOn,
      issuedBy: facts.issuedBy.get(v.version) ?? state.la,
      sections: formatSections(v.sections),
    })),
  };
  const pending = state.transfer?.pending;
  return {
    format: PLAN_FORMAT_V1,
    exportedAt: facts.exportedAt,
    exportedBy: facts.exportedBy,
    plan,
    sha256: planHash(plan),
    ...(pending ? { transfer: { ...pending } } : {}),
    provenance: state.imported ? [...state.imported.earlier, provenanceEntry(state.imported)] : [],
  };
}

function provenanceEntry({ earlier: _earlier, ...entry }: PlanProvenance): ProvenanceEntry {
  return entry;
}

/**
 * The sections with exactly the format's fields: what a version was recorded with beyond them (fields
 * of an older shape, read through normaliseSections) does not travel, and absent optional fields stay absent.
 */
export function formatSections(s: PlanSections): PlanSections {
  const text = (t: { text: string }) => ({ text: t.text });
  return {
    A: text(s.A),
    B: pick(s.B, ['primaryNeed', 'secondaryNeeds', 'description']),
    C: text(s.C),
    D: text(s.D),
    E: s.E.map((o) => pick(o, ['outcomeId', 'text', 'area', 'by'])),
    F: { items: s.F.items.map(formatItem) },
    G: text(s.G),
    H1: text(s.H1),
    H2: text(s.H2),
    ...(s.I ? { I: pick(s.I, ['type', 'settingId', 'name']) } : {}),
    J: text(s.J),
    K: s.K.map((k) => pick(k, ['title', 'from', 'date'])),
  };
}

/** An item's beyondStandard, when it names one, travels as { id, version }. */
function formatItem(item: ProvisionItem): ProvisionItem {
  const beyond = (item as { beyondStandard?: { id: string; version: string | number } }).beyondStandard;
  const fields = pick(item, ['provision', 'hours', 'frequency', 'deliveredBy', 'startsOn']);
  return beyond ? ({ ...fields, beyondStandard: { id: beyond.id, version: beyond.version } } as ProvisionItem) : fields;
}

function pick<T extends object, K extends keyof T>(from: T, keys: readonly K[]): Pick<T, K> {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) if (from[k] !== undefined && from[k] !== null) out[k] = from[k];
  return out as Pick<T, K>;
}

/** The import's record of a document that has passed the schema and the hash check. */
export function importedPlanOf(document: PlanDocument, on: { caseId: string; la: string; importedOn: IsoDate }): ImportedPlan {
  const { plan } = document;
  return {
    caseId: on.caseId,
    la: on.la,
    child: plan.child,
    requestedOn: plan.requestedOn,
    decidedOn: plan.decidedOn,
    ...(plan.lastReviewedOn === undefined ? {} : { lastReviewedOn: plan.lastReviewedOn }),
    versions: plan.versions,
    provenance: {
      fromLa: document.exportedBy,
      exportedAt: document.exportedAt,
      sha256: document.sha256,
      format: document.format,
      ...(document.transfer ? { transferId: document.transfer.transferId } : {}),
      importedBy: on.la,
      importedOn: on.importedOn,
      earlier: document.provenance,
    },
  };
}

/**
 * The case an import starts, named by the receiving LA and the plan's hash: the same plan imported again
 * by the same LA finds its case already started and records nothing (docs/plan-format.md "Import").
 */
export function importedCaseId(la: string, sha256: string): string {
  const h = createHash('sha256').update(`ehc-plan-import:${la}:${sha256}`, 'utf8').digest('hex');
  // Laid out as an RFC 4122 UUID, version 5 (name-based) and variant 10xx, as every case id route expects.
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
