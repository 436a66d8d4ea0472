import { SetMetadata, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Role } from '@send/kernel';
import { User } from './users.js';

export const ROLES_KEY = 'send:roles';
export const PUBLIC_KEY = 'send:public';

/** Who may call a route. Every route names its roles or is explicitly public. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Roles that record and decide casework. */
export const CASEWORK: Role[] = ['caseworker', 'manager'];
/** Roles that may read a child's case. */
export const CASE_READERS: Role[] = ['caseworker', 'manager', 'auditor', 'tribunal'];

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): User => {
  return ctx.switchToHttp().getRequest().user;
});
