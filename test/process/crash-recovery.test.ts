// Durability of restarts: the real server runs as a child process, is killed with SIGKILL while a
// restart is MIGRATING, and started again on the same database. The restart must end (COMPLETED
// or FAILED), each phase reported once, and the gateway must not stay RESTARTING.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { decodeGlobalId } from '../../src/common/ids.js';
import { openDatabase } from '../../src/db/database.js';
import { GatewayState } from '../support/documents/internet-gateway.js';
import { RestartInternetGateway, RestartProgress } from '../support/documents/restart.js';
import { ApiClient, expectTypename } from '../support/graphql-client.js';
import { gatewayServerOf, recordLive, scheduleMaintenanceFor } from '../support/maintenance-restart.js';
import { seedAttachedGateway } from '../support/seed.js';
import { kill, startServerProcess } from '../support/server-process.js';
import { createMigratedDatabase, providers, type TestDatabase } from '../support/test-app.js';

const phaseOrder = ['QUEUED', 'DRAINING', 'MIGRATING', 'STARTING', 'VERIFYING', 'COMPLETED'];

describe.each(providers)('crash recovery of a restart (%s)', (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createMigratedDatabase(provider, 'crash-recovery');
  });
  afterAll(async () => {
    await database?.drop();
  });

  // The process started again on the same address knows its predecessor is gone, so it does not
  // wait for the lease (far longer than the test); one on another address must wait for it.
  it.each([
    { resumes: 'at once on the same address', leaseMs: '600000', sameAddress: true },
    { resumes: 'from another address once the lease lapses', leaseMs: '1500', sameAddress: false },
  ])(
    'a restart interrupted by SIGKILL in MIGRATING resumes $resumes, and ends with each phase reported once',
    async ({ leaseMs, sameAddress }) => {
      const env = { IGW_RESTART_LEASE_MS: leaseMs };
      const first = await startServerProcess(database.url, env);
      onTestFinished(() => kill(first, 'SIGKILL'));
      const seeded = await seedAttachedGateway(first);
      const sourceServer = await scheduleMaintenanceFor(first.operator, seeded.internetGatewayId);

      const before = await recordLive(seeded.member.webSocket(), RestartProgress, { id: seeded.internetGatewayId });
      onTestFinished(() => before.dispose());
      const { restartInternetGateway } = await seeded.member.execute(RestartInternetGateway, {
        id: seeded.internetGatewayId,
      });
      const restartId = expectTypename(restartInternetGateway, 'RestartInternetGatewaySuccess').restart.id;
      await before.until((events) =>
        events.some((event) => event.internetGatewayRestartProgress.phase === 'MIGRATING'),
      );
      await kill(first, 'SIGKILL');
      const seenBefore = before.data.map((event) => event.internetGatewayRestartProgress.phase);
      expect(seenBefore).toEqual(['QUEUED', 'DRAINING', 'MIGRATING']);

      const second = await startServerProcess(
        database.url,
        sameAddress ? { ...env, PORT: new URL(first.url).port } : env,
      );
      onTestFinished(() => kill(second, 'SIGTERM'));
      const member = new ApiClient(second.url, seeded.member.token);
      const after = await recordLive(member.webSocket(), RestartProgress, { id: seeded.internetGatewayId });
      onTestFinished(() => after.dispose());
      await after.finished;

      const seenAfter = after.data.map((event) => event.internetGatewayRestartProgress);
      for (const event of seenAfter) expect(event.restart.id).toBe(restartId);
      const phasesAfter = seenAfter.map((event) => event.phase);
      // A new subscriber gets the phase the restart is in, then each later one once.
      const joinedAt = phaseOrder.indexOf(phasesAfter[0] as string);
      expect(joinedAt).toBeGreaterThanOrEqual(phaseOrder.indexOf('MIGRATING'));
      const ending = phasesAfter.at(-1);
      expect(['COMPLETED', 'FAILED']).toContain(ending);
      if (ending === 'COMPLETED') expect(phasesAfter).toEqual(phaseOrder.slice(joinedAt));
      const percents = seenAfter.map((event) => event.progressPercent);
      for (let index = 1; index < percents.length; index++) {
        expect(percents[index]).toBeGreaterThanOrEqual(percents[index - 1] as number);
      }

      const { internetGateway } = await member.execute(GatewayState, { id: seeded.internetGatewayId });
      expect(internetGateway?.status).not.toBe('RESTARTING');
      expect(internetGateway?.latestRestart).toMatchObject({
        id: restartId,
        phase: ending,
        finishedAt: expect.any(String),
      });
      if (ending === 'COMPLETED') {
        expect(internetGateway).toMatchObject({
          status: 'ACTIVE',
          statusIndicator: 'GREEN',
          restartRequired: false,
          publicIp: seeded.publicIp,
          latestRestart: { progressPercent: 100 },
        });
        const movedTo = await gatewayServerOf(second.operator, seeded.internetGatewayId);
        expect(movedTo.id).not.toBe(sourceServer.id);
      }

      // What was persisted: every phase of the attempt once, in order, progress never going back.
      const persisted = openDatabase(database.url);
      onTestFinished(() => persisted.close());
      const phaseEvents = await persisted.client.gatewayRestartPhaseEvent.findMany({
        where: { restartId: decodeGlobalId(restartId, 'GatewayRestart') },
        orderBy: [{ occurredAt: 'asc' }, { progressPercent: 'asc' }],
      });
      const persistedPhases = phaseEvents.map((event) => event.phase);
      expect(new Set(persistedPhases).size).toBe(persistedPhases.length);
      if (ending === 'COMPLETED') expect(persistedPhases).toEqual(phaseOrder);
      const persistedPercents = phaseEvents.map((event) => event.progressPercent);
      expect([...persistedPercents].sort((a, b) => a - b)).toEqual(persistedPercents);
    },
  );
});
