// Reads of the state a mutation must have changed, or a refused one left untouched (gateways,
// routing tables, floating IPs, address pools, instances' internet access), IDs that name nothing,
// and seeding many objects without overrunning the server.
import { randomUUID } from 'node:crypto';
import { graphql } from '../../src/generated/graphql/index.js';
import { GatewayState } from './documents/internet-gateway.js';
import { ExternalNetworks, InstanceView } from './documents/network.js';
import type { ApiClient } from './graphql-client.js';

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

/** The gateway as the client sees it, or null where it names nothing the client may see. */
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

/** An instance's floating IP and internet access. */
export async function instanceView(client: ApiClient, id: string) {
  const { node } = await client.execute(InstanceView, { id });
  if (!node || !('internetAccess' in node)) throw new Error(`instance ${id} is not visible`);
  return node;
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
