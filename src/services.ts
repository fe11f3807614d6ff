// Wires the domain services to their dependencies, once per app.
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { EventBus } from './events/event-bus.js';
import type { Logger } from './logger.js';
import { FloatingIpService } from './modules/floating-ip/service.js';
import { InternetGatewayService } from './modules/internet-gateway/service.js';
import { MaintenanceService } from './modules/maintenance/service.js';
import { NetworkService } from './modules/network/service.js';
import type { DataPlaneDriver } from './modules/restart/data-plane.js';
import { RestartRunner } from './modules/restart/runner.js';
import { RestartService } from './modules/restart/service.js';
import { FailureReportWebhook } from './modules/restart/webhook.js';
import { RoutingService } from './modules/routing/service.js';
import { TenancyService } from './modules/tenancy/service.js';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface ServiceDependencies {
  config: Config;
  database: Database;
  events: EventBus;
  dataPlane: DataPlaneDriver;
  clock: Clock;
  logger: Logger;
  /** Names this instance in restart leases. */
  instanceId: string;
  /** Called when a failure report awaits webhook delivery. */
  onFailureReported: () => void;
}

export interface Services {
  database: Database;
  events: EventBus;
  clock: Clock;
  tenancy: TenancyService;
  network: NetworkService;
  routing: RoutingService;
  floatingIp: FloatingIpService;
  internetGateway: InternetGatewayService;
  maintenance: MaintenanceService;
  restart: RestartService;
  restartRunner: RestartRunner;
  /** Null when no IGW_OPERATOR_WEBHOOK_URL is configured. */
  failureReportWebhook: FailureReportWebhook | null;
}

export function createServices(deps: ServiceDependencies): Services {
  const { config, database, events, clock, logger } = deps;
  const restartRunner = new RestartRunner({
    database,
    events,
    dataPlane: deps.dataPlane,
    clock,
    logger: logger.child({ component: 'restart-runner' }),
    instanceId: deps.instanceId,
    leaseMs: config.restart.leaseMs,
    webhookConfigured: config.webhook.url !== null,
    onFailureReported: deps.onFailureReported,
  });
  return {
    database,
    events,
    clock,
    tenancy: new TenancyService(database),
    network: new NetworkService(database, config.quotas),
    routing: new RoutingService(database, config.quotas),
    floatingIp: new FloatingIpService(database),
    internetGateway: new InternetGatewayService(database, events, config.quotas, clock),
    maintenance: new MaintenanceService(database, events, clock),
    restart: new RestartService(database, events, clock, restartRunner),
    restartRunner,
    failureReportWebhook: config.webhook.url
      ? new FailureReportWebhook({
          database,
          clock,
          logger: logger.child({ component: 'operator-webhook' }),
          url: config.webhook.url,
          maxAttempts: config.webhook.maxAttempts,
          initialBackoffMs: config.webhook.initialBackoffMs,
        })
      : null,
  };
}
