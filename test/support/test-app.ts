// Starts a real igw on a loopback port and a database of its own: SQLite in a temporary file,
// or a fresh PostgreSQL database on TEST_DATABASE_URL's server.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type App, createApp } from '../../src/app.js';
import { type Config, parseConfig } from '../../src/config.js';
import type { StatementObserver } from '../../src/db/adapter.js';
import { type Database, openDatabase } from '../../src/db/database.js';
import { applyPendingMigrations } from '../../src/db/migrate.js';
import type { DatabaseProvider } from '../../src/db/provider.js';
import type { EventBus } from '../../src/events/event-bus.js';
import { createLocalEventBus } from '../../src/events/local-event-bus.js';
import { createRedisEventBus } from '../../src/events/redis-event-bus.js';
import { createLogger } from '../../src/logger.js';
import { type DataPlaneDriver, SimulatedDataPlane } from '../../src/modules/restart/data-plane.js';
import { systemClock } from '../../src/services.js';
import { ApiClient } from './graphql-client.js';
import { createTestDatabase } from './postgres.js';

export const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? null;
export const testRedisUrl = process.env.TEST_REDIS_URL ?? null;

/** The providers the suite runs against: SQLite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const providers: DatabaseProvider[] = testDatabaseUrl ? ['sqlite', 'postgresql'] : ['sqlite'];

export const operatorToken = 'test-operator-token-0123456789';

/** A database of its own for one test file: created, migrated, and dropped afterwards. */
export interface TestDatabase {
  provider: DatabaseProvider;
  url: string;
  drop(): Promise<void>;
}

export async function createMigratedDatabase(provider: DatabaseProvider, label: string): Promise<TestDatabase> {
  let testDatabase: TestDatabase;
  if (provider === 'sqlite') {
    const folder = mkdtempSync(join(tmpdir(), 'igw-test-'));
    testDatabase = {
      provider,
      url: `file:${join(folder, 'igw.db')}`,
      drop: async () => rmSync(folder, { recursive: true, force: true }),
    };
  } else {
    if (!testDatabaseUrl) throw new Error('TEST_DATABASE_URL is not set');
    const created = await createTestDatabase(testDatabaseUrl, label);
    testDatabase = { provider, url: created.url, drop: created.drop };
  }
  await applyPendingMigrations({ url: testDatabase.url, provider });
  return testDatabase;
}

export interface TestAppOptions {
  /** Environment variables on top of the test defaults (e.g. IGW_QUOTA_VPCS). */
  env?: Record<string, string>;
  onStatement?: StatementObserver;
  dataPlane?: DataPlaneDriver;
  /** Share events through this Redis server rather than in memory. */
  redisUrl?: string;
}

export interface TestApp {
  app: App;
  config: Config;
  database: Database;
  url: string;
  operator: ApiClient;
  /** A client with no token, or with the given one. */
  client(token: string | null): ApiClient;
  stop(): Promise<void>;
}

/** Starts an app on an existing database (e.g. a second instance, or a restart after a crash). */
export async function startTestApp(testDatabase: TestDatabase, options: TestAppOptions = {}): Promise<TestApp> {
  const config = parseConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    DATABASE_URL: testDatabase.url,
    IGW_OPERATOR_TOKEN: operatorToken,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    IGW_RESTART_PHASE_MS: '40',
    IGW_RESTART_LEASE_MS: '1000',
    IGW_SHUTDOWN_TIMEOUT_MS: '2000',
    ...options.env,
  });
  const logger = createLogger(config.logLevel);
  const database = openDatabase(testDatabase.url, { onStatement: options.onStatement });
  const events: EventBus = options.redisUrl
    ? await createRedisEventBus(options.redisUrl, logger)
    : createLocalEventBus();
  const dataPlane =
    options.dataPlane ??
    new SimulatedDataPlane({ phaseMs: config.restart.phaseMs, failureRate: config.restart.simulatedFailureRate });
  const app = createApp({ config, database, events, dataPlane, clock: systemClock, logger });
  const { url } = await app.start();
  const client = (token: string | null) => new ApiClient(url, token);
  return {
    app,
    config,
    database,
    url,
    operator: client(operatorToken),
    client,
    async stop() {
      await app.stop();
      await events.close();
      await database.close();
    },
  };
}

/** The app and database `useTestApp` gives a describe block, readable from its beforeAll on. */
export interface SuiteApp {
  readonly testApp: TestApp;
  readonly testDatabase: TestDatabase;
}

/**
 * Gives the enclosing describe block a migrated database of its own and an app on it, created in
 * beforeAll and stopped and dropped in afterAll. Pass `options` as a function when they depend on
 * something an earlier beforeAll sets up (a webhook receiver's URL): it is called in beforeAll.
 */
export function useTestApp(
  provider: DatabaseProvider,
  label: string,
  options: TestAppOptions | (() => TestAppOptions) = {},
): SuiteApp {
  let testDatabase: TestDatabase | undefined;
  let testApp: TestApp | undefined;
  beforeAll(async () => {
    testDatabase = await createMigratedDatabase(provider, label);
    testApp = await startTestApp(testDatabase, typeof options === 'function' ? options() : options);
  });
  afterAll(async () => {
    await testApp?.stop();
    await testDatabase?.drop();
  });
  const notStarted = (what: string) =>
    new Error(`useTestApp(${provider}, '${label}'): the ${what} is read before its beforeAll has run`);
  return {
    get testApp() {
      if (!testApp) throw notStarted('test app');
      return testApp;
    },
    get testDatabase() {
      if (!testDatabase) throw notStarted('test database');
      return testDatabase;
    },
  };
}
