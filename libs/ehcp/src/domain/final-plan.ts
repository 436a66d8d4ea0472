/** What every step after the final plan needs: the plan must be final (docs/domain.md "The plan after it is final"). */
import type { IsoDate } from '@send/statutory';
import { refuseIfCeased } from './cease.js';
import { EhcpErrors, refuse } from './ehcp.errors.js';
import type { EhcpState, PlanFile } from './ehcp.state.js';

export type Final = Extract<EhcpState, { status: 'final' }>;

/**
 * A review, an amendment or a phase transfer acts on the final plan the LA maintains; a plan not yet final
 * has none, and a ceased plan is no longer maintained (EHCP.PLAN_CEASED).
 */
export function finalPlan(state: EhcpState, what: string): Final {
  if (state.status !== 'final') {
    const status = state.status === 'none' ? 'not open' : state.status;
    refuse(EhcpErrors.PLAN_NOT_FINAL, `${what} needs a final EHC plan; this plan is ${status}`);
  }
  refuseIfCeased(state);
  return state;
}

/** The date the plan was first made final: no review, notice or transfer comes before it. */
export const firstFinalOn = (state: PlanFile): IsoDate | undefined => state.versions.find((v) => v.status === 'final')?.issuedOn;

/** Section I names a setting (not just its type): what a phase transfer needs (Reg 18(1)). */
export const namesSetting = (i: { settingId?: string; name?: string } | undefined): boolean =>
  [i?.settingId, i?.name].some((s) => typeof s === 'string' && s.trim() !== '');
