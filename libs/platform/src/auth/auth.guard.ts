import { CanActivate, ExecutionContext, ForbiddenException, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { FamilyAccounts } from './family-accounts.js';
import { Reflector } from '@nestjs/core';
import { Role } from '@send/kernel';
import { PUBLIC_KEY, ROLES_KEY } from './roles.decorator.js';
import { TokenService } from './token.service.js';

/**
 * Global guard: every route needs a valid token and one of its declared roles. A route that declares
 * no roles is refused to everyone, so forgetting @Roles fails closed. LA checks happen per case.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly families: FamilyAccounts,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The processes that keep the family accounts: the embedded one and the distributed gateway. A context
   * service is reached through the gateway, which refuses a closed family account before forwarding
   * (service-proxy.ts `admit`), so the service has nothing to look the account up in and relies on that.
   */
  private get holdsFamilyAccounts(): boolean {
    return this.config.service === 'embedded' || this.config.service === 'gateway';
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const request = context.switchToHttp().getRequest();
    const header: string | undefined = request.headers.authorization;
    const match = header?.match(/^Bearer\s+(.+)$/i);
    const user = match ? this.tokens.verify(match[1]) : undefined;
    if (!user) throw new UnauthorizedException('A valid bearer token is required.');
    request.user = user;
    const roles = this.reflector.getAllAndOverride<Role[]>(ROLES_KEY, targets) ?? [];
    if (!roles.includes(user.role)) throw new ForbiddenException(`The ${user.role} role may not do this.`);
    // A family's access ends when the LA revokes it, not when the token expires (docs/architecture.md "Security").
    if (user.role === 'family' && this.holdsFamilyAccounts && !(await this.families.isOpen(user))) {
      throw new UnauthorizedException('This family account is closed.');
    }
    return true;
  }
}
