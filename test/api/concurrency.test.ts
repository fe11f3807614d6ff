// Concurrent requests through the real server keep the invariants: one attach wins, parallel
// attaches never share an address, a detach racing an association never strands a floating IP,
// and quotas hold under parallel creates.
import { describe, expect, it } from 'vitest';
import { AssociateFloatingIp, CreateFloatingIp } from '../support/documents/floating-ip.js';
import { AttachInternetGateway, DetachInternetGateway } from '../support/documents/internet-gateway.js';
import { CreateVpc, VpcIds } from '../support/documents/network.js';
import { CreateRoute } from '../support/documents/routing.js';
import {
  availableAddresses,
  floatingIps,
  gatewayState,
  mapInTurns,
  routingTableState,
} from '../support/gateway-api.js';
import { expectTypename } from '../support/graphql-client.js';
import {
  publicNetworkId,
  seedAttachment,
  seedExternalNetwork,
  seedFloatingIp,
  seedGateway,
  seedInstance,
  seedProject,
  seedRoutingTable,
  seedSubnet,
  seedVpc,
} from '../support/seed.js';
import { providers, useTestApp } from '../support/test-app.js';

const count = (typenames: string[], typename: string) => typenames.filter((candidate) => candidate === typename).length;

describe.each(providers)('concurrency (%s)', (provider) => {
  // Room for 50 gateways attached to 50 routing tables of one VPC; other quotas as shipped.
  const suite = useTestApp(provider, 'concurrency', {
    env: { IGW_QUOTA_INTERNET_GATEWAYS: '60', IGW_QUOTA_ROUTING_TABLES_PER_VPC: '60' },
  });

  it('lets exactly one of two concurrent attaches of one gateway win; the other gets ALREADY_ATTACHED', async () => {
    const { member } = await seedProject(suite.testApp);
    const externalNetworkId = await publicNetworkId(member);
    const { vpcId, defaultRoutingTableId } = await seedVpc(member);
    const routingTableIds = [defaultRoutingTableId, await seedRoutingTable(member, vpcId)];
    const internetGatewayId = await seedGateway(member, externalNetworkId);
    const freeBefore = await availableAddresses(member, externalNetworkId);

    const results = await Promise.all(
      routingTableIds.map(
        async (routingTableId) =>
          (await member.execute(AttachInternetGateway, { routingTableId, internetGatewayId })).attachInternetGateway,
      ),
    );

    const winner = results.findIndex((result) => result.__typename === 'AttachInternetGatewaySuccess');
    expect(results.map((result) => result.__typename).sort()).toEqual([
      'AttachInternetGatewaySuccess',
      'ConflictError',
    ]);
    expect(results.find((result) => result.__typename === 'ConflictError')).toMatchObject({ code: 'ALREADY_ATTACHED' });
    const winningTableId = routingTableIds[winner] as string;
    const losingTableId = routingTableIds[1 - winner] as string;
    expect(await gatewayState(member, internetGatewayId)).toMatchObject({ routingTable: { id: winningTableId } });
    expect(await routingTableState(member, winningTableId)).toMatchObject({
      routes: [{ cidr: '0.0.0.0/0', managed: true }],
    });
    expect(await routingTableState(member, losingTableId)).toMatchObject({ internetGateway: null, routes: [] });
    expect(await availableAddresses(member, externalNetworkId)).toBe(freeBefore - 1);
  });

  it('gives 50 parallel attaches 50 distinct public IPs, taking exactly 50 addresses from the pool', async () => {
    const { member } = await seedProject(suite.testApp);
    const externalNetworkId = await publicNetworkId(member);
    const { vpcId, defaultRoutingTableId } = await seedVpc(member);
    const pairs = await mapInTurns(
      Array.from({ length: 50 }, (_, index) => index),
      async (index) => ({
        routingTableId: index === 0 ? defaultRoutingTableId : await seedRoutingTable(member, vpcId, `table ${index}`),
        internetGatewayId: await seedGateway(member, externalNetworkId, `gateway ${index}`),
      }),
    );
    const freeBefore = await availableAddresses(member, externalNetworkId);

    const results = await Promise.all(
      pairs.map(async (pair) => (await member.execute(AttachInternetGateway, pair)).attachInternetGateway),
    );

    const publicIps = results.map(
      (result) => expectTypename(result, 'AttachInternetGatewaySuccess').internetGateway.publicIp,
    );
    expect(new Set(publicIps).size).toBe(50);
    for (const publicIp of publicIps) expect(publicIp).toMatch(/^203\.0\.113\.\d{1,3}$/);
    expect(await availableAddresses(member, externalNetworkId)).toBe(freeBefore - 50);
  });

  it('never leaves a floating IP behind a routing table with no gateway when a detach races an association', async () => {
    for (let round = 0; round < 10; round++) {
      const { member } = await seedProject(suite.testApp);
      const externalNetworkId = await publicNetworkId(member);
      const { vpcId, defaultRoutingTableId: routingTableId } = await seedVpc(member);
      const instance = await seedInstance(member, await seedSubnet(member, vpcId, '10.0.1.0/24'));
      await seedAttachment(member, routingTableId, await seedGateway(member, externalNetworkId));
      const floatingIp = await seedFloatingIp(member, externalNetworkId);

      // Which request leaves first alternates, so that each gets to go first in some rounds.
      const detach = () => member.execute(DetachInternetGateway, { routingTableId });
      const associate = () =>
        member.execute(AssociateFloatingIp, { floatingIpId: floatingIp.id, targetId: instance.id });
      const [detached, associated] =
        round % 2 === 0
          ? await Promise.all([detach(), associate()])
          : await Promise.all([associate(), detach()]).then(
              ([association, detachment]) => [detachment, association] as const,
            );

      const outcome = [detached.detachInternetGateway, associated.associateFloatingIp];
      const table = await routingTableState(member, routingTableId);
      const [held] = await floatingIps(member);
      if (detached.detachInternetGateway.__typename === 'DetachInternetGatewaySuccess') {
        // The detach went first: the association must have found no gateway.
        expect(outcome[1], `round ${round}`).toMatchObject({
          __typename: 'ConflictError',
          code: 'EXTERNAL_NETWORK_UNREACHABLE',
        });
        expect(table.internetGateway).toBeNull();
        expect(held?.attachedTo).toBeNull();
      } else {
        // The association went first: the detach must have been refused because of it.
        expect(outcome, `round ${round}`).toMatchObject([
          { __typename: 'FloatingIpInUseError', code: 'FLOATING_IP_IN_USE', floatingIps: [{ id: floatingIp.id }] },
          { __typename: 'AssociateFloatingIpSuccess' },
        ]);
        expect(table.internetGateway).not.toBeNull();
        expect(held?.attachedTo).toEqual({ __typename: 'Instance', id: instance.id });
      }
    }
  });

  it('creates exactly the quota of VPCs from parallel creates over it', async () => {
    const { member } = await seedProject(suite.testApp);
    const results = await Promise.all(
      Array.from(
        { length: 10 },
        async (_, index) =>
          (await member.execute(CreateVpc, { name: `vpc ${index}`, cidr: `10.${index}.0.0/16` })).createVpc,
      ),
    );
    const typenames = results.map((result) => result.__typename);
    expect(count(typenames, 'CreateVpcSuccess')).toBe(3);
    expect(count(typenames, 'ConflictError')).toBe(7);
    for (const result of results) if (result.__typename === 'ConflictError') expect(result.code).toBe('QUOTA_EXCEEDED');
    expect((await member.execute(VpcIds)).vpcs).toHaveLength(3);
  });

  it('creates exactly the quota of routes in one routing table from parallel creates over it', async () => {
    const { member } = await seedProject(suite.testApp);
    const { vpcId, defaultRoutingTableId: routingTableId } = await seedVpc(member);
    const instance = await seedInstance(member, await seedSubnet(member, vpcId, '10.0.1.0/24'));
    const results = await Promise.all(
      Array.from(
        { length: 15 },
        async (_, index) =>
          (
            await member.execute(CreateRoute, {
              routingTableId,
              cidr: `192.168.${index}.0/24`,
              gatewayType: 'INSTANCE',
              gatewayId: instance.id,
            })
          ).createRoute,
      ),
    );
    const typenames = results.map((result) => result.__typename);
    expect(count(typenames, 'CreateRouteSuccess')).toBe(10);
    expect(results.filter((result) => result.__typename === 'ConflictError')).toEqual(
      Array.from({ length: 5 }, () => expect.objectContaining({ code: 'QUOTA_EXCEEDED' })),
    );
    expect((await routingTableState(member, routingTableId)).routes).toHaveLength(10);
  });

  it('hands out each address of a small pool once to parallel floating IP creates, then ADDRESS_POOL_EXHAUSTED', async () => {
    const network = await seedExternalNetwork(
      suite.testApp.operator,
      '198.51.100.0/29',
      `concurrency ${provider} small pool`,
    );
    const { member } = await seedProject(suite.testApp);
    const results = await Promise.all(
      Array.from(
        { length: 8 },
        async () => (await member.execute(CreateFloatingIp, { externalNetworkId: network.id })).createFloatingIp,
      ),
    );
    const addresses = results.flatMap((result) =>
      result.__typename === 'CreateFloatingIpSuccess' ? [result.floatingIp.address] : [],
    );
    expect(addresses.sort()).toEqual(['198.51.100.2', '198.51.100.3', '198.51.100.4', '198.51.100.5', '198.51.100.6']);
    expect(results.filter((result) => result.__typename === 'ConflictError')).toEqual(
      Array.from({ length: 3 }, () => expect.objectContaining({ code: 'ADDRESS_POOL_EXHAUSTED' })),
    );
    expect(await availableAddresses(member, network.id)).toBe(0);
  });
});
