// What the gateway lifecycle, routing, floating-IP, concurrency and listing tests share: reads
// of the state a refused mutation must leave untouched, a few seed steps seed.ts lacks, and a
// data plane a test can hold mid-restart (the seam where a real data plane would plug in).
import { randomUUID } from 'node:crypto';
import { parseGlobalId } from '../../src/common/ids.js';
import { graphql } from '../../src/generated/graphql/index.js';
import { type DataPlaneDriver, DataPlaneError, type GatewayMove } from '../../src/modules/restart/data-plane.js';
import type { WorkingPhase } from '../../src/modules/restart/phases.js';
import type { ApiClient } from './graphql-client.js';
import { record } from './subscription.js';

const ExternalNetworks = graphql(`
  query GatewayApiExternalNetworks {
    externalNetworks {
      id
      name
      cidr
      availableAddressCount
    }
  }
`);

const GatewayState = graphql(`
  query GatewayApiGatewayState($id: ID!) {
    internetGateway(id: $id) {
      id
      name
      status
      publicIp
      routingTable {
        id
      }
      externalNetwork {
        id
      }
    }
  }
`);

const RoutingTableState = graphql(`
  query GatewayApiRoutingTableState($id: ID!) {
    routingTable(id: $id) {
      id
      name
      isDefault
      internetGateway {
        id
      }
      routes {
        id
        cidr
        gatewayType
        gatewayId
        gatewayName
        managed
      }
      subnets {
        id
      }
    }
  }
`);

const FloatingIps = graphql(`
  query GatewayApiFloatingIps {
    floatingIps {
      id
      address
      externalNetwork {
        id
      }
      attachedTo {
        __typename
        ... on Instance {
          id
        }
        ... on LoadBalancer {
          id
        }
      }
    }
  }
`);

const CreateRoutingTable = graphql(`
  mutation GatewayApiCreateRoutingTable($vpcId: ID!, $name: String!) {
    createRoutingTable(input: { vpcId: $vpcId, name: $name }) {
      __typename
      ... on CreateRoutingTableSuccess {
        routingTable {
          id
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const CreateInstanceRoute = graphql(`
  mutation GatewayApiCreateInstanceRoute($routingTableId: ID!, $cidr: String!, $instanceId: ID!) {
    createRoute(input: { routingTableId: $routingTableId, cidr: $cidr, gatewayType: INSTANCE, gatewayId: $instanceId }) {
      __typename
      ... on CreateRouteSuccess {
        route {
          id
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const CreateExternalNetwork = graphql(`
  mutation GatewayApiCreateExternalNetwork($name: String!, $cidr: String!) {
    createExternalNetwork(input: { name: $name, cidr: $cidr }) {
      __typename
      ... on CreateExternalNetworkSuccess {
        externalNetwork {
          id
          availableAddressCount
        }
      }
      ... on Error {
        code
        message
      }
    }
  }
`);

const GatewayServerOf = graphql(`
  query GatewayApiGatewayServerOf($id: ID!) {
    internetGateway(id: $id) {
      gatewayServer {
        id
      }
    }
  }
`);

const ScheduleMaintenance = graphql(`
  mutation GatewayApiScheduleMaintenance($gatewayServerId: ID!, $startsAt: DateTime!, $endsAt: DateTime!) {
    scheduleGatewayServerMaintenance(input: { gatewayServerId: $gatewayServerId, startsAt: $startsAt, endsAt: $endsAt }) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

const CancelMaintenance = graphql(`
  mutation GatewayApiCancelMaintenance($gatewayServerId: ID!) {
    cancelGatewayServerMaintenance(input: { gatewayServerId: $gatewayServerId }) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

const RestartGateway = graphql(`
  mutation GatewayApiRestartGateway($id: ID!) {
    restartInternetGateway(input: { id: $id }) {
      __typename
      ... on Error {
        code
        message
      }
    }
  }
`);

const RestartProgress = graphql(`
  subscription GatewayApiRestartProgress($id: ID!) {
    internetGatewayRestartProgress(id: $id) {
      phase
    }
  }
`);

/** Fails the test with the whole result unless it is the expected union member. */
export function expectTypename<R extends { __typename: string }, N extends R['__typename']>(
  result: R,
  typename: N,
): Extract<R, { __typename: N }> {
  if (result.__typename !== typename) throw new Error(`expected ${typename}, got ${JSON.stringify(result)}`);
  return result as Extract<R, { __typename: N }>;
}

/** A well-formed global ID of `typename` that names no object. */
export function unknownId(typename: string): string {
  return Buffer.from(`${typename}:${randomUUID()}`, 'utf8').toString('base64');
}

export async function externalNetwork(client: ApiClient, id: string) {
  const { externalNetworks } = await client.execute(ExternalNetworks);
  const network = externalNetworks.find((candidate) => candidate.id === id);
  if (!network) throw new Error(`no external network ${id}`);
  return network;
}

/** Addresses of the external network's pool still free. */
export async function availableAddresses(client: ApiClient, externalNetworkId: string): Promise<number> {
  return (await externalNetwork(client, externalNetworkId)).availableAddressCount;
}

export async function gatewayState(client: ApiClient, id: string) {
  return (await client.execute(GatewayState, { id })).internetGateway;
}

export async function routingTableState(client: ApiClient, id: string) {
  const { routingTable } = await client.execute(RoutingTableState, { id });
  if (!routingTable) throw new Error(`routing table ${id} is not visible`);
  return routingTable;
}

export async function floatingIps(client: ApiClient) {
  return (await client.execute(FloatingIps)).floatingIps;
}

export async function seedRoutingTable(member: ApiClient, vpcId: string, name = 'routing table') {
  const { createRoutingTable } = await member.execute(CreateRoutingTable, { vpcId, name });
  return expectTypename(createRoutingTable, 'CreateRoutingTableSuccess').routingTable.id;
}

export async function seedInstanceRoute(member: ApiClient, routingTableId: string, cidr: string, instanceId: string) {
  const { createRoute } = await member.execute(CreateInstanceRoute, { routingTableId, cidr, instanceId });
  return expectTypename(createRoute, 'CreateRouteSuccess').route.id;
}

/** An operator adds an external network; names are made unique so tests may each add one. */
export async function seedExternalNetwork(operator: ApiClient, cidr: string, name = `external ${cidr}`) {
  const { createExternalNetwork } = await operator.execute(CreateExternalNetwork, { name, cidr });
  return expectTypename(createExternalNetwork, 'CreateExternalNetworkSuccess').externalNetwork;
}

export async function gatewayServerOf(operator: ApiClient, internetGatewayId: string): Promise<string> {
  const { internetGateway } = await operator.execute(GatewayServerOf, { id: internetGatewayId });
  const serverId = internetGateway?.gatewayServer?.id;
  if (!serverId) throw new Error(`internet gateway ${internetGatewayId} has no server`);
  return serverId;
}

/**
 * Schedules maintenance on a server (every gateway on it must restart from now on) and returns
 * what cancels it again; tests cancel it so that later tests find every server healthy.
 */
export async function scheduleMaintenance(operator: ApiClient, gatewayServerId: string): Promise<() => Promise<void>> {
  const hour = 3_600_000;
  const { scheduleGatewayServerMaintenance } = await operator.execute(ScheduleMaintenance, {
    gatewayServerId,
    startsAt: new Date(Date.now() + hour).toISOString(),
    endsAt: new Date(Date.now() + 2 * hour).toISOString(),
  });
  expectTypename(scheduleGatewayServerMaintenance, 'ScheduleGatewayServerMaintenanceSuccess');
  return async () => {
    const { cancelGatewayServerMaintenance } = await operator.execute(CancelMaintenance, { gatewayServerId });
    expectTypename(cancelGatewayServerMaintenance, 'CancelGatewayServerMaintenanceSuccess');
  };
}

/**
 * Seeds many objects a few requests at a time. A burst of a hundred requests leaves most of its
 * keep-alive connections idle while the server works through the rest, and an idle connection the
 * server closes just as the client reuses it fails the request ("other side closed"); races that
 * need the burst send it with Promise.all themselves.
 */
export async function mapInTurns<T, R>(
  items: readonly T[],
  work: (item: T, index: number) => Promise<R>,
  concurrency = 4,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

/** One gateway's restart held in the data plane until the test lets it go on or fail. */
export interface Hold {
  /** Resolves with the phase once the restart reaches the data plane. */
  entered: Deferred<WorkingPhase>;
  outcome: Deferred<'succeed' | 'fail'>;
}

/**
 * A data plane whose work for chosen gateways waits for the test; other gateways' phases pass
 * at once. Lets a test observe a gateway RESTARTING and decide how the restart ends.
 */
export class HeldDataPlane implements DataPlaneDriver {
  readonly #holds = new Map<string, Hold>();

  /** Holds the restarts of the gateway with this global ID. */
  hold(internetGatewayId: string): Hold {
    const hold = { entered: deferred<WorkingPhase>(), outcome: deferred<'succeed' | 'fail'>() };
    const databaseId = parseGlobalId(internetGatewayId)?.id;
    if (!databaseId) throw new Error(`not a global ID: ${internetGatewayId}`);
    this.#holds.set(databaseId, hold);
    return hold;
  }

  async runPhase(phase: WorkingPhase, move: GatewayMove, signal: AbortSignal): Promise<void> {
    const hold = this.#holds.get(move.internetGatewayId);
    if (!hold) return;
    hold.entered.resolve(phase);
    const aborted = new Promise<never>((_resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
    if ((await Promise.race([hold.outcome.promise, aborted])) === 'fail') {
      throw new DataPlaneError(`the test data plane failed ${phase.toLowerCase()}`);
    }
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
  const { restartInternetGateway } = await client.execute(RestartGateway, { id: internetGatewayId });
  expectTypename(restartInternetGateway, 'RestartInternetGatewaySuccess');
  await hold.entered.promise;
  return {
    async end(outcome: 'succeed' | 'fail') {
      const webSocket = client.webSocket();
      try {
        const progress = record(webSocket, RestartProgress, { id: internetGatewayId });
        // A subscriber joining mid-restart gets the current phase first: once it has, the stream
        // is live and cannot miss the end.
        await progress.until((events) => events.length > 0);
        hold.outcome.resolve(outcome);
        await progress.finished;
      } finally {
        await webSocket.dispose();
      }
    },
  };
}
