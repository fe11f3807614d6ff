// The app factory: everything the service is, built from its dependencies, with start and stop.
// No module-level state, so tests build as many apps as they need, each on its own database.
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { hostname } from 'node:os';
import { PeriodicTask } from './periodic-task.js';
import { buildSchema } from './schema.js';
import { createGraphqlServer, type GraphqlServer } from './server/graphql-server.js';
import { createServices, type ServiceDependencies, type Services } from './services.js';

/** What the app is built from; it makes the rest (its instance ID, its background work) itself. */
export type AppDependencies = Omit<ServiceDependencies, 'instanceId' | 'onFailureReported'>;

export interface StartedApp {
  /** e.g. http://127.0.0.1:4000/graphql */
  url: string;
  /** The operator token's secret when this start created the first one, else null. */
  generatedOperatorToken: string | null;
}

export interface App {
  services: Services;
  server: GraphqlServer;
  /** Seeds what a new installation needs, starts background work and listens. */
  start(): Promise<StartedApp>;
  /** Drains HTTP and WebSocket clients and stops background work; the database stays open. */
  stop(): Promise<void>;
}

/**
 * How often ended maintenance windows are cleared, which tells subscribers that their gateways
 * no longer need a restart (queries see it at the window's end already): one indexed query.
 */
const maintenanceSweepMs = 1_000;
const webhookPollMs = 1_000;

export function createApp(deps: AppDependencies): App {
  const { config, logger } = deps;
  const instanceId = randomUUID();
  let webhookTask: PeriodicTask | null = null;
  const services = createServices({ ...deps, instanceId, onFailureReported: () => webhookTask?.trigger() });
  const server = createGraphqlServer({ schema: buildSchema(), services, logger });

  const webhook = services.failureReportWebhook;
  webhookTask = webhook
    ? new PeriodicTask('operator webhook', webhookPollMs, () => webhook.deliverDue(), logger)
    : null;
  const backgroundTasks = [
    // Half a lease: a restart whose instance died is taken over soon after its lease lapses.
    new PeriodicTask(
      'restart takeover',
      Math.max(100, config.restart.leaseMs / 2),
      () => services.restartRunner.resumeLapsedRestarts(),
      logger,
    ),
    new PeriodicTask(
      'maintenance sweep',
      maintenanceSweepMs,
      () => services.maintenance.clearEndedMaintenance(),
      logger,
    ),
    ...(webhookTask ? [webhookTask] : []),
  ];

  return {
    services,
    server,
    async start() {
      await services.network.ensureExternalNetwork(config.seed.externalNetworkName, config.seed.externalNetworkCidr);
      await services.maintenance.ensureServers(config.seed.gatewayServerNames);
      if (config.operatorToken !== null) await services.tenancy.installOperatorToken(config.operatorToken);
      const generatedOperatorToken =
        config.operatorToken === null ? await services.tenancy.createFirstOperatorToken() : null;

      await new Promise<void>((resolve, reject) => {
        server.httpServer.once('error', reject);
        server.httpServer.listen(config.http.port, config.http.host, () => {
          server.httpServer.off('error', reject);
          resolve();
        });
      });
      const address = server.httpServer.address() as AddressInfo;
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      await services.restartRunner.start(`${hostname()}:${address.port}`);
      for (const task of backgroundTasks) task.start();
      logger.info({ instanceId }, 'started');
      return { url: `http://${host}:${address.port}${server.yoga.graphqlEndpoint}`, generatedOperatorToken };
    },
    async stop() {
      const closed = new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      server.httpServer.closeIdleConnections();
      await server.closeWebSockets();
      const forced = setTimeout(() => server.httpServer.closeAllConnections(), config.http.shutdownTimeoutMs);
      await closed;
      clearTimeout(forced);
      await Promise.all(backgroundTasks.map((task) => task.stop()));
      await services.restartRunner.stop();
    },
  };
}
