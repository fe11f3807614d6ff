// Entry point: read the configuration, prepare the database, start the app, stop it on signals.
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { applyPendingMigrations } from './db/migrate.js';
import type { EventBus } from './events/event-bus.js';
import { createLocalEventBus } from './events/local-event-bus.js';
import { createRedisEventBus } from './events/redis-event-bus.js';
import { createLogger } from './logger.js';
import { SimulatedDataPlane } from './modules/restart/data-plane.js';
import { systemClock } from './services.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);

  if (config.operatorToken !== null && config.operatorToken.length < 16) {
    logger.warn('IGW_OPERATOR_TOKEN is shorter than 16 characters: anyone who guesses it runs the platform');
  }

  const applied = await applyPendingMigrations({ url: config.database.url, provider: config.database.provider });
  if (applied.length > 0) logger.info({ migrations: applied }, 'applied database migrations');

  const database = openDatabase(config.database.url);
  const events: EventBus = config.redisUrl ? await createRedisEventBus(config.redisUrl, logger) : createLocalEventBus();
  const dataPlane = new SimulatedDataPlane({
    phaseMs: config.restart.phaseMs,
    failureRate: config.restart.simulatedFailureRate,
  });
  const app = createApp({ config, database, events, dataPlane, clock: systemClock, logger });
  const started = await app.start();

  logger.info(
    { url: started.url, database: config.database.provider, redis: config.redisUrl !== null },
    'igw listening',
  );
  process.stdout.write(`\nigw is listening on ${started.url} (GraphiQL in a browser, graphql-ws on the same URL)\n`);
  if (started.generatedOperatorToken) {
    process.stdout.write(
      `No operator token was configured, so one was created. It is shown only this once:\n\n  ${started.generatedOperatorToken}\n\nSend it as "Authorization: Bearer <token>".\n\n`,
    );
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app.stop();
    await events.close();
    await database.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof ConfigError ? error.message : ((error as Error).stack ?? String(error))}\n`);
  process.exit(1);
});
