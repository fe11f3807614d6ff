import type { Logger } from './logger.js';

/**
 * Runs `work` every `intervalMs`, never twice at once, and at once when triggered. Failures are
 * logged and the next round runs as planned: background work must outlive a bad round.
 */
export class PeriodicTask {
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<void> | null = null;
  #again = false;
  #stopped = true;

  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly work: () => Promise<void>,
    private readonly logger: Logger,
  ) {}

  start(): void {
    this.#stopped = false;
    this.trigger();
  }

  /** Runs the work now (or right after the round under way). */
  trigger(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    if (this.#timer) clearTimeout(this.#timer);
    this.#running = this.work()
      .catch((error: unknown) => this.logger.error({ err: error, task: this.name }, 'background task failed'))
      .finally(() => {
        this.#running = null;
        if (this.#stopped) return;
        if (this.#again) {
          this.#again = false;
          this.trigger();
        } else {
          this.#timer = setTimeout(() => this.trigger(), this.intervalMs);
        }
      });
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer) clearTimeout(this.#timer);
    await this.#running;
  }
}
