// SIGTERM stops the server gracefully: WebSocket clients are told it is going away (1001), the
// process exits 0, and a restart it was driving is handed over at once rather than after its
// lease would have lapsed.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { GatewayState } from '../support/documents/internet-gateway.js';
import { RestartInternetGateway, RestartProgress } from '../support/documents/restart.js';
import { ApiClient } from '../support/graphql-client.js';
import { scheduleMaintenanceFor } from '../support/maintenance-restart.js';
import { seedAttachedGateway } from '../support/seed.js';
import { kill, startServerProcess } from '../support/server-process.js';
import { connected, record } from '../support/subscription.js';
import { createMigratedDatabase, providers, type TestDatabase } from '../support/test-app.js';

describe.each(providers)('graceful shutdown (%s)', (provider) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createMigratedDatabase(provider, 'graceful-shutdown');
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('on SIGTERM closes WebSockets with 1001, exits 0, and hands its restart over at once', async () => {
    // A lease far longer than the test: only a handed-back lease lets the next process resume.
    const env = { IGW_RESTART_PHASE_MS: '400', IGW_RESTART_LEASE_MS: '600000' };
    const first = await startServerProcess(database.url, env);
    onTestFinished(() => kill(first, 'SIGKILL'));
    const seeded = await seedAttachedGateway(first);
    await scheduleMaintenanceFor(first.operator, seeded.internetGatewayId);

    const socket = seeded.member.webSocket();
    onTestFinished(() => socket.dispose());
    const closed = new Promise<number>((resolve) =>
      socket.on('closed', (event) => resolve((event as { code: number }).code)),
    );
    const progress = record(socket, RestartProgress, { id: seeded.internetGatewayId });
    await connected(socket);
    await seeded.member.execute(RestartInternetGateway, { id: seeded.internetGatewayId });
    await progress.until((events) => events.some((event) => event.internetGatewayRestartProgress.phase === 'DRAINING'));

    const exited = new Promise<number | null>((resolve) => first.child.once('exit', (code) => resolve(code)));
    first.child.kill('SIGTERM');
    expect(await closed).toBe(1001);
    expect(await exited).toBe(0);
    expect(first.output.join('\n')).toContain('"msg":"stopped"');

    const second = await startServerProcess(database.url, env);
    onTestFinished(() => kill(second, 'SIGTERM'));
    const member = new ApiClient(second.url, seeded.token);
    const resumed = record(member.webSocket(), RestartProgress, { id: seeded.internetGatewayId });
    onTestFinished(() => resumed.dispose());
    await resumed.finished;
    expect(resumed.data.at(-1)?.internetGatewayRestartProgress.phase).toBe('COMPLETED');
    const after = await member.execute(GatewayState, { id: seeded.internetGatewayId });
    expect(after.internetGateway?.status).toBe('ACTIVE');
  });
});
