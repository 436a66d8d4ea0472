import type { Logger } from '@nestjs/common';

/**
 * The timer of a background sweep (the deadline watcher, the cease sweep, the retention sweep): a run every
 * `everyMs` from start() until stop(), which its owner calls when its module is destroyed. The timer never keeps
 * the process alive, and a run is not started while the last is still going, so a slow store cannot stack them
 * up. A failed run is logged by the error's kind and code only: a sweep reads case rows, and a driver's message
 * may quote one, with a child's name or date of birth in it (docs/architecture.md "Deadlines").
 */
export class ScheduledSweep {
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly logger: Pick<Logger, 'error'>,
    private readonly run: () => Promise<unknown>,
  ) {}

  start(everyMs: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), everyMs);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** One scheduled run; passed by while the last is still going. Never rejects: the next run retries. */
  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.run();
    } catch (error) {
      this.logger.error(`sweep failed: ${errorKind(error)}`);
    } finally {
      this.running = false;
    }
  }
}

/** An error told by its class and code (a DomainError's, a driver's), never its message. */
export function errorKind(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' || typeof code === 'number' ? `${error.name} ${code}` : error.name;
}
