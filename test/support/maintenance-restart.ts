// What the maintenance, restart, subscription and gateway tests share: putting a gateway's server
// under maintenance (and undoing it), a data plane that holds a gateway's restart until the test
// lets it go on or fail, and a local HTTP receiver standing in for the operators' webhook.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client } from 'graphql-ws';
import { decodeGlobalId } from '../../src/common/ids.js';
import { type DataPlaneDriver, DataPlaneError, type GatewayMove } from '../../src/modules/restart/data-plane.js';
import type { WorkingPhase } from '../../src/modules/restart/phases.js';
import {
  CancelGatewayServerMaintenance,
  GatewayServerOf,
  GatewayServers,
  ScheduleGatewayServerMaintenance,
  SetGatewayServerState,
} from './documents/maintenance.js';
import { RestartInternetGateway, RestartProgress } from './documents/restart.js';
import { type ApiClient, expectTypename } from './graphql-client.js';
import { connected, record } from './subscription.js';

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}

/** A promise with its resolve function at hand, for waiting on an event without sleeping. */
export function deferred<T = void>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

/** The server hosting a gateway, as an operator sees it. */
export async function gatewayServerOf(
  operator: ApiClient,
  internetGatewayId: string,
): Promise<{ id: string; name: string }> {
  const { internetGateway } = await operator.execute(GatewayServerOf, { id: internetGatewayId });
  if (!internetGateway?.gatewayServer) throw new Error(`gateway ${internetGatewayId} has no server`);
  return internetGateway.gatewayServer;
}

export const maintenanceWindow = {
  startsAt: new Date(Date.now() + 24 * 3600_000).toISOString(),
  endsAt: new Date(Date.now() + 26 * 3600_000).toISOString(),
  description: 'kernel upgrade',
};

/**
 * Schedules maintenance on the server hosting the gateway, making it (and its neighbours) restart
 * targets. Tests cancel it again, so that later tests find every server healthy.
 */
export async function scheduleMaintenanceFor(operator: ApiClient, internetGatewayId: string) {
  const server = await gatewayServerOf(operator, internetGatewayId);
  const { scheduleGatewayServerMaintenance } = await operator.execute(ScheduleGatewayServerMaintenance, {
    gatewayServerId: server.id,
    ...maintenanceWindow,
  });
  expectTypename(scheduleGatewayServerMaintenance, 'ScheduleGatewayServerMaintenanceSuccess');
  return server;
}

export async function cancelMaintenance(operator: ApiClient, gatewayServerId: string): Promise<void> {
  const { cancelGatewayServerMaintenance } = await operator.execute(CancelGatewayServerMaintenance, {
    gatewayServerId,
  });
  expectTypename(cancelGatewayServerMaintenance, 'CancelGatewayServerMaintenanceSuccess');
}

export async function setServerState(
  operator: ApiClient,
  gatewayServerId: string,
  state: 'ACTIVE' | 'DOWN',
): Promise<void> {
  const { setGatewayServerState } = await operator.execute(SetGatewayServerState, { gatewayServerId, state });
  expectTypename(setGatewayServerState, 'SetGatewayServerStateSuccess');
}

export async function listGatewayServers(operator: ApiClient) {
  return (await operator.execute(GatewayServers)).gatewayServers;
}

/** One gateway's restart, held in the data plane until the test lets it go on or fail. */
export interface Hold {
  /** Resolves with the phase the restart is held in, once it has reached the data plane. */
  entered: Promise<WorkingPhase>;
  /** Lets the held phase succeed (and the restart go on) or fail; the gateway's later restarts are not held. */
  release(outcome?: 'succeed' | 'fail'): void;
}

/** Resolves as `promise` does, or rejects with the signal's reason if it aborts first. */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const aborted = () => reject(signal.reason);
    signal.addEventListener('abort', aborted, { once: true });
    void promise.then((value) => {
      signal.removeEventListener('abort', aborted);
      resolve(value);
    });
  });
}

/**
 * A data plane whose work, for the gateways a test holds, waits in the first working phase
 * (DRAINING) until the test releases it; every other phase goes through `inner`, or passes at once
 * without one. It stands where a real data plane plugs in, so a test can act while a restart is
 * certainly under way, without racing its phases, and decide how the restart ends.
 */
export class HeldDataPlane implements DataPlaneDriver {
  readonly #holds = new Map<string, { entered: Deferred<WorkingPhase>; outcome: Deferred<'succeed' | 'fail'> }>();

  constructor(private readonly inner?: DataPlaneDriver) {}

  /** Holds the next restart of the gateway with this global ID. */
  hold(globalId: string): Hold {
    const internetGatewayId = decodeGlobalId(globalId, 'InternetGateway');
    const held = { entered: deferred<WorkingPhase>(), outcome: deferred<'succeed' | 'fail'>() };
    this.#holds.set(internetGatewayId, held);
    return {
      entered: held.entered.promise,
      release: (outcome = 'succeed') => {
        if (this.#holds.get(internetGatewayId) === held) this.#holds.delete(internetGatewayId);
        held.outcome.resolve(outcome);
      },
    };
  }

  async runPhase(phase: WorkingPhase, move: GatewayMove, signal: AbortSignal): Promise<void> {
    // Held from DRAINING on, once the restart has chosen where the gateway goes.
    const held = phase === 'QUEUED' ? undefined : this.#holds.get(move.internetGatewayId);
    if (held) {
      held.entered.resolve(phase);
      if ((await unlessAborted(held.outcome.promise, signal)) === 'fail') {
        throw new DataPlaneError(`the test data plane failed ${phase.toLowerCase()}`);
      }
    }
    await this.inner?.runPhase(phase, move, signal);
  }
}

/**
 * Restarts a gateway and holds it in the data plane: it is RESTARTING when this resolves. The
 * returned `end` lets the restart fail or succeed and resolves once it has ended (its progress
 * stream completed), so that the gateway's final status can be read. Needs maintenance scheduled
 * on the gateway's server.
 */
export async function holdRestart(dataPlane: HeldDataPlane, client: ApiClient, internetGatewayId: string) {
  const hold = dataPlane.hold(internetGatewayId);
  const { restartInternetGateway } = await client.execute(RestartInternetGateway, { id: internetGatewayId });
  expectTypename(restartInternetGateway, 'RestartInternetGatewaySuccess');
  await hold.entered;
  return {
    async end(outcome: 'succeed' | 'fail') {
      const webSocket = client.webSocket();
      try {
        const progress = record(webSocket, RestartProgress, { id: internetGatewayId });
        // A subscriber joining mid-restart gets the current phase first: once it has, the stream
        // is live and cannot miss the end.
        await progress.until((events) => events.length > 0);
        hold.release(outcome);
        await progress.finished;
      } finally {
        await webSocket.dispose();
      }
    },
  };
}

export interface WebhookDelivery {
  headers: IncomingMessage['headers'];
  body: unknown;
}

/**
 * An HTTP server on a loopback port that records the JSON POSTed to it. `respond` decides each
 * answer (by the 1-based number of the request): a status code, or a promise of one to hold the
 * request open until the test lets it go.
 */
export async function startWebhookReceiver(respond: (attempt: number) => number | Promise<number> = () => 204) {
  const received: WebhookDelivery[] = [];
  const answered: { attempt: number; status: number }[] = [];
  let changed = deferred();
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const attempt = received.length + 1;
      received.push({ headers: request.headers, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
      const status = await respond(attempt);
      response.writeHead(status).end();
      answered.push({ attempt, status });
      const wake = changed;
      changed = deferred();
      wake.resolve();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/igw-failures`,
    received,
    answered,
    /** Resolves once `ready()` holds after some request has been answered; rejects at the deadline. */
    async until(ready: () => boolean, deadlineMs = 15_000): Promise<void> {
      const deadline = Date.now() + deadlineMs;
      while (!ready()) {
        const remaining = deadline - Date.now();
        if (remaining <= 0)
          throw new Error(`webhook receiver: not there within ${deadlineMs} ms: ${JSON.stringify(answered)}`);
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([changed.promise, new Promise((resolve) => (timer = setTimeout(resolve, remaining)))]);
        clearTimeout(timer);
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Starts recording a subscription on a fresh client and resolves once the server has
 * acknowledged the connection. The subscribe message follows the acknowledgement on the same
 * socket, so the server registers the subscription before it can commit a change an HTTP request
 * sent from here afterwards asks for.
 */
export async function recordLive<T, V>(client: Client, document: TypedDocumentNode<T, V>, variables?: V) {
  const isConnected = connected(client);
  const recorder = record(client, document, variables);
  await isConnected;
  return recorder;
}
