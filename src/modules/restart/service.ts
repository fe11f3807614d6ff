// Restarting a gateway that runs on a server scheduled for maintenance, and the failure
// reports operators receive when a restart fails.
import { ConflictError, NotFoundError } from '../../common/errors.js';
import type { Database } from '../../db/database.js';
import { channels, type RestartProgress } from '../../events/channels.js';
import { type EventBus, subscribeBefore } from '../../events/event-bus.js';
import type { Clock } from '../../services.js';
import { publishGatewayStatus } from '../internet-gateway/status-events.js';
import * as gatewayStore from '../internet-gateway/store.js';
import { activeMaintenanceWindow } from '../maintenance/maintenance-window.js';
import { type Actor, projectScope } from '../tenancy/actor.js';
import { isTerminal, phaseRank } from './phases.js';
import { publishRestartProgress, restartProgress } from './progress-events.js';
import type { RestartRunner } from './runner.js';
import * as store from './store.js';

export class RestartService {
  constructor(
    private readonly database: Database,
    private readonly events: EventBus,
    private readonly clock: Clock,
    private readonly runner: RestartRunner,
  ) {}

  /**
   * Starts restarting a gateway onto a healthy server. Members restart their own gateways;
   * operators any project's. A gateway must be a maintenance target (or in ERROR after a failed
   * restart) and not restarting already.
   */
  async request(actor: Actor, internetGatewayId: string) {
    const now = this.clock.now();
    const { gateway, previousStatus, restart } = await this.database.transaction(async (tx) => {
      await this.database.lockRows(tx, 'InternetGateway', [internetGatewayId]);
      const gateway = await gatewayStore.findGateway(tx, internetGatewayId, projectScope(actor));
      if (!gateway) throw new NotFoundError('internet gateway');
      if (gateway.status === 'RESTARTING') {
        throw new ConflictError('GATEWAY_BUSY', `internet gateway ${gateway.name} is already restarting`);
      }
      if (!activeMaintenanceWindow(gateway.gatewayServer, now) && gateway.status !== 'ERROR') {
        throw new ConflictError(
          'RESTART_NOT_REQUIRED',
          `internet gateway ${gateway.name} runs on a server with no maintenance scheduled: there is nothing to restart`,
        );
      }
      const restart = await store.createRestart(tx, {
        internetGatewayId: gateway.id,
        sourceServerId: gateway.gatewayServerId,
        lease: this.runner.lease(),
        now,
      });
      const restarting = await store.setGatewayAfterRestart(tx, gateway.id, { status: 'RESTARTING' });
      return { gateway: restarting, previousStatus: gateway.status, restart };
    });

    await publishGatewayStatus(this.events, gateway, previousStatus, now);
    const [queued] = restart.phaseEvents;
    if (queued) await publishRestartProgress(this.events, restart, gateway.projectId, queued);
    this.runner.run(restart.id);
    return { internetGateway: gateway, restart };
  }

  /**
   * One restart's phases, each once and in order: the current phase first when a restart is
   * under way, then the later ones as they happen, ending after COMPLETED or FAILED. With no
   * restart under way, the stream waits for the next one. Refused (NOT_FOUND) for a gateway the
   * caller cannot see.
   */
  followProgress(actor: Actor, internetGatewayId: string): Promise<AsyncIterable<RestartProgress>> {
    return subscribeBefore(this.events, channels.restartProgress(internetGatewayId), async (events) => {
      const gateway = await gatewayStore.findGateway(this.database.client, internetGatewayId, projectScope(actor));
      if (!gateway) throw new NotFoundError('internet gateway');
      const running = await store.findRunningRestart(this.database.client, gateway.id);
      const current = running ? await store.latestPhaseEvent(this.database.client, running.id, running.phase) : null;
      return restartProgressStream(
        events,
        running && current ? restartProgress(running, gateway.projectId, current) : null,
      );
    });
  }

  async acknowledgeReport(reportId: string) {
    return this.database.transaction(async (tx) => {
      const report = await store.findFailureReport(tx, reportId);
      if (!report) throw new NotFoundError('restart failure report');
      return report.acknowledgedAt ? report : store.acknowledgeFailureReport(tx, reportId, this.clock.now());
    });
  }
}

/**
 * Drops what the subscriber has seen already: events of another restart, and phases that do not
 * advance (a restart resumed after a crash publishes its current phase again).
 */
async function* restartProgressStream(events: AsyncIterable<RestartProgress>, current: RestartProgress | null) {
  let restartId = current?.restartId ?? null;
  let lastRank = -1;
  if (current) {
    yield current;
    if (isTerminal(current.phase)) return;
    lastRank = phaseRank(current.phase);
  }
  for await (const event of events) {
    restartId ??= event.restartId;
    if (event.restartId !== restartId || phaseRank(event.phase) <= lastRank) continue;
    lastRank = phaseRank(event.phase);
    yield event;
    if (isTerminal(event.phase)) return;
  }
}
