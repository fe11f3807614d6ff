// Drives restarts through their phases. Each restart runs under a lease that its instance
// renews while it works; when an instance dies, another one (or the same one, started again)
// takes the restart over once the lease lapses and carries it on from the phase it had reached.
import type { Database } from '../../db/database.js';
import { channels } from '../../events/channels.js';
import type { EventBus } from '../../events/event-bus.js';
import type { Logger } from '../../logger.js';
import type { Clock } from '../../services.js';
import { publishGatewayStatus } from '../internet-gateway/status-events.js';
import * as gatewayStore from '../internet-gateway/store.js';
import { activeMaintenanceWindow } from '../maintenance/maintenance-window.js';
import * as maintenanceStore from '../maintenance/store.js';
import { type DataPlaneDriver, DataPlaneError, type GatewayMove } from './data-plane.js';
import { isTerminal, nextPhase, progressOnEntering, type WorkingPhase } from './phases.js';
import { type PhaseReached, publishRestartProgress } from './progress-events.js';
import * as store from './store.js';

export interface RestartRunnerOptions {
  database: Database;
  events: EventBus;
  dataPlane: DataPlaneDriver;
  clock: Clock;
  logger: Logger;
  /** Tells this process apart from any other, past or present. */
  instanceId: string;
  leaseMs: number;
  /** Whether failure reports are to be POSTed to an operator webhook. */
  webhookConfigured: boolean;
  /** Called after a failure report is committed, so that its delivery starts without waiting. */
  onFailureReported: () => void;
}

type Execution = Awaited<ReturnType<typeof store.findRestartForExecution>> & {};

export class RestartRunner {
  readonly #running = new Map<string, { done: Promise<void>; abort: AbortController }>();
  #stopped = false;
  /** `<host>:<port>#<instance ID>`: where this instance listens, then which process it is. */
  #owner: string | null = null;

  constructor(private readonly options: RestartRunnerOptions) {}

  /**
   * Starts taking restarts, as the instance listening on `address` (host:port). Restarts a
   * previous process on the same address left unfinished are taken over at once: that process is
   * gone, since this one holds its port. On SQLite, which one instance serves, all of them are.
   */
  async start(address: string): Promise<void> {
    this.#owner = `${address}#${this.options.instanceId}`;
    const predecessors = this.options.database.provider === 'sqlite' ? '' : `${address}#`;
    const orphans = await store.unfinishedRestartsLeasedBy(this.options.database.client, predecessors, this.#owner);
    for (const orphan of orphans) {
      if (await store.takeOverLease(this.options.database.client, orphan, this.lease())) {
        this.options.logger.info({ restartId: orphan.id }, 'resuming a restart a previous process left unfinished');
        this.run(orphan.id, true);
      }
    }
  }

  /** A lease for this instance, valid from now. */
  lease(): store.Lease {
    if (this.#owner === null) throw new Error('the restart runner has not started');
    return {
      owner: this.#owner,
      expiresAt: new Date(this.options.clock.now().getTime() + this.options.leaseMs),
    };
  }

  /** Starts executing a restart this instance holds the lease of (no-op if it already runs it). */
  run(restartId: string, resumed = false): void {
    if (this.#stopped || this.#running.has(restartId)) return;
    const abort = new AbortController();
    const done = this.execute(restartId, resumed, abort.signal)
      .catch((error: unknown) => {
        this.options.logger.error(
          { err: error, restartId },
          'restart execution crashed; another attempt resumes it after its lease lapses',
        );
      })
      .finally(() => this.#running.delete(restartId));
    this.#running.set(restartId, { done, abort });
  }

  /** Takes over restarts whose lease lapsed (their instance died or stopped) and resumes them. */
  async resumeLapsedRestarts(): Promise<void> {
    if (this.#stopped) return;
    const now = this.options.clock.now();
    for (const { id } of await store.restartsWithLapsedLease(this.options.database.client, now)) {
      if (this.#running.has(id)) continue;
      if (await store.claimLapsedRestart(this.options.database.client, id, this.lease(), now)) {
        this.options.logger.info({ restartId: id }, 'resuming a restart whose lease lapsed');
        this.run(id, true);
      }
    }
  }

  /** Stops after the current step of each restart and hands their leases back for others to resume. */
  async stop(): Promise<void> {
    this.#stopped = true;
    const running = [...this.#running.entries()];
    for (const [, execution] of running) execution.abort.abort();
    await Promise.all(running.map(([, execution]) => execution.done));
    if (running.length > 0) {
      await store.releaseLeases(
        this.options.database.client,
        this.#owner as string,
        running.map(([id]) => id),
      );
    }
  }

  private async execute(restartId: string, resumed: boolean, signal: AbortSignal): Promise<void> {
    const { database, logger } = this.options;
    let restart = await store.findRestartForExecution(database.client, restartId);
    if (!restart || isTerminal(restart.phase) || restart.leaseOwner !== this.#owner) return;
    // A restart taken over may have committed its phase without publishing it: publish it again.
    // Subscribers drop what they have already seen, so each phase still reaches them once.
    if (resumed) await this.republishCurrentPhase(restart);

    const heartbeat = setInterval(
      () => {
        store.renewLease(database.client, restartId, this.lease()).catch((error: unknown) => {
          logger.warn({ err: error, restartId }, 'could not renew a restart lease');
        });
      },
      Math.max(50, Math.floor(this.options.leaseMs / 3)),
    );
    try {
      let phase = restart.phase as WorkingPhase;
      for (;;) {
        await this.options.dataPlane.runPhase(phase, this.moveOf(restart), signal);
        if (signal.aborted) return;
        const unavailable = await this.targetUnavailable(restart);
        if (unavailable) {
          await this.fail(restart, unavailable);
          return;
        }
        const next = nextPhase(phase);
        if (next === 'COMPLETED') {
          await this.complete(restart);
          return;
        }
        if (next === 'DRAINING' && !restart.targetServerId) {
          const target = await gatewayStore.leastLoadedHealthyServer(
            database.client,
            this.options.clock.now(),
            restart.sourceServerId,
          );
          if (!target) {
            await this.fail(
              restart,
              'no healthy gateway server (ACTIVE, no maintenance scheduled) to move the gateway to',
            );
            return;
          }
          const message = this.messageFor(next, restart.sourceServer?.name ?? null, target.name);
          if (!(await this.enter(restart, next, message, target.id))) return;
        } else {
          const message = this.messageFor(
            next,
            restart.sourceServer?.name ?? null,
            restart.targetServer?.name ?? 'the new server',
          );
          if (!(await this.enter(restart, next, message))) return;
        }
        phase = next;
        restart = (await store.findRestartForExecution(database.client, restartId)) as Execution;
      }
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof DataPlaneError) {
        await this.fail(restart, error.message);
        return;
      }
      throw error;
    } finally {
      clearInterval(heartbeat);
    }
  }

  /**
   * Why the server the gateway is moving to can no longer take it (it went DOWN, or maintenance
   * was scheduled on it since the restart chose it), or null while it is healthy. The restart
   * must end on a healthy server, so it fails rather than completing onto such a one.
   */
  private async targetUnavailable(restart: Execution): Promise<string | null> {
    if (!restart.targetServerId) return null;
    const target = await maintenanceStore.findServer(this.options.database.client, restart.targetServerId);
    if (!target) return 'the gateway server chosen for the restart no longer exists';
    if (target.state !== 'ACTIVE') return `gateway server ${target.name} went ${target.state} during the restart`;
    if (activeMaintenanceWindow(target, this.options.clock.now())) {
      return `maintenance was scheduled on gateway server ${target.name} during the restart`;
    }
    return null;
  }

  private moveOf(restart: Execution): GatewayMove {
    return {
      restartId: restart.id,
      internetGatewayId: restart.internetGatewayId,
      publicIp: restart.internetGateway.publicAddress?.address ?? null,
      sourceServerName: restart.sourceServer?.name ?? null,
      targetServerName: restart.targetServer?.name ?? null,
    };
  }

  private messageFor(phase: Exclude<WorkingPhase, 'QUEUED'>, source: string | null, target: string): string {
    switch (phase) {
      case 'DRAINING':
        return `Draining traffic before moving to ${target}`;
      case 'MIGRATING':
        return `Moving the gateway${source ? ` from ${source}` : ''} to ${target}`;
      case 'STARTING':
        return `Starting the gateway on ${target}`;
      case 'VERIFYING':
        return 'Verifying internet access through the gateway';
    }
  }

  /** Commits the restart's entry into a phase, then publishes it. False when the lease was lost. */
  private async enter(
    restart: Execution,
    phase: Exclude<WorkingPhase, 'QUEUED'>,
    message: string,
    targetServerId?: string,
  ): Promise<boolean> {
    const now = this.options.clock.now();
    const progressPercent = progressOnEntering[phase];
    const entered = await this.options.database.transaction((tx) =>
      store.enterPhase(
        tx,
        { id: restart.id, lease: this.lease() },
        { phase, progressPercent, message, now, targetServerId },
      ),
    );
    if (entered) await this.publishProgress(restart, { phase, progressPercent, message, occurredAt: now });
    return entered;
  }

  private async complete(restart: Execution): Promise<void> {
    const now = this.options.clock.now();
    const target = restart.targetServer?.name ?? 'the new server';
    const message = `Restarted on ${target}`;
    const gateway = await this.options.database.transaction(async (tx) => {
      const entered = await store.enterPhase(
        tx,
        { id: restart.id, lease: this.lease() },
        { phase: 'COMPLETED', progressPercent: 100, message, now, finished: true },
      );
      if (!entered) return null;
      return store.setGatewayAfterRestart(tx, restart.internetGatewayId, {
        status: 'ACTIVE',
        gatewayServerId: restart.targetServerId ?? undefined,
      });
    });
    if (!gateway) return;
    await this.publishProgress(restart, { phase: 'COMPLETED', progressPercent: 100, message, occurredAt: now });
    await publishGatewayStatus(this.options.events, gateway, 'RESTARTING', now);
    this.options.logger.info(
      { restartId: restart.id, internetGatewayId: gateway.id, server: target },
      'restart completed',
    );
  }

  /** Ends the restart as FAILED, turns the gateway ERROR and reports the failure to operators. */
  private async fail(restart: Execution, reason: string): Promise<void> {
    const now = this.options.clock.now();
    const current = await store.findRestart(this.options.database.client, restart.id);
    const progressPercent = current?.progressPercent ?? restart.progressPercent;
    const outcome = await this.options.database.transaction(async (tx) => {
      const entered = await store.enterPhase(
        tx,
        { id: restart.id, lease: this.lease() },
        { phase: 'FAILED', progressPercent, message: reason, now, finished: true, failureReason: reason },
      );
      if (!entered) return null;
      const gateway = await store.setGatewayAfterRestart(tx, restart.internetGatewayId, { status: 'ERROR' });
      const report = await store.createFailureReport(tx, {
        restartId: restart.id,
        internetGatewayId: gateway.id,
        projectId: gateway.projectId,
        reason,
        now,
        deliverToWebhook: this.options.webhookConfigured,
      });
      return { gateway, report };
    });
    if (!outcome) return;
    const { gateway, report } = outcome;
    await this.publishProgress(restart, { phase: 'FAILED', progressPercent, message: reason, occurredAt: now });
    await publishGatewayStatus(this.options.events, gateway, 'RESTARTING', now);
    await this.options.events.publish(channels.restartFailureReported, {
      reportId: report.id,
      projectId: gateway.projectId,
    });
    this.options.logger.warn(
      { restartId: restart.id, internetGatewayId: gateway.id, reason },
      'restart failed; operators notified',
    );
    this.options.onFailureReported();
  }

  private async republishCurrentPhase(restart: Execution): Promise<void> {
    const event = await store.latestPhaseEvent(this.options.database.client, restart.id, restart.phase);
    if (event) await this.publishProgress(restart, event);
  }

  private publishProgress(restart: Execution, reached: PhaseReached): Promise<void> {
    return publishRestartProgress(this.options.events, restart, restart.internetGateway.projectId, reached);
  }
}
