import type { Role } from '@send/kernel';
import type { CaseFunding, CaseSummary } from './case-api.js';
import { caseHeader, casePath, tabTitle } from './case-header.js';
import { pounds, settingTypeName } from './labels.js';

/**
 * The funding tab: band, tariff lines, adjustments, annual cost and the element 2 / element 3 split, as
 * GET …/funding prices them. `funding` is undefined until a plan is priced (404 FUNDING.NOT_PRICED). Pure.
 */
export function caseFundingModel(
  summary: Pick<CaseSummary, 'caseId' | 'child'>,
  funding: CaseFunding | undefined,
  context: { role?: Role },
) {
  const header = caseHeader(summary, 'funding');
  const casework = context.role === 'caseworker' || context.role === 'manager';
  return {
    pageTitle: tabTitle('Funding', header),
    header,
    adjustHref: casework && funding ? casePath(summary.caseId, '/funding/adjustments') : undefined,
    funding: funding
      ? {
          rows: [
            { key: { text: 'Plan version priced' }, value: { text: `Version ${funding.planVersion}` } },
            {
              key: { text: 'Setting' },
              value: {
                text: [funding.setting?.name, settingTypeName(funding.setting?.type)].filter(Boolean).join(', ') || 'Not named',
              },
            },
            { key: { text: 'Band' }, value: { text: funding.band?.name ?? 'No band' } },
            { key: { text: 'Annual cost of provision' }, value: { text: pounds(funding.annualPence) } },
            ...(funding.adjustmentsPence
              ? [{ key: { text: 'Local adjustments' }, value: { text: pounds(funding.adjustmentsPence) } }]
              : []),
            { key: { text: 'Element 2 (from the school’s budget)' }, value: { text: pounds(funding.element2Pence) } },
            { key: { text: 'Element 3 (top-up from the high needs block)' }, value: { text: pounds(funding.element3Pence) } },
            ...(funding.placeFundingPence
              ? [{ key: { text: 'Place funding' }, value: { text: pounds(funding.placeFundingPence) } }]
              : []),
            ...(funding.totalPence !== undefined
              ? [{ key: { text: 'Total a year' }, value: { text: pounds(funding.totalPence) } }]
              : []),
          ],
          issuedOn: funding.issuedOn,
          lines: funding.lines.map((l) => ({
            provision: l.provision,
            tariff: `${pounds(l.tariffPence)}${l.unit ? ` a ${l.unit}` : ''}`,
            quantity: String(l.quantityPerYear),
            annual: pounds(l.annualPence),
          })),
          adjustments: (funding.adjustments ?? []).map((a) => ({
            amount: pounds(a.amountPence),
            reason: a.reason,
            approved: [a.approvedBy, a.approvedOn].filter(Boolean).join(', '),
            approvedOn: a.approvedOn,
            approvedBy: a.approvedBy,
          })),
          unpricedItems: funding.unpricedItems ?? 0,
          referenceVersion: funding.referenceVersion,
        }
      : undefined,
  };
}
