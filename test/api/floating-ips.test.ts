// Floating IPs through the real server: taken from an external network's pool, associated only
// where a gateway on that network routes the target's subnet, freed with their instance, and
// how an instance reaches the internet with one, through a gateway, or not at all.
import { describe, expect, it } from 'vitest';
import {
  AssociateFloatingIp,
  CreateFloatingIp,
  DeleteFloatingIp,
  DisassociateFloatingIp,
} from '../support/documents/floating-ip.js';
import { AttachInternetGateway } from '../support/documents/internet-gateway.js';
import { DeleteInstance } from '../support/documents/network.js';
import { availableAddresses, floatingIps, instanceView, routingTableState } from '../support/gateway-api.js';
import { expectTypename } from '../support/graphql-client.js';
import {
  publicNetworkId,
  seedAttachment,
  seedExternalNetwork,
  seedFloatingIp,
  seedGateway,
  seedInstance,
  seedLoadBalancer,
  seedProject,
  seedRoutingTable,
  seedSubnet,
  seedVpc,
} from '../support/seed.js';
import { providers, useTestApp } from '../support/test-app.js';

const publicPool = /^203\.0\.113\.(\d{1,3})$/;

describe.each(providers)('floating IPs (%s)', (provider) => {
  const suite = useTestApp(provider, 'floating_ips');

  /** A project whose default routing table has a gateway on the Public Network, with a subnet on it. */
  async function seedRoutedSubnet() {
    const { member } = await seedProject(suite.testApp);
    const externalNetworkId = await publicNetworkId(member);
    const { vpcId, defaultRoutingTableId } = await seedVpc(member);
    const subnetId = await seedSubnet(member, vpcId, '10.0.1.0/24');
    const internetGatewayId = await seedGateway(member, externalNetworkId);
    await seedAttachment(member, defaultRoutingTableId, internetGatewayId);
    return { member, externalNetworkId, vpcId, routingTableId: defaultRoutingTableId, subnetId, internetGatewayId };
  }

  it("takes a free floating IP from the external network's pool", async () => {
    const { member } = await seedProject(suite.testApp);
    const externalNetworkId = await publicNetworkId(member);
    const freeBefore = await availableAddresses(member, externalNetworkId);

    const { createFloatingIp } = await member.execute(CreateFloatingIp, { externalNetworkId });
    const { floatingIp } = expectTypename(createFloatingIp, 'CreateFloatingIpSuccess');
    expect(floatingIp).toMatchObject({ externalNetwork: { id: externalNetworkId }, attachedTo: null });
    const host = Number(publicPool.exec(floatingIp.address)?.[1]);
    expect(host).toBeGreaterThanOrEqual(2);
    expect(host).toBeLessThanOrEqual(254);

    expect(await availableAddresses(member, externalNetworkId)).toBe(freeBefore - 1);
    expect(await floatingIps(member)).toEqual([
      { id: floatingIp.id, address: floatingIp.address, externalNetwork: { id: externalNetworkId }, attachedTo: null },
    ]);
  });

  it('associates with an instance or a load balancer whose subnet is routed to a gateway on its network', async () => {
    const { member, externalNetworkId, subnetId } = await seedRoutedSubnet();
    const instance = await seedInstance(member, subnetId);
    const loadBalancerId = await seedLoadBalancer(member, subnetId);
    const forInstance = await seedFloatingIp(member, externalNetworkId);
    const forLoadBalancer = await seedFloatingIp(member, externalNetworkId);

    const { associateFloatingIp: toInstance } = await member.execute(AssociateFloatingIp, {
      floatingIpId: forInstance.id,
      targetId: instance.id,
    });
    expect(expectTypename(toInstance, 'AssociateFloatingIpSuccess').floatingIp.attachedTo).toEqual({
      __typename: 'Instance',
      id: instance.id,
      floatingIp: { id: forInstance.id },
    });
    const { associateFloatingIp: toLoadBalancer } = await member.execute(AssociateFloatingIp, {
      floatingIpId: forLoadBalancer.id,
      targetId: loadBalancerId,
    });
    expect(expectTypename(toLoadBalancer, 'AssociateFloatingIpSuccess').floatingIp.attachedTo).toEqual({
      __typename: 'LoadBalancer',
      id: loadBalancerId,
      floatingIp: { id: forLoadBalancer.id },
    });

    expect(await floatingIps(member)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: forInstance.id, attachedTo: { __typename: 'Instance', id: instance.id } }),
        expect.objectContaining({
          id: forLoadBalancer.id,
          attachedTo: { __typename: 'LoadBalancer', id: loadBalancerId },
        }),
      ]),
    );
  });

  it('refuses a target whose subnet has no gateway with EXTERNAL_NETWORK_UNREACHABLE, leaving the floating IP free', async () => {
    const { member } = await seedProject(suite.testApp);
    const externalNetworkId = await publicNetworkId(member);
    const { vpcId } = await seedVpc(member);
    const subnetId = await seedSubnet(member, vpcId, '10.0.1.0/24');
    const instance = await seedInstance(member, subnetId);
    const loadBalancerId = await seedLoadBalancer(member, subnetId);
    const floatingIp = await seedFloatingIp(member, externalNetworkId);

    for (const targetId of [instance.id, loadBalancerId]) {
      const { associateFloatingIp } = await member.execute(AssociateFloatingIp, {
        floatingIpId: floatingIp.id,
        targetId,
      });
      expect(expectTypename(associateFloatingIp, 'ConflictError').code).toBe('EXTERNAL_NETWORK_UNREACHABLE');
    }
    expect(await floatingIps(member)).toMatchObject([{ id: floatingIp.id, attachedTo: null }]);
    expect((await instanceView(member, instance.id)).floatingIp).toBeNull();
  });

  it("refuses a target whose subnet's gateway is on another external network with EXTERNAL_NETWORK_UNREACHABLE", async () => {
    const { member, subnetId } = await seedRoutedSubnet();
    const otherNetwork = await seedExternalNetwork(
      suite.testApp.operator,
      '198.51.100.0/28',
      `floating ${provider} other network`,
    );
    const instance = await seedInstance(member, subnetId);
    const floatingIp = await seedFloatingIp(member, otherNetwork.id);

    const { associateFloatingIp } = await member.execute(AssociateFloatingIp, {
      floatingIpId: floatingIp.id,
      targetId: instance.id,
    });
    expect(expectTypename(associateFloatingIp, 'ConflictError').code).toBe('EXTERNAL_NETWORK_UNREACHABLE');
    expect(await floatingIps(member)).toMatchObject([{ id: floatingIp.id, attachedTo: null }]);
  });

  it('refuses a target ID that names neither an instance nor a load balancer with a ValidationError on input.targetId', async () => {
    const { member, externalNetworkId, vpcId, subnetId, internetGatewayId } = await seedRoutedSubnet();
    const floatingIp = await seedFloatingIp(member, externalNetworkId);

    for (const targetId of [subnetId, vpcId, internetGatewayId, floatingIp.id]) {
      const { associateFloatingIp } = await member.execute(AssociateFloatingIp, {
        floatingIpId: floatingIp.id,
        targetId,
      });
      const refused = expectTypename(associateFloatingIp, 'ValidationError');
      expect(refused.code).toBe('VALIDATION_FAILED');
      expect(refused.fieldErrors).toEqual([{ path: ['input', 'targetId'], message: expect.any(String) }]);
    }
    expect(await floatingIps(member)).toMatchObject([{ id: floatingIp.id, attachedTo: null }]);
  });

  it('disassociates a floating IP: the instance falls back to the gateway', async () => {
    const { member, externalNetworkId, subnetId } = await seedRoutedSubnet();
    const instance = await seedInstance(member, subnetId);
    const floatingIp = await seedFloatingIp(member, externalNetworkId, instance.id);

    const { disassociateFloatingIp } = await member.execute(DisassociateFloatingIp, { floatingIpId: floatingIp.id });
    expect(expectTypename(disassociateFloatingIp, 'DisassociateFloatingIpSuccess').floatingIp).toEqual({
      id: floatingIp.id,
      attachedTo: null,
    });
    expect(await instanceView(member, instance.id)).toMatchObject({
      floatingIp: null,
      internetAccess: { status: 'REACHABLE', path: 'INTERNET_GATEWAY' },
    });
  });

  it('refuses to delete an associated floating IP with IN_USE, and deletes a free one, its address back in the pool', async () => {
    const { member, externalNetworkId, subnetId } = await seedRoutedSubnet();
    const instance = await seedInstance(member, subnetId);
    const floatingIp = await seedFloatingIp(member, externalNetworkId, instance.id);
    const freeBefore = await availableAddresses(member, externalNetworkId);

    const { deleteFloatingIp: refused } = await member.execute(DeleteFloatingIp, { id: floatingIp.id });
    expect(expectTypename(refused, 'ConflictError').code).toBe('IN_USE');
    expect(await floatingIps(member)).toMatchObject([{ id: floatingIp.id, attachedTo: { id: instance.id } }]);
    expect(await availableAddresses(member, externalNetworkId)).toBe(freeBefore);

    await member.execute(DisassociateFloatingIp, { floatingIpId: floatingIp.id });
    const { deleteFloatingIp: deleted } = await member.execute(DeleteFloatingIp, { id: floatingIp.id });
    expect(expectTypename(deleted, 'DeleteFloatingIpSuccess').deletedId).toBe(floatingIp.id);
    expect(await floatingIps(member)).toEqual([]);
    expect(await availableAddresses(member, externalNetworkId)).toBe(freeBefore + 1);
  });

  it('frees the floating IP of a deleted instance: the project keeps it, attached to nothing', async () => {
    const { member, externalNetworkId, subnetId } = await seedRoutedSubnet();
    const instance = await seedInstance(member, subnetId, 'doomed');
    const floatingIp = await seedFloatingIp(member, externalNetworkId, instance.id);
    const freeBefore = await availableAddresses(member, externalNetworkId);

    const { deleteInstance } = await member.execute(DeleteInstance, { id: instance.id });
    expectTypename(deleteInstance, 'DeleteInstanceSuccess');
    expect(await floatingIps(member)).toEqual([
      { id: floatingIp.id, address: floatingIp.address, externalNetwork: { id: externalNetworkId }, attachedTo: null },
    ]);
    expect(await availableAddresses(member, externalNetworkId)).toBe(freeBefore);

    // Free indeed: another instance can take it.
    const successor = await seedInstance(member, subnetId, 'successor');
    const { associateFloatingIp } = await member.execute(AssociateFloatingIp, {
      floatingIpId: floatingIp.id,
      targetId: successor.id,
    });
    expectTypename(associateFloatingIp, 'AssociateFloatingIpSuccess');
  });

  describe('Instance.internetAccess', () => {
    it('is REACHABLE through the FLOATING_IP for an instance holding one', async () => {
      const { member, externalNetworkId, subnetId } = await seedRoutedSubnet();
      const instance = await seedInstance(member, subnetId);
      const floatingIp = await seedFloatingIp(member, externalNetworkId, instance.id);
      expect(await instanceView(member, instance.id)).toEqual({
        floatingIp: { id: floatingIp.id, address: floatingIp.address },
        internetAccess: { status: 'REACHABLE', path: 'FLOATING_IP', reason: null },
      });
    });

    it('is REACHABLE through the INTERNET_GATEWAY for an instance behind an ACTIVE gateway', async () => {
      const { member, subnetId } = await seedRoutedSubnet();
      const instance = await seedInstance(member, subnetId);
      expect((await instanceView(member, instance.id)).internetAccess).toEqual({
        status: 'REACHABLE',
        path: 'INTERNET_GATEWAY',
        reason: null,
      });
    });

    it('is UNREACHABLE, with a reason and no path, for an instance behind a routing table without a gateway', async () => {
      const { member, vpcId } = await seedRoutedSubnet();
      const isolatedTableId = await seedRoutingTable(member, vpcId, 'isolated');
      const instance = await seedInstance(member, await seedSubnet(member, vpcId, '10.0.2.0/24', isolatedTableId));
      const { internetAccess } = await instanceView(member, instance.id);
      expect(internetAccess).toMatchObject({ status: 'UNREACHABLE', path: null });
      expect(internetAccess.reason).toEqual(expect.stringMatching(/\S/));
    });
  });

  it('hands out every usable address of a small pool once, across gateways and floating IPs, then ADDRESS_POOL_EXHAUSTED', async () => {
    // A /29 has 8 addresses: network, first host (the upstream gateway) and broadcast are kept
    // back, leaving .2 to .6.
    const network = await seedExternalNetwork(
      suite.testApp.operator,
      '192.0.2.0/29',
      `floating ${provider} small pool`,
    );
    expect(network.availableAddressCount).toBe(5);
    const { member } = await seedProject(suite.testApp);
    const { vpcId, defaultRoutingTableId } = await seedVpc(member);
    const routingTableIds = [
      defaultRoutingTableId,
      await seedRoutingTable(member, vpcId),
      await seedRoutingTable(member, vpcId),
    ];
    const gatewayIds = [
      await seedGateway(member, network.id, 'one'),
      await seedGateway(member, network.id, 'two'),
      await seedGateway(member, network.id, 'three'),
    ];

    const addresses = [
      await seedAttachment(member, routingTableIds[0] as string, gatewayIds[0] as string),
      (await seedFloatingIp(member, network.id)).address,
      await seedAttachment(member, routingTableIds[1] as string, gatewayIds[1] as string),
      (await seedFloatingIp(member, network.id)).address,
      (await seedFloatingIp(member, network.id)).address,
    ];
    expect([...addresses].sort()).toEqual(['192.0.2.2', '192.0.2.3', '192.0.2.4', '192.0.2.5', '192.0.2.6']);
    expect(await availableAddresses(member, network.id)).toBe(0);

    const { createFloatingIp } = await member.execute(CreateFloatingIp, { externalNetworkId: network.id });
    expect(expectTypename(createFloatingIp, 'ConflictError').code).toBe('ADDRESS_POOL_EXHAUSTED');
    const { attachInternetGateway } = await member.execute(AttachInternetGateway, {
      routingTableId: routingTableIds[2] as string,
      internetGatewayId: gatewayIds[2] as string,
    });
    expect(expectTypename(attachInternetGateway, 'ConflictError').code).toBe('ADDRESS_POOL_EXHAUSTED');
    // Nothing half-written: no floating IP, no route, no attachment.
    expect(await floatingIps(member)).toHaveLength(3);
    expect(await routingTableState(member, routingTableIds[2] as string)).toMatchObject({
      internetGateway: null,
      routes: [],
    });
    expect(await availableAddresses(member, network.id)).toBe(0);

    // Released addresses are handed out again, still never twice.
    const [firstFloatingIp] = await floatingIps(member);
    await member.execute(DeleteFloatingIp, { id: firstFloatingIp?.id as string });
    const { attachInternetGateway: retried } = await member.execute(AttachInternetGateway, {
      routingTableId: routingTableIds[2] as string,
      internetGatewayId: gatewayIds[2] as string,
    });
    expect(expectTypename(retried, 'AttachInternetGatewaySuccess').internetGateway.publicIp).toBe(
      firstFloatingIp?.address,
    );
    expect(await availableAddresses(member, network.id)).toBe(0);
  });
});
