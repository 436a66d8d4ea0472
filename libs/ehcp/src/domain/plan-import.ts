import type { DomainEvent } from '@send/kernel';
import { notInFuture, startDeadline, startDeadlineDue, transferReviewDue, type IsoDate } from '@send/statutory';
import { EhcpErrors, refuse } from './ehcp.errors.js';
import type { EhcpEvent } from './ehcp.events.js';
import type { EhcpState } from './ehcp.state.js';
import { transferDeadlineIds } from './transfer.model.js';
import type { PlanSections } from './plan-sections.js';

/**
 * A plan received from another council in the published format (docs/plan-format.md), recorded as the
 * case's starting version: every version it carries, as issued there, and where it came from. The format
 * checks (schema, hash) are made at the edge; what is decided here is whether this case may start from it.
 */

/** The child as the plan carries them (the request's details, docs/plan-format.md "The child"). */
export interface PlanChild {
  readonly givenName: string;
  readonly familyName: string;
  readonly dateOfBirth: IsoDate;
}

/** One version as another council issued it: issuedBy is the LA whose version it is. */
export interface ImportedVersion {
  readonly version: number;
  readonly status: 'draft' | 'final';
  readonly issuedOn: IsoDate;
  readonly issuedBy: string;
  readonly sections: PlanSections;
}

/** Where an imported plan came from (docs/plan-format.md "Provenance"). */
export interface PlanProvenance {
  readonly fromLa: string;
  /** When the sending system exported it (ISO date-time). */
  readonly exportedAt: string;
  /** The hash of the canonical JSON of the plan, as sent and as checked. */
  readonly sha256: string;
  /** The format's $id: the schema, and so the version of the format, the plan was written in. */
  readonly format: string;
  /** The Reg 15 transfer the plan was sent for, when the export named one. */
  readonly transferId?: string;
  readonly importedBy: string;
  readonly importedOn: IsoDate;
  /** What the sending system itself had imported the plan from, oldest first. */
  readonly earlier: readonly Omit<PlanProvenance, 'earlier'>[];
}

export interface ImportedPlan {
  readonly caseId: string;
  readonly la: string;
  readonly child: PlanChild;
  readonly requestedOn: IsoDate;
  readonly decidedOn: IsoDate;
  /** The decision date of the plan's latest review, from which Reg 15(5)(a) counts; absent if never reviewed. */
  readonly lastReviewedOn?: IsoDate;
  readonly versions: readonly ImportedVersion[];
  readonly provenance: PlanProvenance;
}

/** By the receiving LA's caseworker; la is the caseworker's LA, which will maintain the plan. */
export interface ImportPlan {
  readonly type: 'ImportPlan';
  readonly data: ImportedPlan;
  readonly today: IsoDate;
}

export type PlanImported = DomainEvent<'PlanImported', ImportedPlan>;

/**
 * The plan must be one the sender maintained (a final version last: only a maintained plan moves, Reg 15),
 * from another LA, with its versions in order. The same plan imported again records nothing: the case's
 * id is made from the receiving LA and the plan's hash, so the second import finds it already started.
 */
export function importPlan({ data, today }: ImportPlan, state: EhcpState): EhcpEvent[] {
  if (state.status !== 'none') {
    if (state.imported?.sha256 === data.provenance.sha256) return [];
    refuse(EhcpErrors.IMPORT_CASE_EXISTS, 'this case already has a plan: an imported plan starts a case of its own');
  }
  if (data.provenance.fromLa === data.la) {
    refuse(EhcpErrors.IMPORT_FROM_SAME_LA, `the plan was exported by LA ${data.la} itself: there is nothing to import`, {
      field: 'exportedBy',
    });
  }
  data.versions.forEach((v, i) => {
    if (v.version !== i + 1) {
      refuse(EhcpErrors.IMPORT_VERSIONS_OUT_OF_ORDER, `version ${i + 1} of the plan is numbered ${v.version}`, {
        field: `plan.versions[${i}].version`,
      });
    }
    notInFuture(today, { [`plan.versions[${i}].issuedOn`]: v.issuedOn });
  });
  if (data.versions.at(-1)?.status !== 'final') {
    refuse(EhcpErrors.IMPORT_NEEDS_FINAL_PLAN, 'the latest version is a draft: only a final plan, which an LA maintains, moves');
  }
  return [{ type: 'PlanImported', data }, ...transferClocks(data)];
}

/**
 * A plan sent for a Reg 15 transfer is, once imported, the receiving LA's to maintain: the import is the
 * date of the transfer (Reg 15(3)), from which its two clocks run, as on an acceptance in one system:
 * tell the family within 6 weeks (Reg 15(4)), and review by the later of 12 months beginning with the
 * making or last review and 3 months beginning with the transfer (Reg 15(5)).
 */
function transferClocks({ provenance, versions, lastReviewedOn }: ImportedPlan): EhcpEvent[] {
  const { transferId, importedOn } = provenance;
  if (transferId === undefined) return [];
  const ids = transferDeadlineIds(transferId);
  const madeOn = versions.find((v) => v.status === 'final')!.issuedOn;
  return [
    startDeadline(ids.notice, 'transfer-notice', importedOn),
    startDeadlineDue(ids.review, 'transfer-review', importedOn, transferReviewDue(lastReviewedOn ?? madeOn, importedOn)),
  ];
}
