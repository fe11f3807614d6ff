// Restarting a gateway that runs on a server scheduled for maintenance, and the failure
// reports operators receive when a restart fails.
import { ConflictError, NotFoundError } from '../../common/errors.js';
import type { Database } from '../../db/database.js';
import type { EventBus } from '../../events/event-bus.js';
import { channels } from '../../events/channels.js';
import type { Clock } from '../../services.js';
import { publishStatusChanges } from '../internet-gateway/status-events.js';
import * as gatewayStore from '../internet-gateway/store.js';
import { activeMaintenanceWindow } from '../maintenance/maintenance-window.js';
import { type Actor, projectScope } from '../tenancy/actor.js';
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
    const { gateway, previousStatus, restart, restartRequired } = await this.database.transaction(async (tx) => {
      await this.database.lockRows(tx, 'InternetGateway', [internetGatewayId]);
      const gateway = await gatewayStore.findGateway(tx, internetGatewayId, projectScope(actor));
      if (!gateway) throw new NotFoundError('internet gateway');
      if (gateway.status === 'RESTARTING') {
        throw new ConflictError('GATEWAY_BUSY', `internet gateway ${gateway.name} is already restarting`);
      }
      const restartRequired = activeMaintenanceWindow(gateway.gatewayServer, now) !== null;
      if (!restartRequired && gateway.status !== 'ERROR') {
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
      return { gateway: restarting, previousStatus: gateway.status, restart, restartRequired };
    });

    await publishStatusChanges(
      this.events,
      [
        {
          internetGatewayId: gateway.id,
          projectId: gateway.projectId,
          status: 'RESTARTING',
          previousStatus,
          restartRequired,
        },
      ],
      now,
    );
    await this.events.publish(channels.restartProgress(gateway.id), {
      restartId: restart.id,
      internetGatewayId: gateway.id,
      projectId: gateway.projectId,
      phase: 'QUEUED',
      progressPercent: 0,
      message: 'Restart queued',
      occurredAt: now.toISOString(),
    });
    this.runner.run(restart.id);
    return { internetGateway: gateway, restart };
  }

  async acknowledgeReport(reportId: string) {
    return this.database.transaction(async (tx) => {
      const report = await store.findFailureReport(tx, reportId);
      if (!report) throw new NotFoundError('restart failure report');
      return report.acknowledgedAt ? report : store.acknowledgeFailureReport(tx, reportId, this.clock.now());
    });
  }
}
