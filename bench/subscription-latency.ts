// Measures how long a restart phase change takes to reach graphql-ws subscribers: from the
// event's occurredAt (set just before the transaction that enters the phase) to its arrival at
// the client, with several subscribers on the same gateway.
//
//   npm run bench -- subscription-latency [subscribers=50] [restarts=5]
import type { ResultOf } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { Client } from 'graphql-ws';
import { RestartInternetGateway, RestartProgress } from '../test/support/documents/restart.js';
import { cancelMaintenance, scheduleMaintenanceFor } from '../test/support/maintenance-restart.js';
import { seedAttachedGateway } from '../test/support/seed.js';
import { createMigratedDatabase, startTestApp } from '../test/support/test-app.js';

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? Number.NaN;
}

/** Follows one restart; resolves with each event's delay from occurredAt to arrival, in ms. */
function followRestart(client: Client, internetGatewayId: string): { ready: Promise<void>; delays: Promise<number[]> } {
  const delays: number[] = [];
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const off = client.on('connected', () => {
    off();
    markReady();
  });
  const done = new Promise<number[]>((resolve, reject) => {
    client.subscribe<ResultOf<typeof RestartProgress>>(
      { query: print(RestartProgress), variables: { id: internetGatewayId } },
      {
        next: ({ data }) => {
          if (data) delays.push(Date.now() - Date.parse(data.internetGatewayRestartProgress.occurredAt));
        },
        error: reject,
        complete: () => resolve(delays),
      },
    );
  });
  return { ready, delays: done };
}

async function main(subscriberCount: number, restartCount: number): Promise<void> {
  const database = await createMigratedDatabase('sqlite', 'bench-latency');
  const testApp = await startTestApp(database, { env: { IGW_RESTART_PHASE_MS: '100', LOG_LEVEL: 'silent' } });
  const latencies: number[] = [];
  try {
    const seeded = await seedAttachedGateway(testApp);
    for (let round = 0; round < restartCount; round++) {
      const server = await scheduleMaintenanceFor(testApp.operator, seeded.internetGatewayId);
      const clients = Array.from({ length: subscriberCount }, () => seeded.member.webSocket());
      const followers = clients.map((client) => followRestart(client, seeded.internetGatewayId));
      await Promise.all(followers.map((follower) => follower.ready));
      await seeded.member.execute(RestartInternetGateway, { id: seeded.internetGatewayId });
      for (const follower of followers) latencies.push(...(await follower.delays));
      await Promise.all(clients.map((client) => client.dispose()));
      await cancelMaintenance(testApp.operator, server.id);
    }
  } finally {
    await testApp.stop();
    await database.drop();
  }
  const sorted = latencies.sort((a, b) => a - b);
  process.stdout.write(
    `${JSON.stringify(
      {
        benchmark: 'phase change → graphql-ws subscriber',
        subscribers: subscriberCount,
        restarts: restartCount,
        events: sorted.length,
        medianMs: Number(percentile(sorted, 50).toFixed(2)),
        p95Ms: Number(percentile(sorted, 95).toFixed(2)),
        maxMs: Number((sorted.at(-1) ?? Number.NaN).toFixed(2)),
      },
      null,
      2,
    )}\n`,
  );
}

await main(Number(process.argv[2] ?? 50), Number(process.argv[3] ?? 5));
