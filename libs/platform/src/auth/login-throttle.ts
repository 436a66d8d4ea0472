import { Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Failed password logins per username (docs/architecture.md "Security"): after MAX_FAILURES wrong
 * passwords within the window the username is refused for BLOCK_SECONDS, whatever the password, so a
 * password cannot be guessed at speed. Keyed by username, not address: the pages sign in through the
 * API from the gateway's own address. Kept in memory, in the one process that answers the token route (the
 * embedded process or the gateway): the demo users' and the family accounts' logins both pass here.
 */
export const MAX_FAILURES = 5;
export const WINDOW_SECONDS = 15 * 60;
export const BLOCK_SECONDS = 15 * 60;

export class TooManyAttemptsError extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many failed sign-in attempts for this username; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes.`);
    this.name = 'TooManyAttemptsError';
  }
}

@Injectable()
export class LoginThrottle {
  private readonly failures = new RateLimiterMemory({
    keyPrefix: 'login-failures',
    points: MAX_FAILURES,
    duration: WINDOW_SECONDS,
    blockDuration: BLOCK_SECONDS,
  });

  /** Throws TooManyAttemptsError while the username is blocked; checked before the password is. */
  async check(username: string): Promise<void> {
    const state = await this.failures.get(key(username));
    if (state && state.remainingPoints <= 0) throw new TooManyAttemptsError(Math.max(1, Math.ceil(state.msBeforeNext / 1000)));
  }

  async failed(username: string): Promise<void> {
    try {
      await this.failures.consume(key(username));
    } catch (rejected) {
      if (rejected instanceof RateLimiterRes) throw new TooManyAttemptsError(Math.ceil(rejected.msBeforeNext / 1000));
      throw rejected;
    }
  }

  async succeeded(username: string): Promise<void> {
    await this.failures.delete(key(username));
  }
}

/** Usernames are compared as typed by the user list, but "Manager@202" must not be a fresh counter. */
const key = (username: string) => username.trim().toLowerCase();
