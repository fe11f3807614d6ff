// Routing tables, their routes, and which routing table a subnet uses.

import { ConflictError, FieldErrors, NotFoundError, ValidationError } from '../../common/errors.js';
import { validName } from '../../common/names.js';
import type { Quotas } from '../../config.js';
import type { Database } from '../../db/database.js';
import { FloatingIpInUseError } from '../floating-ip/errors.js';
import * as floatingIpStore from '../floating-ip/store.js';
import { readCidr } from '../network/address-rules.js';
import * as networkStore from '../network/store.js';
import { type Actor, projectScope, requireMemberProject } from '../tenancy/actor.js';
import * as store from './store.js';

export class RoutingService {
  constructor(
    private readonly database: Database,
    private readonly quotas: Quotas,
  ) {}

  findRoutingTable(actor: Actor, id: string) {
    return store.findRoutingTable(this.database.client, id, projectScope(actor));
  }

  async createRoutingTable(actor: Actor, input: { vpcId: string; name: string }) {
    const projectId = requireMemberProject(actor);
    const name = validName(input.name);
    return this.database.transaction(async (tx) => {
      await this.database.lockRows(tx, 'Vpc', [input.vpcId]);
      const vpc = await networkStore.findVpc(tx, input.vpcId, { projectId });
      if (!vpc) throw new NotFoundError('VPC');
      if ((await store.countRoutingTables(tx, vpc.id)) >= this.quotas.routingTablesPerVpc) {
        throw new ConflictError(
          'QUOTA_EXCEEDED',
          `the VPC already has its quota of ${this.quotas.routingTablesPerVpc} routing tables`,
        );
      }
      return store.createRoutingTable(tx, { vpcId: vpc.id, name });
    });
  }

  async deleteRoutingTable(actor: Actor, id: string): Promise<string> {
    const projectId = requireMemberProject(actor);
    return this.database.transaction(async (tx) => {
      await this.database.lockRows(tx, 'RoutingTable', [id]);
      const routingTable = await store.findRoutingTable(tx, id, { projectId });
      if (!routingTable) throw new NotFoundError('routing table');
      if (routingTable.isDefault) {
        throw new ConflictError('IN_USE', "the VPC's default routing table goes only with its VPC");
      }
      if (routingTable.internetGateway) {
        throw new ConflictError(
          'IN_USE',
          `internet gateway ${routingTable.internetGateway.name} is attached: detach it first`,
        );
      }
      const subnets = await store.countSubnetsUsing(tx, id);
      if (subnets > 0) {
        throw new ConflictError('IN_USE', `${subnets} subnet(s) use this routing table: move them to another first`);
      }
      await store.deleteRoutingTable(tx, id);
      return id;
    });
  }

  /** Adds a route through an instance (a NAT or VPN instance, say) of the same VPC. */
  async createRoute(
    actor: Actor,
    input: {
      routingTableId: string;
      cidr: string;
      gatewayType: 'INTERNET_GATEWAY' | 'INSTANCE';
      instanceId: string | null;
    },
  ) {
    const projectId = requireMemberProject(actor);
    const problems = new FieldErrors();
    if (input.gatewayType !== 'INSTANCE') {
      problems.add(['input', 'gatewayType'], 'must be INSTANCE: internet gateway routes come from attaching a gateway');
    }
    const { cidr, problem } = readCidr(input.cidr);
    problems.add(['input', 'cidr'], problem);
    problems.throwIfAny();
    const destination = cidr?.canonical as string;
    const instanceId = input.instanceId as string;

    return this.database.transaction(async (tx) => {
      await this.database.lockRows(tx, 'RoutingTable', [input.routingTableId]);
      const routingTable = await store.findRoutingTable(tx, input.routingTableId, { projectId });
      if (!routingTable) throw new NotFoundError('routing table');
      const instance = await networkStore.findInstance(tx, instanceId, { projectId });
      if (!instance) throw new NotFoundError('instance');
      const instanceSubnet = await networkStore.findSubnet(tx, instance.port.subnetId, { projectId });
      if (instanceSubnet?.vpcId !== routingTable.vpcId) {
        throw ValidationError.field(['input', 'gatewayId'], "must be an instance in the routing table's VPC");
      }
      const existing = await store.findRouteByCidr(tx, routingTable.id, destination);
      if (existing) {
        throw new ConflictError('ROUTE_CONFLICT', `the routing table already has a route for ${destination}`);
      }
      if ((await store.countRoutes(tx, routingTable.id)) >= this.quotas.routesPerRoutingTable) {
        throw new ConflictError(
          'QUOTA_EXCEEDED',
          `the routing table already has its quota of ${this.quotas.routesPerRoutingTable} routes`,
        );
      }
      return store.createRoute(tx, {
        routingTableId: routingTable.id,
        cidr: destination,
        gatewayType: 'INSTANCE',
        instanceId: instance.id,
        managed: false,
      });
    });
  }

  async deleteRoute(actor: Actor, id: string): Promise<string> {
    const projectId = requireMemberProject(actor);
    return this.database.transaction(async (tx) => {
      const route = await store.findRoute(tx, id, { projectId });
      if (!route) throw new NotFoundError('route');
      if (route.managed) {
        throw new ConflictError(
          'ROUTE_MANAGED',
          'this route belongs to an internet gateway attachment: detach the gateway to remove it',
        );
      }
      await store.deleteRoute(tx, id);
      return id;
    });
  }

  /**
   * Moves a subnet to another routing table of its VPC. Refused while floating IPs in the subnet
   * would lose their internet gateway (none on the new table, or one on another external network).
   */
  async setSubnetRoutingTable(actor: Actor, input: { subnetId: string; routingTableId: string }) {
    const projectId = requireMemberProject(actor);
    const scope = { projectId };
    return this.database.transaction(async (tx) => {
      await this.database.lockRows(tx, 'Subnet', [input.subnetId]);
      const subnet = await networkStore.findSubnet(tx, input.subnetId, scope);
      if (!subnet) throw new NotFoundError('subnet');
      await this.database.lockRows(tx, 'RoutingTable', [subnet.routingTableId, input.routingTableId]);
      const target = await store.findRoutingTable(tx, input.routingTableId, scope);
      if (!target) throw new NotFoundError('routing table');
      if (target.vpcId !== subnet.vpcId) {
        throw ValidationError.field(['input', 'routingTableId'], "must be a routing table of the subnet's VPC");
      }
      if (target.id === subnet.routingTableId) return subnet;
      const stranded = (await floatingIpStore.floatingIpsInSubnet(tx, subnet.id)).filter(
        (floatingIp) => target.internetGateway?.externalNetworkId !== floatingIp.externalNetworkId,
      );
      if (stranded.length > 0) {
        throw new FloatingIpInUseError(
          stranded,
          `subnet ${subnet.name} cannot move to routing table ${target.name}, which has no internet gateway on their external network`,
        );
      }
      return store.setSubnetRoutingTable(tx, subnet.id, target.id);
    });
  }
}
