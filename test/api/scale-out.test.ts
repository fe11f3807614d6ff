// Scale-out: two stateless instances on one PostgreSQL database, sharing subscription events
// through Redis. A subscriber on one instance follows a restart the other drives, and a restart
// whose instance stops half-way is finished by the other.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { GatewayState, GatewayStatusChanged } from '../support/documents/internet-gateway.js';
import { RestartInternetGateway, RestartProgress } from '../support/documents/restart.js';
import { ApiClient } from '../support/graphql-client.js';
import { cancelMaintenance, scheduleMaintenanceFor } from '../support/maintenance-restart.js';
import { seedAttachedGateway } from '../support/seed.js';
import { connected, record } from '../support/subscription.js';
import {
  createMigratedDatabase,
  startTestApp,
  type TestApp,
  type TestDatabase,
  testDatabaseUrl,
  testRedisUrl,
} from '../support/test-app.js';

const phases = ['QUEUED', 'DRAINING', 'MIGRATING', 'STARTING', 'VERIFYING', 'COMPLETED'];

describe.skipIf(!testDatabaseUrl || !testRedisUrl)('two instances on PostgreSQL with Redis events', () => {
  let database: TestDatabase;
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    database = await createMigratedDatabase('postgresql', 'scale-out');
    const redisUrl = testRedisUrl as string;
    // Slow enough phases that the second test can stop the first instance in the middle.
    const env = { IGW_RESTART_PHASE_MS: '300', IGW_RESTART_LEASE_MS: '1000' };
    first = await startTestApp(database, { redisUrl, env });
    second = await startTestApp(database, { redisUrl, env });
  });
  afterAll(async () => {
    await second?.stop();
    await first?.stop();
    await database?.drop();
  });

  it('a subscriber on one instance sees every change of a restart the other instance drives', async () => {
    const seeded = await seedAttachedGateway(first);
    const onSecond = new ApiClient(second.url, seeded.token);
    const socket = onSecond.webSocket();
    onTestFinished(() => socket.dispose());
    const statuses = record(socket, GatewayStatusChanged, { id: seeded.internetGatewayId });
    onTestFinished(() => statuses.dispose());
    await connected(socket);

    // Scheduled through the first instance: the event reaching the second shows the stream is live.
    const { id: gatewayServerId } = await scheduleMaintenanceFor(first.operator, seeded.internetGatewayId);
    onTestFinished(() => cancelMaintenance(first.operator, gatewayServerId));
    await statuses.until((events) => events.length >= 1);

    const progress = record(socket, RestartProgress, { id: seeded.internetGatewayId });
    const { restartInternetGateway } = await new ApiClient(first.url, seeded.token).execute(RestartInternetGateway, {
      id: seeded.internetGatewayId,
    });
    expect(restartInternetGateway.__typename).toBe('RestartInternetGatewaySuccess');
    await progress.finished;
    const seenPhases = progress.data.map((event) => event.internetGatewayRestartProgress.phase);
    expect(phases.slice(phases.indexOf(seenPhases[0] as string))).toEqual(seenPhases);

    const changes = await statuses.until((events) =>
      events.some(
        (event) =>
          event.internetGatewayStatusChanged.status === 'ACTIVE' && !event.internetGatewayStatusChanged.restartRequired,
      ),
    );
    const seen = changes.map(({ internetGatewayStatusChanged: { status, statusIndicator, restartRequired } }) => ({
      status,
      statusIndicator,
      restartRequired,
    }));
    expect(seen).toEqual([
      { status: 'ACTIVE', statusIndicator: 'GREEN', restartRequired: true },
      { status: 'RESTARTING', statusIndicator: 'YELLOW', restartRequired: true },
      { status: 'ACTIVE', statusIndicator: 'GREEN', restartRequired: false },
    ]);
  });

  it('a restart whose instance stops half-way is finished by the other instance', async () => {
    const third = await startTestApp(database, {
      redisUrl: testRedisUrl as string,
      env: { IGW_RESTART_PHASE_MS: '300', IGW_RESTART_LEASE_MS: '1000' },
    });
    let thirdStopped = false;
    onTestFinished(async () => {
      if (!thirdStopped) await third.stop();
    });
    const seeded = await seedAttachedGateway(third);
    const { id: gatewayServerId } = await scheduleMaintenanceFor(third.operator, seeded.internetGatewayId);
    onTestFinished(() => cancelMaintenance(first.operator, gatewayServerId));

    const socket = new ApiClient(first.url, seeded.token).webSocket();
    onTestFinished(() => socket.dispose());
    const progress = record(socket, RestartProgress, { id: seeded.internetGatewayId });
    await connected(socket);
    await new ApiClient(third.url, seeded.token).execute(RestartInternetGateway, { id: seeded.internetGatewayId });
    await progress.until((events) =>
      events.some((event) => event.internetGatewayRestartProgress.phase === 'MIGRATING'),
    );

    // The instance driving the restart goes away (a deploy, say): it hands its lease back.
    await third.stop();
    thirdStopped = true;
    await progress.finished;
    const seenPhases = progress.data.map((event) => event.internetGatewayRestartProgress.phase);
    expect(seenPhases.at(-1)).toBe('COMPLETED');
    expect(new Set(seenPhases).size).toBe(seenPhases.length);

    const { internetGateway } = await first.operator.execute(GatewayState, { id: seeded.internetGatewayId });
    expect(internetGateway?.status).toBe('ACTIVE');
    expect(internetGateway?.gatewayServer?.id).not.toBe(gatewayServerId);
  });
});
