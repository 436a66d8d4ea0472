import type { FormErrors } from '../web/forms.js';
import { stageName } from '../work-queue/work-queue.view-model.js';

/** GET /api/v1/team (docs/api.md). */
export interface TeamFigures {
  readonly la: string;
  readonly asOf: string;
  readonly overdueByStage: readonly { stage: string; cases: number }[];
  readonly overdueTotal: number;
  readonly timeliness: {
    readonly from: string;
    readonly to: string;
    readonly plans: number;
    readonly percent?: number;
    readonly percentExcludingExceptions?: number;
  };
}

type DateParts = { day?: string; month?: string; year?: string };

/** The API's field names → the period form's controls and words. */
export const TEAM_FIELDS = { from: 'from-day', to: 'to-day' } as const;
export const TEAM_LABELS = { from: 'The start of the period', to: 'The end of the period' } as const;

const percent = (n: number | undefined) => (n === undefined ? '' : `${n}%`);

/** The manager's team view. Pure: unit tested. */
export function teamModel(figures: TeamFigures | undefined, form: { from: DateParts; to: DateParts; errors?: FormErrors }) {
  const t = figures?.timeliness;
  return {
    pageTitle: 'Team',
    asOf: figures?.asOf,
    overdue: figures
      ? {
          total: figures.overdueTotal,
          rows: figures.overdueByStage.map((s) => ({ stage: stageName(s.stage), cases: s.cases })),
        }
      : undefined,
    timeliness: t
      ? {
          from: t.from,
          to: t.to,
          plans: t.plans,
          rows:
            t.plans === 0
              ? []
              : [
                  { key: { text: 'Final plans issued' }, value: { text: String(t.plans) } },
                  { key: { text: 'Issued within 20 weeks' }, value: { text: percent(t.percent) } },
                  {
                    key: { text: 'Issued within 20 weeks, leaving out lawful exceptions' },
                    value: { text: percent(t.percentExcludingExceptions) },
                  },
                ],
        }
      : undefined,
    period: { from: form.from, to: form.to },
    errorSummary: form.errors?.summary ?? [],
    fieldErrors: form.errors?.fields ?? {},
  };
}
