// Floating IPs: public addresses a project holds and associates with an instance or a load
// balancer, reachable only through an internet gateway on the same external network.
import { ConflictError, NotFoundError } from '../../common/errors.js';
import type { Database } from '../../db/database.js';
import * as networkStore from '../network/store.js';
import * as routingStore from '../routing/store.js';
import { type Actor, projectScope, requireMemberProject } from '../tenancy/actor.js';
import * as store from './store.js';

export type FloatingIpTarget = { kind: 'Instance' | 'LoadBalancer'; id: string };

export class FloatingIpService {
  constructor(private readonly database: Database) {}

  list(actor: Actor) {
    return store.listFloatingIps(this.database.client, projectScope(actor));
  }

  async create(actor: Actor, input: { externalNetworkId: string }) {
    const projectId = requireMemberProject(actor);
    return this.database.transaction(async (tx) => {
      await this.database.lockRows(tx, 'ExternalNetwork', [input.externalNetworkId]);
      const network = await networkStore.findExternalNetwork(tx, input.externalNetworkId);
      if (!network) throw new NotFoundError('external network');
      const address = await networkStore.allocateExternalAddress(tx, network);
      if (!address) throw new ConflictError('ADDRESS_POOL_EXHAUSTED', `${network.name} has no free address left`);
      return store.createFloatingIp(tx, { projectId, externalNetworkId: network.id, addressId: address.id });
    });
  }

  async associate(actor: Actor, input: { floatingIpId: string; target: FloatingIpTarget }) {
    const projectId = requireMemberProject(actor);
    const scope = { projectId };
    return this.database.transaction(async (tx) => {
      const targetNotFound = new NotFoundError(input.target.kind === 'Instance' ? 'instance' : 'load balancer');
      const unlockedPort = await store.findTargetPort(tx, input.target, scope);
      if (!unlockedPort) throw targetNotFound;
      // Lock order (subnet, routing table, floating IP) is the one every routing change follows,
      // so that a detach racing this association sees it, or is seen by it. Everything the
      // rules read is read again once the locks are held.
      await this.database.lockRows(tx, 'Subnet', [unlockedPort.subnetId]);
      const targetPort = await store.findTargetPort(tx, input.target, scope);
      if (!targetPort) throw targetNotFound;
      const subnet = await networkStore.findSubnet(tx, targetPort.subnetId, scope);
      if (!subnet) throw new NotFoundError('subnet');
      await this.database.lockRows(tx, 'RoutingTable', [subnet.routingTableId]);
      await this.database.lockRows(tx, 'FloatingIp', [input.floatingIpId]);
      const floatingIp = await store.findFloatingIp(tx, input.floatingIpId, scope);
      if (!floatingIp) throw new NotFoundError('floating IP');

      if (floatingIp.portId === targetPort.id) return floatingIp;
      if (floatingIp.portId !== null) {
        throw new ConflictError(
          'IN_USE',
          `floating IP ${floatingIp.address.address} is associated with another target: disassociate it first`,
        );
      }
      if (targetPort.floatingIp) {
        throw new ConflictError('IN_USE', 'the target already holds a floating IP: disassociate that one first');
      }
      const routingTable = await routingStore.findRoutingTable(tx, subnet.routingTableId, scope);
      const gateway = routingTable?.internetGateway;
      if (!gateway || gateway.externalNetworkId !== floatingIp.externalNetworkId) {
        throw new ConflictError(
          'EXTERNAL_NETWORK_UNREACHABLE',
          `the external network of floating IP ${floatingIp.address.address} is not reachable from subnet ${subnet.name}: its routing table has no internet gateway on that network`,
        );
      }
      return store.associate(tx, floatingIp.id, targetPort.id);
    });
  }

  async disassociate(actor: Actor, floatingIpId: string) {
    const projectId = requireMemberProject(actor);
    return this.database.transaction(async (tx) => {
      await this.database.lockRows(tx, 'FloatingIp', [floatingIpId]);
      const floatingIp = await store.findFloatingIp(tx, floatingIpId, { projectId });
      if (!floatingIp) throw new NotFoundError('floating IP');
      return floatingIp.portId === null ? floatingIp : store.associate(tx, floatingIp.id, null);
    });
  }

  /** Releases a free floating IP's address back to its pool. */
  async delete(actor: Actor, floatingIpId: string): Promise<string> {
    const projectId = requireMemberProject(actor);
    return this.database.transaction(async (tx) => {
      await this.database.lockRows(tx, 'FloatingIp', [floatingIpId]);
      const floatingIp = await store.findFloatingIp(tx, floatingIpId, { projectId });
      if (!floatingIp) throw new NotFoundError('floating IP');
      if (floatingIp.portId !== null) {
        throw new ConflictError(
          'IN_USE',
          `floating IP ${floatingIp.address.address} is associated: disassociate it first`,
        );
      }
      await store.deleteFloatingIp(tx, floatingIp.id);
      await networkStore.releaseExternalAddress(tx, floatingIp.addressId);
      return floatingIp.id;
    });
  }
}
