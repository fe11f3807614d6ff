// Routing tables, routes and which routing table a subnet uses, through the real server: what
// may be created and deleted, the managed gateway route, floating IPs that pin a subnet to a
// gateway, and the routes quota the managed route counts in.
import { describe, expect, it } from 'vitest';
import { graphql } from '../../src/generated/graphql/index.js';
import { AttachInternetGateway } from '../support/documents/internet-gateway.js';
import {
  CreateRoute,
  CreateRoutingTable,
  DeleteRoute,
  DeleteRoutingTable,
  SetSubnetRoutingTable,
} from '../support/documents/routing.js';
import { availableAddresses, gatewayState, routingTableState, unknownId } from '../support/gateway-api.js';
import { type ApiClient, expectTypename } from '../support/graphql-client.js';
import {
  publicNetworkId,
  seedAttachment,
  seedExternalNetwork,
  seedFloatingIp,
  seedGateway,
  seedInstance,
  seedInstanceRoute,
  seedLoadBalancer,
  seedProject,
  seedRoutingTable,
  seedSubnet,
  seedVpc,
} from '../support/seed.js';
import { providers, useTestApp } from '../support/test-app.js';

const VpcRoutingTables = graphql(`
  query RoutingVpcTables {
    vpcs {
      id
      routingTables {
        id
        name
        isDefault
      }
    }
  }
`);

const SubnetTable = graphql(`
  query RoutingSubnetTable($id: ID!) {
    node(id: $id) {
      ... on Subnet {
        routingTable {
          id
        }
      }
    }
  }
`);

describe.each(providers)('routing (%s)', (provider) => {
  const suite = useTestApp(provider, 'routing');

  async function seedNetwork() {
    const { member } = await seedProject(suite.testApp);
    const externalNetworkId = await publicNetworkId(member);
    const { vpcId, defaultRoutingTableId } = await seedVpc(member);
    return { member, externalNetworkId, vpcId, defaultRoutingTableId };
  }

  /** Asks for a route to `cidr` through the instance, and returns what createRoute answered. */
  async function createInstanceRoute(member: ApiClient, routingTableId: string, cidr: string, instanceId: string) {
    const { createRoute } = await member.execute(CreateRoute, {
      routingTableId,
      cidr,
      gatewayType: 'INSTANCE',
      gatewayId: instanceId,
    });
    return createRoute;
  }

  async function subnetTableId(member: ApiClient, subnetId: string) {
    const { node } = await member.execute(SubnetTable, { id: subnetId });
    return node && 'routingTable' in node ? node.routingTable.id : null;
  }

  describe('routing tables', () => {
    it('creates an empty, non-default routing table in the VPC, its name trimmed', async () => {
      const { member, vpcId, defaultRoutingTableId } = await seedNetwork();
      const { createRoutingTable } = await member.execute(CreateRoutingTable, { vpcId, name: '  private  ' });
      const { routingTable } = expectTypename(createRoutingTable, 'CreateRoutingTableSuccess');
      expect(routingTable).toMatchObject({
        name: 'private',
        isDefault: false,
        vpc: { id: vpcId },
        routes: [],
        internetGateway: null,
      });
      const { vpcs } = await member.execute(VpcRoutingTables);
      expect(vpcs).toEqual([
        {
          id: vpcId,
          routingTables: [
            { id: defaultRoutingTableId, name: 'vpc default', isDefault: true },
            { id: routingTable.id, name: 'private', isDefault: false },
          ],
        },
      ]);
    });

    it('refuses a blank name with a ValidationError and an unknown VPC with NotFoundError', async () => {
      const { member, vpcId } = await seedNetwork();
      const { createRoutingTable: blank } = await member.execute(CreateRoutingTable, { vpcId, name: ' ' });
      expect(expectTypename(blank, 'ValidationError').fieldErrors).toEqual([
        { path: ['input', 'name'], message: expect.any(String) },
      ]);
      const { createRoutingTable: unknown } = await member.execute(CreateRoutingTable, {
        vpcId: unknownId('Vpc'),
        name: 'rt',
      });
      expect(expectTypename(unknown, 'NotFoundError').code).toBe('NOT_FOUND');
      const { vpcs } = await member.execute(VpcRoutingTables);
      expect(vpcs[0]?.routingTables).toHaveLength(1);
    });

    it('deletes a routing table that nothing uses', async () => {
      const { member, vpcId } = await seedNetwork();
      const routingTableId = await seedRoutingTable(member, vpcId);
      const { deleteRoutingTable } = await member.execute(DeleteRoutingTable, { id: routingTableId });
      expect(expectTypename(deleteRoutingTable, 'DeleteRoutingTableSuccess').deletedId).toBe(routingTableId);
      const { vpcs } = await member.execute(VpcRoutingTables);
      expect(vpcs[0]?.routingTables.map((table) => table.id)).not.toContain(routingTableId);
    });

    it("refuses to delete the VPC's default routing table with ConflictError IN_USE", async () => {
      const { member, defaultRoutingTableId } = await seedNetwork();
      const { deleteRoutingTable } = await member.execute(DeleteRoutingTable, { id: defaultRoutingTableId });
      expect(expectTypename(deleteRoutingTable, 'ConflictError').code).toBe('IN_USE');
      expect(await routingTableState(member, defaultRoutingTableId)).toMatchObject({ isDefault: true });
    });

    it('refuses to delete a routing table that subnets use with ConflictError IN_USE', async () => {
      const { member, vpcId } = await seedNetwork();
      const routingTableId = await seedRoutingTable(member, vpcId);
      const subnetId = await seedSubnet(member, vpcId, '10.0.1.0/24', routingTableId);
      const { deleteRoutingTable } = await member.execute(DeleteRoutingTable, { id: routingTableId });
      expect(expectTypename(deleteRoutingTable, 'ConflictError').code).toBe('IN_USE');
      expect(await routingTableState(member, routingTableId)).toMatchObject({ subnets: [{ id: subnetId }] });
    });

    it('refuses to delete a routing table with an attached gateway with ConflictError IN_USE', async () => {
      const { member, externalNetworkId, vpcId } = await seedNetwork();
      const routingTableId = await seedRoutingTable(member, vpcId);
      const internetGatewayId = await seedGateway(member, externalNetworkId);
      const publicIp = await seedAttachment(member, routingTableId, internetGatewayId);
      const { deleteRoutingTable } = await member.execute(DeleteRoutingTable, { id: routingTableId });
      expect(expectTypename(deleteRoutingTable, 'ConflictError').code).toBe('IN_USE');
      expect(await routingTableState(member, routingTableId)).toMatchObject({
        internetGateway: { id: internetGatewayId },
        routes: [{ cidr: '0.0.0.0/0', managed: true }],
      });
      expect(await gatewayState(member, internetGatewayId)).toMatchObject({
        publicIp,
        routingTable: { id: routingTableId },
      });
    });
  });

  describe('routes', () => {
    it('creates a route through an instance of the VPC, named after it', async () => {
      const { member, vpcId, defaultRoutingTableId } = await seedNetwork();
      const instance = await seedInstance(member, await seedSubnet(member, vpcId, '10.0.1.0/24'), 'vpn');
      const createRoute = await createInstanceRoute(member, defaultRoutingTableId, '192.168.0.0/16', instance.id);
      const { route } = expectTypename(createRoute, 'CreateRouteSuccess');
      expect(route).toMatchObject({
        cidr: '192.168.0.0/16',
        gatewayType: 'INSTANCE',
        gatewayId: instance.id,
        gatewayName: 'vpn',
        managed: false,
        routingTable: { id: defaultRoutingTableId },
      });
      expect((await routingTableState(member, defaultRoutingTableId)).routes).toMatchObject([
        { id: route.id, cidr: '192.168.0.0/16', gatewayId: instance.id, gatewayName: 'vpn', managed: false },
      ]);
    });

    it('refuses gatewayType INTERNET_GATEWAY with a ValidationError: gateway routes come only from attaching', async () => {
      const { member, externalNetworkId, defaultRoutingTableId } = await seedNetwork();
      const internetGatewayId = await seedGateway(member, externalNetworkId);
      const { createRoute } = await member.execute(CreateRoute, {
        routingTableId: defaultRoutingTableId,
        cidr: '0.0.0.0/0',
        gatewayType: 'INTERNET_GATEWAY',
        gatewayId: internetGatewayId,
      });
      expect(expectTypename(createRoute, 'ValidationError').fieldErrors).toEqual([
        { path: ['input', 'gatewayType'], message: expect.any(String) },
      ]);
      expect(await routingTableState(member, defaultRoutingTableId)).toMatchObject({
        routes: [],
        internetGateway: null,
      });
      expect(await gatewayState(member, internetGatewayId)).toMatchObject({ routingTable: null, publicIp: null });
    });

    it('refuses a destination that is not a canonical IPv4 CIDR with a ValidationError on input.cidr', async () => {
      const { member, vpcId, defaultRoutingTableId } = await seedNetwork();
      const instance = await seedInstance(member, await seedSubnet(member, vpcId, '10.0.1.0/24'));
      for (const cidr of ['192.168.0.0', '192.168.0.1/16', '300.0.0.0/8', '']) {
        const createRoute = await createInstanceRoute(member, defaultRoutingTableId, cidr, instance.id);
        expect(expectTypename(createRoute, 'ValidationError').fieldErrors).toEqual([
          { path: ['input', 'cidr'], message: expect.any(String) },
        ]);
      }
      expect((await routingTableState(member, defaultRoutingTableId)).routes).toEqual([]);
    });

    it('refuses a second route for the same destination with ROUTE_CONFLICT', async () => {
      const { member, vpcId, defaultRoutingTableId } = await seedNetwork();
      const subnetId = await seedSubnet(member, vpcId, '10.0.1.0/24');
      const first = await seedInstance(member, subnetId, 'first');
      const second = await seedInstance(member, subnetId, 'second');
      const routeId = await seedInstanceRoute(member, defaultRoutingTableId, '172.16.0.0/12', first.id);
      const createRoute = await createInstanceRoute(member, defaultRoutingTableId, '172.16.0.0/12', second.id);
      expect(expectTypename(createRoute, 'ConflictError').code).toBe('ROUTE_CONFLICT');
      expect((await routingTableState(member, defaultRoutingTableId)).routes).toMatchObject([
        { id: routeId, gatewayId: first.id },
      ]);
    });

    it('refuses a 0.0.0.0/0 route where a gateway is attached with ROUTE_CONFLICT', async () => {
      const { member, externalNetworkId, vpcId, defaultRoutingTableId } = await seedNetwork();
      const instance = await seedInstance(member, await seedSubnet(member, vpcId, '10.0.1.0/24'));
      const internetGatewayId = await seedGateway(member, externalNetworkId);
      await seedAttachment(member, defaultRoutingTableId, internetGatewayId);
      const createRoute = await createInstanceRoute(member, defaultRoutingTableId, '0.0.0.0/0', instance.id);
      expect(expectTypename(createRoute, 'ConflictError').code).toBe('ROUTE_CONFLICT');
      expect((await routingTableState(member, defaultRoutingTableId)).routes).toMatchObject([
        { cidr: '0.0.0.0/0', gatewayType: 'INTERNET_GATEWAY', gatewayId: internetGatewayId, managed: true },
      ]);
    });

    it('refuses an instance of another VPC with a ValidationError on input.gatewayId', async () => {
      const { member, defaultRoutingTableId } = await seedNetwork();
      const { vpcId: otherVpcId } = await seedVpc(member, '10.1.0.0/16', 'other');
      const foreignInstance = await seedInstance(member, await seedSubnet(member, otherVpcId, '10.1.1.0/24'));
      const createRoute = await createInstanceRoute(
        member,
        defaultRoutingTableId,
        '192.168.0.0/16',
        foreignInstance.id,
      );
      expect(expectTypename(createRoute, 'ValidationError').fieldErrors).toEqual([
        { path: ['input', 'gatewayId'], message: expect.any(String) },
      ]);
      expect((await routingTableState(member, defaultRoutingTableId)).routes).toEqual([]);
    });

    it('deletes an instance route', async () => {
      const { member, vpcId, defaultRoutingTableId } = await seedNetwork();
      const instance = await seedInstance(member, await seedSubnet(member, vpcId, '10.0.1.0/24'));
      const routeId = await seedInstanceRoute(member, defaultRoutingTableId, '192.168.0.0/16', instance.id);
      const { deleteRoute } = await member.execute(DeleteRoute, { id: routeId });
      expect(expectTypename(deleteRoute, 'DeleteRouteSuccess').deletedId).toBe(routeId);
      expect((await routingTableState(member, defaultRoutingTableId)).routes).toEqual([]);
    });

    it("refuses to delete a gateway's managed route with ROUTE_MANAGED, keeping the attachment whole", async () => {
      const { member, externalNetworkId, defaultRoutingTableId } = await seedNetwork();
      const internetGatewayId = await seedGateway(member, externalNetworkId);
      const publicIp = await seedAttachment(member, defaultRoutingTableId, internetGatewayId);
      const [managedRoute] = (await routingTableState(member, defaultRoutingTableId)).routes;
      const { deleteRoute } = await member.execute(DeleteRoute, { id: managedRoute?.id as string });
      expect(expectTypename(deleteRoute, 'ConflictError').code).toBe('ROUTE_MANAGED');
      expect((await routingTableState(member, defaultRoutingTableId)).routes).toEqual([managedRoute]);
      expect(await gatewayState(member, internetGatewayId)).toMatchObject({
        publicIp,
        routingTable: { id: defaultRoutingTableId },
      });
    });
  });

  describe('moving a subnet to another routing table', () => {
    it('moves a subnet whose instances hold no floating IP', async () => {
      const { member, vpcId, defaultRoutingTableId } = await seedNetwork();
      const subnetId = await seedSubnet(member, vpcId, '10.0.1.0/24');
      await seedInstance(member, subnetId);
      const routingTableId = await seedRoutingTable(member, vpcId);
      const { setSubnetRoutingTable } = await member.execute(SetSubnetRoutingTable, { subnetId, routingTableId });
      expect(expectTypename(setSubnetRoutingTable, 'SetSubnetRoutingTableSuccess').subnet).toEqual({
        id: subnetId,
        routingTable: { id: routingTableId },
      });
      expect(await routingTableState(member, defaultRoutingTableId)).toMatchObject({ subnets: [] });
      expect(await routingTableState(member, routingTableId)).toMatchObject({ subnets: [{ id: subnetId }] });
    });

    it('refuses to move a subnet whose instances or load balancers hold floating IPs to a table without a gateway, with FloatingIpInUseError', async () => {
      const { member, externalNetworkId, vpcId, defaultRoutingTableId } = await seedNetwork();
      await seedAttachment(member, defaultRoutingTableId, await seedGateway(member, externalNetworkId));
      const instanceSubnetId = await seedSubnet(member, vpcId, '10.0.1.0/24');
      const loadBalancerSubnetId = await seedSubnet(member, vpcId, '10.0.2.0/24');
      const instanceFloatingIp = await seedFloatingIp(
        member,
        externalNetworkId,
        (await seedInstance(member, instanceSubnetId)).id,
      );
      const loadBalancerFloatingIp = await seedFloatingIp(
        member,
        externalNetworkId,
        await seedLoadBalancer(member, loadBalancerSubnetId),
      );
      const withoutGatewayId = await seedRoutingTable(member, vpcId, 'no gateway');

      for (const [subnetId, floatingIp] of [
        [instanceSubnetId, instanceFloatingIp],
        [loadBalancerSubnetId, loadBalancerFloatingIp],
      ] as const) {
        const { setSubnetRoutingTable } = await member.execute(SetSubnetRoutingTable, {
          subnetId,
          routingTableId: withoutGatewayId,
        });
        const refused = expectTypename(setSubnetRoutingTable, 'FloatingIpInUseError');
        expect(refused.code).toBe('FLOATING_IP_IN_USE');
        expect(refused.floatingIps).toEqual([{ id: floatingIp.id, address: floatingIp.address }]);
        expect(await subnetTableId(member, subnetId)).toBe(defaultRoutingTableId);
      }
    });

    it('moves a subnet with floating IPs to a table whose gateway is on their external network, but not to one on another network', async () => {
      const { member, externalNetworkId, vpcId, defaultRoutingTableId } = await seedNetwork();
      await seedAttachment(member, defaultRoutingTableId, await seedGateway(member, externalNetworkId, 'public'));
      const subnetId = await seedSubnet(member, vpcId, '10.0.1.0/24');
      const floatingIp = await seedFloatingIp(member, externalNetworkId, (await seedInstance(member, subnetId)).id);

      const otherNetwork = await seedExternalNetwork(
        suite.testApp.operator,
        '198.51.100.0/29',
        `routing ${provider} other network`,
      );
      const otherNetworkTableId = await seedRoutingTable(member, vpcId, 'other network');
      await seedAttachment(member, otherNetworkTableId, await seedGateway(member, otherNetwork.id, 'other'));
      const { setSubnetRoutingTable: refused } = await member.execute(SetSubnetRoutingTable, {
        subnetId,
        routingTableId: otherNetworkTableId,
      });
      expect(expectTypename(refused, 'FloatingIpInUseError').floatingIps).toEqual([
        { id: floatingIp.id, address: floatingIp.address },
      ]);
      expect(await subnetTableId(member, subnetId)).toBe(defaultRoutingTableId);

      const samePublicNetworkTableId = await seedRoutingTable(member, vpcId, 'same network');
      await seedAttachment(
        member,
        samePublicNetworkTableId,
        await seedGateway(member, externalNetworkId, 'public too'),
      );
      const { setSubnetRoutingTable: moved } = await member.execute(SetSubnetRoutingTable, {
        subnetId,
        routingTableId: samePublicNetworkTableId,
      });
      expect(expectTypename(moved, 'SetSubnetRoutingTableSuccess').subnet.routingTable).toEqual({
        id: samePublicNetworkTableId,
      });
    });

    it('refuses a routing table of another VPC with a ValidationError', async () => {
      const { member, vpcId, defaultRoutingTableId } = await seedNetwork();
      const subnetId = await seedSubnet(member, vpcId, '10.0.1.0/24');
      const { defaultRoutingTableId: otherVpcTableId } = await seedVpc(member, '10.1.0.0/16', 'other');
      const { setSubnetRoutingTable } = await member.execute(SetSubnetRoutingTable, {
        subnetId,
        routingTableId: otherVpcTableId,
      });
      expect(expectTypename(setSubnetRoutingTable, 'ValidationError').fieldErrors).toEqual([
        { path: ['input', 'routingTableId'], message: expect.any(String) },
      ]);
      expect(await subnetTableId(member, subnetId)).toBe(defaultRoutingTableId);
      expect(await routingTableState(member, otherVpcTableId)).toMatchObject({ subnets: [] });
    });
  });

  describe('routes quota: 10 per routing table, the managed route included', () => {
    async function seedTableWithRoutes(count: number) {
      const network = await seedNetwork();
      const instance = await seedInstance(
        network.member,
        await seedSubnet(network.member, network.vpcId, '10.0.1.0/24'),
      );
      const routingTableId = await seedRoutingTable(network.member, network.vpcId);
      for (let index = 0; index < count; index++) {
        await seedInstanceRoute(network.member, routingTableId, `192.168.${index}.0/24`, instance.id);
      }
      return { ...network, routingTableId, instanceId: instance.id };
    }

    it('refuses an 11th route with QUOTA_EXCEEDED', async () => {
      const { member, routingTableId, instanceId } = await seedTableWithRoutes(10);
      const createRoute = await createInstanceRoute(member, routingTableId, '192.168.100.0/24', instanceId);
      expect(expectTypename(createRoute, 'ConflictError').code).toBe('QUOTA_EXCEEDED');
      expect((await routingTableState(member, routingTableId)).routes).toHaveLength(10);
    });

    it('refuses to attach a gateway to a table that already has 10 routes with QUOTA_EXCEEDED, allocating nothing', async () => {
      const { member, externalNetworkId, routingTableId } = await seedTableWithRoutes(10);
      const internetGatewayId = await seedGateway(member, externalNetworkId);
      const freeBefore = await availableAddresses(member, externalNetworkId);
      const { attachInternetGateway } = await member.execute(AttachInternetGateway, {
        routingTableId,
        internetGatewayId,
      });
      expect(expectTypename(attachInternetGateway, 'ConflictError').code).toBe('QUOTA_EXCEEDED');
      const table = await routingTableState(member, routingTableId);
      expect(table.internetGateway).toBeNull();
      expect(table.routes.filter((route) => route.managed)).toEqual([]);
      expect(table.routes).toHaveLength(10);
      expect(await gatewayState(member, internetGatewayId)).toMatchObject({ publicIp: null, routingTable: null });
      expect(await availableAddresses(member, externalNetworkId)).toBe(freeBefore);
    });

    it('counts the managed route: after an attach, the 10th route created is refused with QUOTA_EXCEEDED', async () => {
      const { member, externalNetworkId, routingTableId, instanceId } = await seedTableWithRoutes(0);
      await seedAttachment(member, routingTableId, await seedGateway(member, externalNetworkId));
      for (let index = 0; index < 9; index++) {
        await seedInstanceRoute(member, routingTableId, `192.168.${index}.0/24`, instanceId);
      }
      const createRoute = await createInstanceRoute(member, routingTableId, '192.168.100.0/24', instanceId);
      expect(expectTypename(createRoute, 'ConflictError').code).toBe('QUOTA_EXCEEDED');
      expect((await routingTableState(member, routingTableId)).routes).toHaveLength(10);
    });
  });
});
