/** Flags the DfE regions group sees for an LA (green paper item 8). */
export type RiskFlag = 'over-budget' | 'timeliness-below-threshold' | 'no-budget-set';

export interface RiskInput {
  /** Undefined when the LA has not set a budget for the year. */
  readonly budgetPence?: number;
  readonly committedPence: number;
  /** % of new plans issued within 20 weeks (Reg 13(2)); undefined when not supplied. */
  readonly timelinessPercent?: number;
  /**
   * Below this % the LA is flagged: the deployment's FUNDING_TIMELINESS_THRESHOLD, read by loadConfig
   * (default 50, a placeholder: the national figure was 46% in 2024).
   */
  readonly threshold: number;
}

export interface Risk {
  readonly overBudget: boolean;
  readonly timelinessBelowThreshold?: boolean;
  readonly flags: readonly RiskFlag[];
}

/** Over budget means committed beyond it: spending exactly the budget is not a risk flag. */
export function riskFlags({ budgetPence, committedPence, timelinessPercent, threshold }: RiskInput): Risk {
  const overBudget = budgetPence !== undefined && committedPence > budgetPence;
  const late = timelinessPercent === undefined ? undefined : timelinessPercent < threshold;
  const flags: RiskFlag[] = [
    ...(budgetPence === undefined ? (['no-budget-set'] as const) : []),
    ...(overBudget ? (['over-budget'] as const) : []),
    ...(late ? (['timeliness-below-threshold'] as const) : []),
  ];
  return { overBudget, ...(late === undefined ? {} : { timelinessBelowThreshold: late }), flags };
}
