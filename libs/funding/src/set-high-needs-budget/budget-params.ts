import { ForbiddenException } from '@nestjs/common';
import { InvalidRequestError, type FieldError, type User, canSeeLa } from '@send/platform';
import { isFinancialYear } from '../domain/index.js';

/** The path of the budget routes: a DfE three-digit LA code and a financial year such as 2025-26. */
export function checkBudgetPath(user: User, la: string, financialYear: string): void {
  const errors: FieldError[] = [];
  if (!/^\d{3}$/.test(la)) errors.push({ field: 'la', message: 'la must be a three-digit DfE LA code' });
  if (!isFinancialYear(financialYear)) {
    errors.push({ field: 'financialYear', message: 'financialYear must be written like 2025-26 (April to March)' });
  }
  if (errors.length > 0) throw new InvalidRequestError(errors);
  if (!canSeeLa(user, la)) throw new ForbiddenException(`You work for LA ${user.la}, not ${la}.`);
}
