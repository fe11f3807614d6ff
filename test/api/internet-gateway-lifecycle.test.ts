// The internet gateway lifecycle through the real server: create, attach, rename, detach,
// delete, and which gateways a routing table can attach. Every refused mutation is followed by
// a read of the state it must have left as it was.
import { describe, expect, it } from 'vitest';
import { graphql } from '../../src/generated/graphql/index.js';
import { DisassociateFloatingIp } from '../support/documents/floating-ip.js';
import {
  AttachInternetGateway,
  CreateInternetGateway,
  DeleteInternetGateway,
  DetachInternetGateway,
  GatewayCount,
  RenameInternetGateway,
} from '../support/documents/internet-gateway.js';
import { NodeById } from '../support/documents/tenancy.js';
import { availableAddresses, floatingIps, gatewayState, routingTableState, unknownId } from '../support/gateway-api.js';
import { type ApiClient, expectTypename } from '../support/graphql-client.js';
import {
  cancelMaintenance,
  HeldDataPlane,
  holdRestart,
  scheduleMaintenanceFor,
} from '../support/maintenance-restart.js';
import {
  publicNetworkId,
  seedAttachment,
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

const Attachable = graphql(`
  query LifecycleAttachable {
    attachableInternetGateways {
      id
      status
      routingTable {
        id
      }
    }
  }
`);

const publicPool = /^203\.0\.113\.(\d{1,3})$/;

/** The public IP is a host address of 203.0.113.0/24 other than the network, .1 gateway and broadcast. */
function expectPublicPoolHost(address: string | null | undefined) {
  const host = Number(publicPool.exec(address ?? '')?.[1]);
  expect(host, `${address} is not a host of the Public Network pool`).toBeGreaterThanOrEqual(2);
  expect(host).toBeLessThanOrEqual(254);
}

async function gatewayCount(member: ApiClient): Promise<number> {
  return (await member.execute(GatewayCount)).internetGateways.totalCount;
}

describe.each(providers)('internet gateway lifecycle (%s)', (provider) => {
  const dataPlane = new HeldDataPlane();
  const suite = useTestApp(provider, 'lifecycle', { dataPlane });

  /** A project with a VPC, ready for gateways. */
  async function seedNetwork() {
    const { member, projectId } = await seedProject(suite.testApp);
    const externalNetworkId = await publicNetworkId(member);
    const { vpcId, defaultRoutingTableId } = await seedVpc(member);
    return { member, projectId, externalNetworkId, vpcId, routingTableId: defaultRoutingTableId };
  }

  describe('create', () => {
    it('creates an ACTIVE, detached gateway on the external network, its name trimmed', async () => {
      const { member, externalNetworkId } = await seedNetwork();
      const { createInternetGateway } = await member.execute(CreateInternetGateway, {
        name: '  edge gateway \t',
        externalNetworkId,
      });
      expect(expectTypename(createInternetGateway, 'CreateInternetGatewaySuccess').internetGateway).toMatchObject({
        name: 'edge gateway',
        status: 'ACTIVE',
        statusIndicator: 'GREEN',
        publicIp: null,
        routingTable: null,
        externalNetwork: { id: externalNetworkId },
      });
    });

    it('accepts names of 1 to 255 printable characters once trimmed', async () => {
      const { member, externalNetworkId } = await seedNetwork();
      for (const name of ['a', 'x'.repeat(255), `  ${'é'.repeat(255)}  `]) {
        const { createInternetGateway } = await member.execute(CreateInternetGateway, { name, externalNetworkId });
        expect(expectTypename(createInternetGateway, 'CreateInternetGatewaySuccess').internetGateway.name).toBe(
          name.trim(),
        );
      }
    });

    it('refuses empty, blank, over-long and unprintable names with a ValidationError on input.name, creating nothing', async () => {
      const { member, externalNetworkId } = await seedNetwork();
      for (const name of ['', '   ', 'x'.repeat(256), `  ${'x'.repeat(256)}  `, 'bell\u0007name', 'two\nlines']) {
        const { createInternetGateway } = await member.execute(CreateInternetGateway, { name, externalNetworkId });
        const refused = expectTypename(createInternetGateway, 'ValidationError');
        expect(refused.code).toBe('VALIDATION_FAILED');
        expect(refused.fieldErrors.map((error) => error.path)).toEqual([['input', 'name']]);
      }
      expect(await gatewayCount(member)).toBe(0);
    });

    it('answers an unknown external network with NotFoundError, creating nothing', async () => {
      const { member } = await seedNetwork();
      const { createInternetGateway } = await member.execute(CreateInternetGateway, {
        name: 'gateway',
        externalNetworkId: unknownId('ExternalNetwork'),
      });
      expect(expectTypename(createInternetGateway, 'NotFoundError').code).toBe('NOT_FOUND');
      expect(await gatewayCount(member)).toBe(0);
    });
  });

  describe('attach', () => {
    it('allocates a public IP from the Public Network pool and adds the managed 0.0.0.0/0 route named after the gateway', async () => {
      const { member, externalNetworkId, routingTableId } = await seedNetwork();
      const internetGatewayId = await seedGateway(member, externalNetworkId, 'edge');
      const freeBefore = await availableAddresses(member, externalNetworkId);

      const { attachInternetGateway } = await member.execute(AttachInternetGateway, {
        routingTableId,
        internetGatewayId,
      });
      const attached = expectTypename(attachInternetGateway, 'AttachInternetGatewaySuccess');

      expectPublicPoolHost(attached.internetGateway.publicIp);
      expect(attached.internetGateway.routingTable).toEqual({ id: routingTableId });
      const managedRoute = {
        cidr: '0.0.0.0/0',
        gatewayType: 'INTERNET_GATEWAY',
        gatewayId: internetGatewayId,
        gatewayName: 'edge',
        managed: true,
      };
      expect(attached.routingTable).toMatchObject({
        id: routingTableId,
        internetGateway: { id: internetGatewayId },
        routes: [managedRoute],
      });
      expect(await routingTableState(member, routingTableId)).toMatchObject({
        internetGateway: { id: internetGatewayId },
        routes: [managedRoute],
      });
      expect(await gatewayState(member, internetGatewayId)).toMatchObject({
        publicIp: attached.internetGateway.publicIp,
      });
      expect(await availableAddresses(member, externalNetworkId)).toBe(freeBefore - 1);
    });

    it('refuses a gateway that is already attached with ALREADY_ATTACHED, changing nothing', async () => {
      const { member, externalNetworkId, vpcId, routingTableId } = await seedNetwork();
      const otherRoutingTableId = await seedRoutingTable(member, vpcId);
      const internetGatewayId = await seedGateway(member, externalNetworkId);
      const publicIp = await seedAttachment(member, routingTableId, internetGatewayId);
      const freeBefore = await availableAddresses(member, externalNetworkId);

      const { attachInternetGateway } = await member.execute(AttachInternetGateway, {
        routingTableId: otherRoutingTableId,
        internetGatewayId,
      });
      expect(expectTypename(attachInternetGateway, 'ConflictError').code).toBe('ALREADY_ATTACHED');

      expect(await gatewayState(member, internetGatewayId)).toMatchObject({
        publicIp,
        routingTable: { id: routingTableId },
      });
      expect(await routingTableState(member, otherRoutingTableId)).toMatchObject({ internetGateway: null, routes: [] });
      expect((await routingTableState(member, routingTableId)).routes).toHaveLength(1);
      expect(await availableAddresses(member, externalNetworkId)).toBe(freeBefore);
    });

    it('refuses a routing table that already holds a gateway with ALREADY_ATTACHED, changing nothing', async () => {
      const { member, externalNetworkId, routingTableId } = await seedNetwork();
      const firstGatewayId = await seedGateway(member, externalNetworkId, 'first');
      const secondGatewayId = await seedGateway(member, externalNetworkId, 'second');
      await seedAttachment(member, routingTableId, firstGatewayId);
      const freeBefore = await availableAddresses(member, externalNetworkId);

      const { attachInternetGateway } = await member.execute(AttachInternetGateway, {
        routingTableId,
        internetGatewayId: secondGatewayId,
      });
      expect(expectTypename(attachInternetGateway, 'ConflictError').code).toBe('ALREADY_ATTACHED');

      expect(await gatewayState(member, secondGatewayId)).toMatchObject({ publicIp: null, routingTable: null });
      expect(await routingTableState(member, routingTableId)).toMatchObject({
        internetGateway: { id: firstGatewayId },
        routes: [{ cidr: '0.0.0.0/0', gatewayId: firstGatewayId, gatewayName: 'first' }],
      });
      expect(await availableAddresses(member, externalNetworkId)).toBe(freeBefore);
    });

    it('refuses a routing table with an existing 0.0.0.0/0 route with ROUTE_CONFLICT, changing nothing', async () => {
      const { member, externalNetworkId, vpcId, routingTableId } = await seedNetwork();
      const subnetId = await seedSubnet(member, vpcId, '10.0.1.0/24');
      const natInstance = await seedInstance(member, subnetId, 'nat');
      const instanceRouteId = await seedInstanceRoute(member, routingTableId, '0.0.0.0/0', natInstance.id);
      const internetGatewayId = await seedGateway(member, externalNetworkId);
      const freeBefore = await availableAddresses(member, externalNetworkId);

      const { attachInternetGateway } = await member.execute(AttachInternetGateway, {
        routingTableId,
        internetGatewayId,
      });
      expect(expectTypename(attachInternetGateway, 'ConflictError').code).toBe('ROUTE_CONFLICT');

      expect(await gatewayState(member, internetGatewayId)).toMatchObject({ publicIp: null, routingTable: null });
      expect(await routingTableState(member, routingTableId)).toMatchObject({
        internetGateway: null,
        routes: [
          {
            id: instanceRouteId,
            cidr: '0.0.0.0/0',
            gatewayType: 'INSTANCE',
            gatewayId: natInstance.id,
            managed: false,
          },
        ],
      });
      expect(await availableAddresses(member, externalNetworkId)).toBe(freeBefore);
    });

    it("answers another project's routing table or gateway with NotFoundError", async () => {
      const owner = await seedNetwork();
      const ownersGatewayId = await seedGateway(owner.member, owner.externalNetworkId);
      const stranger = await seedNetwork();
      const strangersGatewayId = await seedGateway(stranger.member, stranger.externalNetworkId);

      for (const input of [
        { routingTableId: stranger.routingTableId, internetGatewayId: ownersGatewayId },
        { routingTableId: owner.routingTableId, internetGatewayId: strangersGatewayId },
      ]) {
        const { attachInternetGateway } = await stranger.member.execute(AttachInternetGateway, input);
        expect(expectTypename(attachInternetGateway, 'NotFoundError').code).toBe('NOT_FOUND');
      }
      expect(await gatewayState(owner.member, ownersGatewayId)).toMatchObject({ routingTable: null });
      expect(await gatewayState(stranger.member, strangersGatewayId)).toMatchObject({ routingTable: null });
    });
  });

  describe('rename', () => {
    it("renames a gateway, trimmed, and the managed route's gateway name follows", async () => {
      const { member, externalNetworkId, routingTableId } = await seedNetwork();
      const internetGatewayId = await seedGateway(member, externalNetworkId, 'before');
      await seedAttachment(member, routingTableId, internetGatewayId);

      const { renameInternetGateway } = await member.execute(RenameInternetGateway, {
        id: internetGatewayId,
        name: '  after  ',
      });
      expect(expectTypename(renameInternetGateway, 'RenameInternetGatewaySuccess').internetGateway).toEqual({
        id: internetGatewayId,
        name: 'after',
      });
      expect((await routingTableState(member, routingTableId)).routes).toMatchObject([
        { cidr: '0.0.0.0/0', gatewayId: internetGatewayId, gatewayName: 'after', managed: true },
      ]);
    });

    it('refuses an invalid name with a ValidationError, keeping the old one', async () => {
      const { member, externalNetworkId, routingTableId } = await seedNetwork();
      const internetGatewayId = await seedGateway(member, externalNetworkId, 'kept');
      await seedAttachment(member, routingTableId, internetGatewayId);

      const { renameInternetGateway } = await member.execute(RenameInternetGateway, {
        id: internetGatewayId,
        name: '  ',
      });
      expect(expectTypename(renameInternetGateway, 'ValidationError').fieldErrors).toEqual([
        { path: ['input', 'name'], message: expect.any(String) },
      ]);
      expect(await gatewayState(member, internetGatewayId)).toMatchObject({ name: 'kept' });
      expect((await routingTableState(member, routingTableId)).routes).toMatchObject([{ gatewayName: 'kept' }]);
    });
  });

  describe('detach', () => {
    it('removes the managed route, clears the public IP and returns it to the pool', async () => {
      const { member, externalNetworkId, routingTableId } = await seedNetwork();
      const internetGatewayId = await seedGateway(member, externalNetworkId);
      const freeBefore = await availableAddresses(member, externalNetworkId);
      await seedAttachment(member, routingTableId, internetGatewayId);
      expect(await availableAddresses(member, externalNetworkId)).toBe(freeBefore - 1);

      const { detachInternetGateway } = await member.execute(DetachInternetGateway, { routingTableId });
      const detached = expectTypename(detachInternetGateway, 'DetachInternetGatewaySuccess');
      expect(detached.internetGateway).toEqual({ id: internetGatewayId, publicIp: null, routingTable: null });
      expect(detached.routingTable).toEqual({ id: routingTableId, internetGateway: null, routes: [] });

      expect(await routingTableState(member, routingTableId)).toMatchObject({ internetGateway: null, routes: [] });
      expect(await gatewayState(member, internetGatewayId)).toMatchObject({
        status: 'ACTIVE',
        publicIp: null,
        routingTable: null,
      });
      expect(await availableAddresses(member, externalNetworkId)).toBe(freeBefore);
    });

    it('answers a routing table without a gateway with NOT_ATTACHED', async () => {
      const { member, externalNetworkId, routingTableId } = await seedNetwork();
      const { detachInternetGateway } = await member.execute(DetachInternetGateway, { routingTableId });
      expect(expectTypename(detachInternetGateway, 'ConflictError').code).toBe('NOT_ATTACHED');

      // Nor twice: the second detach finds nothing left to detach.
      await seedAttachment(member, routingTableId, await seedGateway(member, externalNetworkId));
      expectTypename(
        (await member.execute(DetachInternetGateway, { routingTableId })).detachInternetGateway,
        'DetachInternetGatewaySuccess',
      );
      const { detachInternetGateway: again } = await member.execute(DetachInternetGateway, { routingTableId });
      expect(expectTypename(again, 'ConflictError').code).toBe('NOT_ATTACHED');
    });

    it('is refused with FloatingIpInUseError listing exactly the floating IPs of instances and load balancers behind the table, changing nothing', async () => {
      const { member, externalNetworkId, vpcId, routingTableId } = await seedNetwork();
      // Behind the table: two subnets, an instance holding a floating IP in one, a load balancer
      // holding one in the other, and an instance without one.
      const firstSubnetId = await seedSubnet(member, vpcId, '10.0.1.0/24');
      const secondSubnetId = await seedSubnet(member, vpcId, '10.0.2.0/24');
      const internetGatewayId = await seedGateway(member, externalNetworkId, 'behind');
      const publicIp = await seedAttachment(member, routingTableId, internetGatewayId);
      const instance = await seedInstance(member, firstSubnetId, 'with floating IP');
      await seedInstance(member, firstSubnetId, 'without floating IP');
      const loadBalancerId = await seedLoadBalancer(member, secondSubnetId);
      const instanceFloatingIp = await seedFloatingIp(member, externalNetworkId, instance.id);
      const loadBalancerFloatingIp = await seedFloatingIp(member, externalNetworkId, loadBalancerId);
      // Not behind it: a floating IP behind another table with its own gateway, and a free one.
      const otherRoutingTableId = await seedRoutingTable(member, vpcId, 'elsewhere');
      const otherSubnetId = await seedSubnet(member, vpcId, '10.0.3.0/24', otherRoutingTableId);
      await seedAttachment(member, otherRoutingTableId, await seedGateway(member, externalNetworkId, 'elsewhere'));
      await seedFloatingIp(member, externalNetworkId, (await seedInstance(member, otherSubnetId)).id);
      await seedFloatingIp(member, externalNetworkId);
      const floatingIpsBefore = await floatingIps(member);
      const freeBefore = await availableAddresses(member, externalNetworkId);

      const { detachInternetGateway } = await member.execute(DetachInternetGateway, { routingTableId });
      const refused = expectTypename(detachInternetGateway, 'FloatingIpInUseError');
      expect(refused.code).toBe('FLOATING_IP_IN_USE');
      expect(refused.floatingIps).toHaveLength(2);
      expect(refused.floatingIps).toEqual(
        expect.arrayContaining([
          { id: instanceFloatingIp.id, address: instanceFloatingIp.address },
          { id: loadBalancerFloatingIp.id, address: loadBalancerFloatingIp.address },
        ]),
      );

      expect(await gatewayState(member, internetGatewayId)).toMatchObject({
        publicIp,
        routingTable: { id: routingTableId },
      });
      expect((await routingTableState(member, routingTableId)).routes).toMatchObject([
        { cidr: '0.0.0.0/0', managed: true },
      ]);
      expect(await floatingIps(member)).toEqual(floatingIpsBefore);
      expect(await availableAddresses(member, externalNetworkId)).toBe(freeBefore);

      // Released, they no longer hold the gateway back.
      await member.execute(DisassociateFloatingIp, { floatingIpId: instanceFloatingIp.id });
      await member.execute(DisassociateFloatingIp, { floatingIpId: loadBalancerFloatingIp.id });
      const { detachInternetGateway: retried } = await member.execute(DetachInternetGateway, { routingTableId });
      expectTypename(retried, 'DetachInternetGatewaySuccess');
    });
  });

  describe('delete', () => {
    it('deletes an unattached gateway', async () => {
      const { member, externalNetworkId } = await seedNetwork();
      const internetGatewayId = await seedGateway(member, externalNetworkId);
      const freeBefore = await availableAddresses(member, externalNetworkId);

      const { deleteInternetGateway } = await member.execute(DeleteInternetGateway, { id: internetGatewayId });
      expect(expectTypename(deleteInternetGateway, 'DeleteInternetGatewaySuccess').deletedId).toBe(internetGatewayId);

      expect(await gatewayState(member, internetGatewayId)).toBeNull();
      expect((await member.execute(NodeById, { id: internetGatewayId })).node).toBeNull();
      expect(await gatewayCount(member)).toBe(0);
      expect(await availableAddresses(member, externalNetworkId)).toBe(freeBefore);
    });

    it('detaches an attached gateway first: its route goes and its public IP returns to the pool', async () => {
      const { member, externalNetworkId, routingTableId } = await seedNetwork();
      const internetGatewayId = await seedGateway(member, externalNetworkId);
      const freeBefore = await availableAddresses(member, externalNetworkId);
      await seedAttachment(member, routingTableId, internetGatewayId);

      const { deleteInternetGateway } = await member.execute(DeleteInternetGateway, { id: internetGatewayId });
      expect(expectTypename(deleteInternetGateway, 'DeleteInternetGatewaySuccess').deletedId).toBe(internetGatewayId);

      expect(await gatewayState(member, internetGatewayId)).toBeNull();
      expect(await routingTableState(member, routingTableId)).toMatchObject({ internetGateway: null, routes: [] });
      expect(await availableAddresses(member, externalNetworkId)).toBe(freeBefore);
    });

    it('is refused with FloatingIpInUseError while floating IPs are behind the attached gateway, changing nothing', async () => {
      const { member, externalNetworkId, vpcId, routingTableId } = await seedNetwork();
      const subnetId = await seedSubnet(member, vpcId, '10.0.1.0/24');
      const internetGatewayId = await seedGateway(member, externalNetworkId, 'kept');
      const publicIp = await seedAttachment(member, routingTableId, internetGatewayId);
      const floatingIp = await seedFloatingIp(member, externalNetworkId, (await seedInstance(member, subnetId)).id);
      const freeBefore = await availableAddresses(member, externalNetworkId);

      const { deleteInternetGateway } = await member.execute(DeleteInternetGateway, { id: internetGatewayId });
      const refused = expectTypename(deleteInternetGateway, 'FloatingIpInUseError');
      expect(refused.code).toBe('FLOATING_IP_IN_USE');
      expect(refused.floatingIps).toEqual([{ id: floatingIp.id, address: floatingIp.address }]);

      expect(await gatewayState(member, internetGatewayId)).toMatchObject({
        name: 'kept',
        publicIp,
        routingTable: { id: routingTableId },
      });
      expect(await routingTableState(member, routingTableId)).toMatchObject({
        internetGateway: { id: internetGatewayId },
        routes: [{ cidr: '0.0.0.0/0', gatewayId: internetGatewayId, managed: true }],
      });
      expect(await availableAddresses(member, externalNetworkId)).toBe(freeBefore);
    });
  });

  it('offers as attachable only the ACTIVE gateways attached nowhere', async () => {
    const { member, externalNetworkId, routingTableId } = await seedNetwork();
    const freeGatewayId = await seedGateway(member, externalNetworkId, 'free');
    await seedAttachment(member, routingTableId, await seedGateway(member, externalNetworkId, 'attached'));
    const restartedGatewayId = await seedGateway(member, externalNetworkId, 'restarted');
    const attachable = async () => (await member.execute(Attachable)).attachableInternetGateways;
    expect((await attachable()).map((gateway) => gateway.id).sort()).toEqual(
      [freeGatewayId, restartedGatewayId].sort(),
    );

    const server = await scheduleMaintenanceFor(suite.testApp.operator, restartedGatewayId);
    try {
      const restart = await holdRestart(dataPlane, member, restartedGatewayId);
      expect(await gatewayState(member, restartedGatewayId)).toMatchObject({ status: 'RESTARTING' });
      expect(await attachable()).toEqual([{ id: freeGatewayId, status: 'ACTIVE', routingTable: null }]);

      await restart.end('fail');
      expect(await gatewayState(member, restartedGatewayId)).toMatchObject({ status: 'ERROR', routingTable: null });
      expect(await attachable()).toEqual([{ id: freeGatewayId, status: 'ACTIVE', routingTable: null }]);
    } finally {
      await cancelMaintenance(suite.testApp.operator, server.id);
    }
  });
});
