import { Inject, Injectable } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { KeyObject, createSecretKey, timingSafeEqual } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DEMO_USERS, User } from './users.js';

const ISSUER = 'send-casework';

@Injectable()
export class TokenService {
  /** A KeyObject, not a string: given a string, jsonwebtoken first tries it as a public key on every verify. */
  private readonly key: KeyObject;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.key = createSecretKey(Buffer.from(config.tokenSecret, 'utf8'));
  }

  /** Demo mode checks the built-in users; otherwise there are no local passwords at all. */
  login(username: string, password: string): User | undefined {
    if (!this.config.demo) return undefined;
    const user = DEMO_USERS.find((u) => u.id === username);
    const ok = user !== undefined && safeEqual(password, 'demo');
    return ok ? user : undefined;
  }

  issue(user: User): string {
    const claims = { role: user.role, la: user.la, ...(user.caseId ? { case: user.caseId } : {}) };
    return jwt.sign(claims, this.key, {
      algorithm: 'HS256',
      subject: user.id,
      issuer: ISSUER,
      expiresIn: this.config.tokenTtlSeconds,
    });
  }

  verify(token: string): User | undefined {
    try {
      const claims = jwt.verify(token, this.key, { algorithms: ['HS256'], issuer: ISSUER }) as jwt.JwtPayload;
      if (typeof claims.sub !== 'string' || typeof claims.role !== 'string') return undefined;
      // A family token without its case would be bound to nothing: refused rather than guessed.
      if (claims.role === 'family' && typeof claims.case !== 'string') return undefined;
      return {
        id: claims.sub,
        role: claims.role as User['role'],
        ...(claims.la ? { la: String(claims.la) } : {}),
        ...(claims.role === 'family' ? { caseId: String(claims.case) } : {}),
      };
    } catch {
      return undefined;
    }
  }
}

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
