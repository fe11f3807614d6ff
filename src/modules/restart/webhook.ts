// Delivers restart failure reports to the operators' webhook (IGW_OPERATOR_WEBHOOK_URL) as JSON
// POSTs, retried with exponential backoff. Delivery state lives on the report, so any instance
// can carry on with it, and a failing webhook never holds up or fails a restart.

import { encodeGlobalId } from '../../common/ids.js';
import type { Database } from '../../db/database.js';
import type { Logger } from '../../logger.js';
import type { Clock } from '../../services.js';
import * as store from './store.js';

export interface WebhookOptions {
  database: Database;
  clock: Clock;
  logger: Logger;
  url: string;
  maxAttempts: number;
  initialBackoffMs: number;
}

const requestTimeoutMs = 5_000;
const maxBackoffMs = 5 * 60_000;

export class FailureReportWebhook {
  constructor(private readonly options: WebhookOptions) {}

  /**
   * Sends every delivery that is due, side by side so that one slow answer does not hold up the
   * others; safe to call from several instances at once.
   */
  async deliverDue(): Promise<void> {
    const { database, clock } = this.options;
    const due = await store.reportsDueForWebhook(database.client, clock.now());
    await Promise.all(
      due.map(async ({ id }) => {
        const now = clock.now();
        // Held for longer than one request can take, so no other instance sends it meanwhile.
        const until = new Date(now.getTime() + requestTimeoutMs * 2);
        if (await store.claimWebhookDelivery(database.client, id, now, until)) await this.deliver(id);
      }),
    );
  }

  private async deliver(reportId: string): Promise<void> {
    const { database, clock, logger, url, maxAttempts, initialBackoffMs } = this.options;
    const report = await store.findReportForWebhook(database.client, reportId);
    if (!report) return;
    const attempts = report.webhookAttempts + 1;
    let lastError: string | null = null;
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'igw',
          'x-igw-delivery': `${report.id}/${attempts}`,
        },
        // The report as the RestartFailureReport GraphQL type has it (global IDs), plus `type`.
        body: JSON.stringify({
          type: 'RESTART_FAILURE_REPORTED',
          id: encodeGlobalId('RestartFailureReport', report.id),
          reason: report.reason,
          reportedAt: report.reportedAt.toISOString(),
          acknowledgedAt: report.acknowledgedAt?.toISOString() ?? null,
          internetGateway: {
            id: encodeGlobalId('InternetGateway', report.internetGateway.id),
            name: report.internetGateway.name,
          },
          project: { id: encodeGlobalId('Project', report.project.id), name: report.project.name },
          restart: {
            id: encodeGlobalId('GatewayRestart', report.restart.id),
            phase: report.restart.phase,
            progressPercent: report.restart.progressPercent,
            startedAt: report.restart.startedAt.toISOString(),
            finishedAt: report.restart.finishedAt?.toISOString() ?? null,
            failureReason: report.restart.failureReason,
          },
        }),
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
      if (!response.ok) lastError = `HTTP ${response.status}`;
      await response.body?.cancel();
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
    }

    const now = clock.now();
    if (lastError === null) {
      await store.recordWebhookAttempt(database.client, report.id, {
        deliveredAt: now,
        attempts,
        nextAttemptAt: null,
        lastError: null,
      });
      logger.info({ reportId: report.id, attempts }, 'restart failure report delivered to the operator webhook');
      return;
    }
    const giveUp = attempts >= maxAttempts;
    const backoffMs = Math.min(maxBackoffMs, initialBackoffMs * 2 ** (attempts - 1));
    await store.recordWebhookAttempt(database.client, report.id, {
      deliveredAt: null,
      attempts,
      nextAttemptAt: giveUp ? null : new Date(now.getTime() + backoffMs),
      lastError,
    });
    logger.warn(
      { reportId: report.id, attempts, error: lastError, retryInMs: giveUp ? null : backoffMs },
      giveUp
        ? 'gave up delivering a restart failure report to the operator webhook'
        : 'operator webhook delivery failed; will retry',
    );
  }
}
