// What the maintenance, restart and subscription tests share: putting a gateway's server under
// maintenance (and undoing it), a data plane that holds a gateway's restart until the test lets
// it go, and a local HTTP receiver standing in for the operators' webhook.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { Client } from 'graphql-ws';
import { decodeGlobalId } from '../../src/common/ids.js';
import { graphql } from '../../src/generated/graphql/index.js';
import type { DataPlaneDriver, GatewayMove } from '../../src/modules/restart/data-plane.js';
import type { WorkingPhase } from '../../src/modules/restart/phases.js';
import type { ApiClient } from './graphql-client.js';
import { connected, record } from './subscription.js';

const GatewayServerOf = graphql(`
  query MaintenanceSupportGatewayServerOf($id: ID!) {
    internetGateway(id: $id) {
      gatewayServer {
        id
        name
      }
    }
  }
`);

const ScheduleMaintenance = graphql(`
  mutation MaintenanceSupportSchedule($input: ScheduleGatewayServerMaintenanceInput!) {
    scheduleGatewayServerMaintenance(input: $input) {
      __typename
    }
  }
`);

const CancelMaintenance = graphql(`
  mutation MaintenanceSupportCancel($gatewayServerId: ID!) {
    cancelGatewayServerMaintenance(input: { gatewayServerId: $gatewayServerId }) {
      __typename
    }
  }
`);

const SetServerState = graphql(`
  mutation MaintenanceSupportSetState($gatewayServerId: ID!, $state: GatewayServerState!) {
    setGatewayServerState(input: { gatewayServerId: $gatewayServerId, state: $state }) {
      __typename
    }
  }
`);

const GatewayServers = graphql(`
  query MaintenanceSupportGatewayServers {
    gatewayServers {
      id
      name
      state
    }
  }
`);

/** A promise with its resolve function at hand, for waiting on an event without sleeping. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

/** Narrows a result union to the member the test expects, failing with the actual one otherwise. */
export function expectResult<R extends { __typename: string }, N extends R['__typename']>(
  result: R,
  typename: N,
): Extract<R, { __typename: N }> {
  if (result.__typename !== typename) throw new Error(`expected ${typename}, got ${JSON.stringify(result)}`);
  return result as Extract<R, { __typename: N }>;
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

/** Schedules maintenance on the server hosting the gateway, making it (and its neighbours) restart targets. */
export async function scheduleMaintenanceFor(operator: ApiClient, internetGatewayId: string) {
  const server = await gatewayServerOf(operator, internetGatewayId);
  const { scheduleGatewayServerMaintenance } = await operator.execute(ScheduleMaintenance, {
    input: { gatewayServerId: server.id, ...maintenanceWindow },
  });
  if (scheduleGatewayServerMaintenance.__typename !== 'ScheduleGatewayServerMaintenanceSuccess') {
    throw new Error(JSON.stringify(scheduleGatewayServerMaintenance));
  }
  return server;
}

export async function cancelMaintenance(operator: ApiClient, gatewayServerId: string): Promise<void> {
  const { cancelGatewayServerMaintenance } = await operator.execute(CancelMaintenance, { gatewayServerId });
  if (cancelGatewayServerMaintenance.__typename !== 'CancelGatewayServerMaintenanceSuccess') {
    throw new Error(JSON.stringify(cancelGatewayServerMaintenance));
  }
}

export async function setServerState(
  operator: ApiClient,
  gatewayServerId: string,
  state: 'ACTIVE' | 'DOWN',
): Promise<void> {
  const { setGatewayServerState } = await operator.execute(SetServerState, { gatewayServerId, state });
  if (setGatewayServerState.__typename !== 'SetGatewayServerStateSuccess')
    throw new Error(JSON.stringify(setGatewayServerState));
}

export async function listGatewayServers(operator: ApiClient) {
  return (await operator.execute(GatewayServers)).gatewayServers;
}

/**
 * A data plane whose phases wait, for the gateways a test holds, until the test releases them;
 * every other gateway goes through `inner` as usual. It stands where a real data plane plugs in,
 * so a test can act while a restart is certainly under way, without racing its phases.
 */
export class HeldDataPlane implements DataPlaneDriver {
  readonly #holds = new Map<string, ReturnType<typeof deferred<void>>>();

  constructor(private readonly inner: DataPlaneDriver) {}

  /** Holds the gateway's next restart (by its global ID) in its first working phase (DRAINING) until released. */
  hold(globalId: string): { release(): void } {
    const internetGatewayId = decodeGlobalId(globalId, 'InternetGateway');
    const gate = deferred();
    this.#holds.set(internetGatewayId, gate);
    return {
      release: () => {
        this.#holds.delete(internetGatewayId);
        gate.resolve();
      },
    };
  }

  async runPhase(phase: WorkingPhase, move: GatewayMove, signal: AbortSignal): Promise<void> {
    const gate = this.#holds.get(move.internetGatewayId);
    if (gate) {
      await new Promise<void>((resolve, reject) => {
        const aborted = () => reject(signal.reason);
        signal.addEventListener('abort', aborted, { once: true });
        void gate.promise.then(() => {
          signal.removeEventListener('abort', aborted);
          resolve();
        });
      });
    }
    await this.inner.runPhase(phase, move, signal);
  }
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
